"""Issue #13 items 6 and 8: invalid UTF-8 is a ValueError naming the file and
the position (never a UnicodeDecodeError), and scenario file errors name the
file and a real location."""
from __future__ import annotations

import json
import os
import pathlib
import subprocess

import pytest

import kzsec
from kzsec import io as kio
from kzsec import scenario as ksc

NET = b'{"format": "kzsec-network", "version": 1,\n "actors": [{"id": "A", "name": "Caf\xe9"}]}'
SCEN = b'{"format": "kzsec-scenario", "version": 1,\n "name": "caf\xe9", "edits": []}'


def test_network_invalid_utf8(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(NET)
    with pytest.raises(ValueError) as info:
        kio.load(path)
    msg = str(info.value)
    at = NET.index(b"\xe9")
    col = at - NET.index(b"\n")
    assert f"{path}:line 2, column {col}: invalid UTF-8 (byte 0xe9 at byte offset {at}" in msg


def test_scenario_invalid_utf8(tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(SCEN)
    with pytest.raises(ValueError) as info:
        ksc.read_scenario(path)
    assert f"{path}:line 2, column" in str(info.value) and "invalid UTF-8" in str(info.value)


def test_message_with_raw_byte_reaches_python(tmp_path):
    # A file name that is not UTF-8: the message quotes it; Python gets \\xff, not a UnicodeDecodeError.
    path = os.fsencode(tmp_path) + b"/caf\xe9.json"
    with pytest.raises(FileNotFoundError) as info:
        kio.load(path)
    assert "caf\\xe9.json: cannot open file (No such file or directory)" in str(info.value)
    with open(path, "wb") as f:
        f.write(b"{")
    with pytest.raises(ValueError, match=r"caf\\xe9.json:line 1, column 2: invalid JSON"):
        kio.load(path)


def test_scenario_syntax_error_has_line_and_column(tmp_path):
    path = tmp_path / "syn.json"
    path.write_text('{"format": "kzsec-scenario",\n "version": 1,, }')
    with pytest.raises(ValueError) as info:
        ksc.read_scenario(path)
    assert f"{path}:line 2, column 15: invalid JSON (byte 44)" in str(info.value)


def test_scenario_directory(tmp_path, cli):
    with pytest.raises(FileNotFoundError, match="is a directory"):
        ksc.read_scenario(tmp_path)
    r = subprocess.run([cli, "report", "--scenario", str(tmp_path)], capture_output=True, text=True)
    assert r.returncode == 2 and f"{tmp_path}: is a directory" in r.stderr


def test_scenario_semantic_error_names_the_file(tmp_path, cli):
    path = tmp_path / "what-if.json"
    path.write_text(json.dumps({"format": "kzsec-scenario", "version": 1, "name": "x", "edits": [
        {"kind": "set_relation", "year": 2020, "a": "KAZ", "b": "NOPE", "domain": "security", "value": 0.5}]}))
    r = subprocess.run([cli, "report", "--years", "2022", "--scenario", str(path)], capture_output=True, text=True)
    assert r.returncode == 2
    assert f"[kzsec] {path}:/edits/0: scenario 'x' edit 0" in r.stderr and "NOPE" in r.stderr


def test_python_scenario_errors_name_the_file_and_pointer(tmp_path):
    # issue #13 item 8: a scenario read from a file names it (and the edit's JSON pointer) when it is
    # applied, in Python as in `kzsec report --scenario`
    net = kzsec.datasets.kazakhstan()
    path = tmp_path / "what-if.json"
    path.write_text(json.dumps({"format": "kzsec-scenario", "version": 1, "name": "x", "edits": [
        {"kind": "set_relation", "year": 2020, "a": "KAZ", "b": "RUS", "domain": "security", "value": 0.5},
        {"kind": "set_relation", "year": 2020, "a": "KAZ", "b": "NOPE", "domain": "security", "value": 0.5}]}))
    sc = ksc.read_scenario(path)
    assert sc.source == str(path)
    with pytest.raises(KeyError) as info:
        ksc.apply(net, sc)
    assert f"[kzsec] {path}:/edits/1: scenario 'x' edit 1 (set_relation): unknown actor 'NOPE'" in str(info.value)
    with pytest.raises(KeyError, match="what-if.json:/edits/1"):
        ksc.compare(net, sc, "KAZ", ["RUS", "CHN"], [2020])
    # a semantic error (ValueError) and the horizon
    path.write_text(json.dumps({"format": "kzsec-scenario", "version": 1, "name": "y", "edits": [
        {"kind": "change_relation", "year": 2020, "a": "KAZ", "b": "RUS", "domain": "nope", "delta": 0.1}]}))
    with pytest.raises(ValueError, match=r"what-if.json:/edits/0: scenario 'y' edit 0 \(change_relation\): unknown domain 'nope'"):
        ksc.apply(net, ksc.read_scenario(path))
    path.write_text(json.dumps({"format": "kzsec-scenario", "version": 1, "name": "z", "horizon": 3000, "edits": [
        {"kind": "extend", "year": 2024}]}))
    with pytest.raises(ValueError, match=r"what-if.json:/horizon: scenario 'z'.*3000"):
        ksc.apply(net, ksc.read_scenario(path))
    # the same scenario built in code (or from text) has no file to name; equality ignores the source
    same = ksc.from_json(ksc.read_scenario(path).to_json())
    assert same.source == "" and same == ksc.read_scenario(path)


def test_scenario_duplicate_key(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text('{"format": "kzsec-scenario", "version": 1, "name": "a", "name": "b", "edits": []}')
    with pytest.raises(ValueError, match=r"dup.json:/name: duplicate key 'name'"):
        ksc.read_scenario(path)
