"""data/world/ holds the carrier files unchanged: their SHA-256 equal the ones data/world/SOURCES.md
publishes, and every file the library embeds is there."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import kzsec

WORLD = Path(__file__).resolve().parents[2] / "data" / "world"


def test_checksums_match_sources_md():
    text = (WORLD / "SOURCES.md").read_text(encoding="utf-8")
    published = dict((name, digest) for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", text, re.M))
    assert len(published) == 13
    for name, digest in published.items():
        assert hashlib.sha256((WORLD / name).read_bytes()).hexdigest() == digest, name


def test_every_embedded_file_is_in_data_world():
    names = kzsec.world.file_names()
    assert len(names) == 14
    for name in names:
        assert (WORLD / name).is_file(), name
    assert kzsec.world.has_embedded_data()
