"""Tests of the kzsec command line from Python (kzsec._core.cli.run, ``kzsec`` / ``python -m kzsec``):
one definition with the C++ program (same help for every subcommand, same output), errors as
messages and exit codes, --plot drawn in the running interpreter, and the console scripts."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kzsec
from kzsec import __main__ as cli_main
from kzsec._core import cli

ROOT = Path(__file__).resolve().parents[2]
SUBCOMMANDS = ["report", "rank", "validate", "export", "datasets"]
# Set by ctest (tests/CMakeLists.txt) to the C++ program built in the same tree.
PROGRAM = os.environ.get("KZSEC_CLI_PROGRAM", "")
needs_program = pytest.mark.skipif(not (PROGRAM and os.path.exists(PROGRAM)),
                                   reason="KZSEC_CLI_PROGRAM (the C++ kzsec program) not set")


def python_m_kzsec(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kzsec", *args], capture_output=True)


def test_help_lists_every_subcommand_and_the_options():
    rc, out, err = cli.run(["--help"])
    text = out.decode()
    assert rc == 0 and err == b"" and text.startswith("kzsec: signed multi-domain networks")
    for sub in SUBCOMMANDS:
        assert f"\n  {sub} " in text
    rc, out, _ = cli.run(["report", "--help"])
    for opt in ("--data", "--focal", "--rivals", "--west", "--years", "--format", "--output", "--plot", "--scenario",
                "--draws", "--seed", "--world", "--robustness-draws", "--coalition-draws", "--no-membership-ties",
                "--calibration"):
        assert opt in out.decode(), opt


@needs_program
@pytest.mark.parametrize("sub", [None] + SUBCOMMANDS)
def test_help_is_the_same_as_the_cpp_program(sub):
    args = ([sub] if sub else []) + ["--help"]
    cpp = subprocess.run([PROGRAM, *args], capture_output=True)
    py = python_m_kzsec(*args)
    assert cpp.returncode == py.returncode == 0
    assert py.stdout == cpp.stdout and b"Usage: kzsec" in py.stdout
    assert py.stderr == cpp.stderr == b""


@needs_program
@pytest.mark.parametrize("args", [["report", "--years", "2021-2022", "--format", "csv"], ["datasets"],
                                  ["export", "--year", "2014", "--format", "dot"],
                                  ["report", "--focal", "XYZ"], ["rank", "--year", "2014", "--sort", "nonsense"]])
def test_output_and_exit_code_are_the_same_as_the_cpp_program(args):
    cpp = subprocess.run([PROGRAM, *args], capture_output=True)
    py = python_m_kzsec(*args)
    assert (py.returncode, py.stdout, py.stderr) == (cpp.returncode, cpp.stdout, cpp.stderr)


def test_errors_are_messages_and_exit_codes():
    rc, out, err = cli.run(["report", "--focal", "XYZ"])
    assert rc == 2 and out == b"" and b"kzsec: " in err and b"unknown focal actor 'XYZ'" in err
    rc, out, err = cli.run(["report", "--format", "pdf"])
    assert rc != 0 and b"--format" in err and b"pdf" in err
    rc, out, err = cli.run([])
    assert rc != 0 and b"subcommand" in err.lower()
    rc, out, err = cli.run(["validate", str(ROOT / "tests" / "cmake_consumer" / "tiny.json"), "/nonexistent/x.json"])
    assert rc == 1 and b"tiny.json: ok (3 actors, 3 relations" in out and b"/nonexistent/x.json" in out
    rc, out, err = cli.run(["--version"])
    assert rc == 0 and out.decode().strip() == f"kzsec {kzsec.__version__}"


def test_report_output_matches_the_library():
    rc, out, err = cli.run(["report", "--years", "2022", "--format", "json"])
    assert rc == 0 and err == b""
    r = kzsec.report.make_report(kzsec.datasets.kazakhstan(), years=[2022])
    assert out.decode() == r.to_json() + "\n"


def test_output_file(tmp_path):
    dest = tmp_path / "r.md"
    assert cli_main.main(["report", "--years", "2022", "--format", "markdown", "-o", str(dest)]) == 0
    assert dest.read_text(encoding="utf-8").startswith("#")


def test_main_writes_to_text_only_streams(monkeypatch):
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert cli_main.main(["datasets"]) == 0
    assert "kazakhstan" in out.getvalue() and err.getvalue() == ""
    assert cli_main.main(["rank"]) != 0
    assert "--year is required" in err.getvalue()


def test_plot_is_drawn_by_the_given_function_and_its_errors_are_messages(tmp_path):
    calls = []
    rc, _, err = cli.run(["report", "--years", "2022", "--plot", str(tmp_path / "x.png")],
                         plot=lambda c, j, p: calls.append((c, j[:1], p)))
    assert rc == 0 and err == b"" and calls == [("plot-report", "{", str(tmp_path / "x.png"))]

    def broken(command, json_text, png):
        raise ValueError("no canvas")

    rc, _, err = cli.run(["report", "--years", "2022", "--plot", str(tmp_path / "y.png")], plot=broken)
    assert rc == 2 and b"--plot" in err and b"no canvas" in err


def test_plot_in_process(tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "rank.png"
    rc = cli_main.main(["rank", "--rivals", "USA,CHN", "--year", "2014", "--robustness-draws", "0", "-o",
                        str(tmp_path / "rank.txt"), "--plot", str(png)])
    assert rc == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    rep = python_m_kzsec("report", "--years", "2014", "--format", "json", "-o", str(tmp_path / "r.json"))
    assert rep.returncode == 0
    drawn = python_m_kzsec("plot-report", str(tmp_path / "r.json"), str(tmp_path / "r.png"))
    assert drawn.returncode == 0 and (tmp_path / "r.png").stat().st_size > 10_000
    usage = python_m_kzsec("plot-report", str(tmp_path / "r.json"))
    assert usage.returncode == 2 and b"Usage: kzsec plot-report JSON PNG" in usage.stderr


def test_console_scripts_point_at_main():
    tomllib = pytest.importorskip("tomllib")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["kzsec"] == "kzsec.__main__:main"
    assert scripts["kzsec-py"] == "kzsec.__main__:main_deprecated"
