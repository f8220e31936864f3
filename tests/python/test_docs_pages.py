"""Checks of the documentation sources that the Sphinx build does not catch.

A ``|`` inside a code span of a Markdown table row ends the cell (GFM tables
split on every unescaped ``|``, code spans included), so a condition such as
``|t| <= pragmatism`` silently loses a column. Write ``\\|`` there.
"""
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]


def unescaped_bars_in_table_code(text: str) -> list[tuple[int, str]]:
    """(line, code span) for every code span of a table row holding an unescaped ``|``."""
    found = []
    fence = False
    for n, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence or not line.lstrip().startswith("|"):
            continue
        for m in re.finditer(r"(`+)(.+?)\1", line):
            if re.search(r"(?<!\\)\|", m.group(2)):
                found.append((n, m.group(2)))
    return found


def test_detector_finds_a_bar_and_accepts_an_escaped_one():
    assert unescaped_bars_in_table_code("| a | `|t| < 1` |\n") == [(1, "|t| < 1")]
    assert unescaped_bars_in_table_code("| a | `\\|t\\| < 1` |\n") == []
    assert unescaped_bars_in_table_code("```\n| `|x|` |\n```\n") == []  # inside a fence: not a table
    assert unescaped_bars_in_table_code("text `|x|` here\n") == []  # not a table row


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_bar_inside_code_in_a_table(page):
    bad = unescaped_bars_in_table_code(page.read_text(encoding="utf-8"))
    assert not bad, f"{page.name}: '|' inside code in a table row (write \\|): " + \
        "; ".join(f"line {n}: `{s}`" for n, s in bad)
