"""The README's Python example runs as written (from the project root)."""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_readme_python_example_runs(monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, "README has no Python example"
    monkeypatch.chdir(ROOT)
    for code in blocks:
        exec(compile(code, "README.md", "exec"), {})


def test_documented_source_installs_show_the_compile_progress():
    """Every `pip install` of the checkout in a shell block of the README and the docs has
    `-v`: pip hides the build's output without it, and the C++ compile then runs for minutes
    with no sign of progress (issue #14)."""
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"```(?:sh|bash|console)\n(.*?)```", text, flags=re.S):
            for line in block.splitlines():
                command = line.split("#", 1)[0]
                # an install of the checkout: `.` or `".[extra]"` as the target
                if re.search(r"\bpip install\b", command) and re.search(r"""(\s|["'])\.(\[[^\]]*\])?["']?(\s|$)""", command):
                    found.append((page.name, command.strip()))
    assert found, "no `pip install .` in the README or the docs"
    missing = [f"{page}: {command}" for page, command in found if not re.search(r"\s-v\b|\s--verbose\b", command)]
    assert not missing, "without -v pip shows no progress of the compile:\n" + "\n".join(missing)
