"""Issue #13 items 2 and 3: a failed write is an error naming the path and the
system's reason, and never destroys the previous file (docs/reliability.md)."""
from __future__ import annotations

import pathlib
import subprocess

import pytest

import kzsec
from kzsec import io as kio
from kzsec import scenario as ksc

from conftest import fill


def leftovers(disk: pathlib.Path) -> list[str]:
    return sorted(p.name for p in disk.iterdir() if not p.name.startswith("filler-"))


# ---------------------------------------------------------------- /dev/full (no mount needed)

def test_report_to_full_stdout_fails(cli):
    with open("/dev/full", "w") as full:
        r = subprocess.run([cli, "report", "--years", "2022"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert r.returncode != 0
    assert "standard output" in r.stderr and "No space left on device" in r.stderr


@pytest.mark.parametrize("args", [["report", "--years", "2022"], ["export", "--year", "2022"]])
def test_output_to_dev_full_fails(cli, args):
    r = subprocess.run([cli, *args, "-o", "/dev/full"], capture_output=True, text=True)
    assert r.returncode != 0
    assert "/dev/full" in r.stderr and "No space left on device" in r.stderr


def test_validate_to_full_stdout_fails(cli):
    net = pathlib.Path(__file__).resolve().parents[1] / "cmake_consumer" / "tiny.json"
    with open("/dev/full", "w") as full:
        r = subprocess.run([cli, "validate", str(net)], stdout=full, stderr=subprocess.PIPE, text=True)
    assert r.returncode != 0 and "No space left on device" in r.stderr


# ---------------------------------------------------------------- a full disk (tmpfs of 1 MiB)

@pytest.mark.parametrize("args", [["report", "--years", "1992-2024"], ["export", "--year", "2022"]])
def test_cli_output_on_full_disk_keeps_old_file(cli, small_disk, args):
    target = small_disk / "out.txt"
    target.write_text("the previous output\n")
    fill(small_disk)
    r = subprocess.run([cli, *args, "-o", str(target)], capture_output=True, text=True)
    assert r.returncode != 0, "a failed write must not exit 0"
    assert str(target) in r.stderr and "No space left on device" in r.stderr
    assert target.read_text() == "the previous output\n"
    assert leftovers(small_disk) == ["out.txt"], "the temporary file must be removed"


def test_cli_output_new_file_on_full_disk(cli, small_disk):
    fill(small_disk)
    target = small_disk / "new.txt"
    r = subprocess.run([cli, "report", "--years", "2022", "-o", str(target)], capture_output=True, text=True)
    assert r.returncode != 0 and "No space left on device" in r.stderr
    assert not target.exists()


def test_network_save_on_full_disk_keeps_old_file(small_disk):
    net = kzsec.datasets.kazakhstan()
    target = small_disk / "net.json"
    net.save(target)
    good = target.read_bytes()
    assert len(good) > 100_000
    fill(small_disk)
    with pytest.raises(RuntimeError) as info:
        net.save(target)
    msg = str(info.value)
    assert str(target) in msg and "No space left on device" in msg
    assert target.read_bytes() == good
    assert kio.load(target).relations  # still a valid network
    assert leftovers(small_disk) == ["net.json"]


def test_write_scenario_and_export_on_full_disk_keep_old_files(small_disk):
    sc_path = small_disk / "what-if.json"
    s = ksc.from_json('{"format": "kzsec-scenario", "version": 1, "name": "old", "edits": []}')
    ksc.write_scenario(s, sc_path)
    old_sc = sc_path.read_bytes()
    g = kzsec.datasets.kazakhstan().snapshot(2022, "security")
    gml = small_disk / "g.graphml"
    kio.write_graphml(g, gml)
    old_gml = gml.read_bytes()
    fill(small_disk)
    s.name = "x" * 10000
    with pytest.raises(RuntimeError, match="No space left on device"):
        ksc.write_scenario(s, sc_path)
    with pytest.raises(RuntimeError, match="No space left on device"):
        kio.write_dot(g, gml)
    assert sc_path.read_bytes() == old_sc and gml.read_bytes() == old_gml


# ---------------------------------------------------------------- reasons and modes

def test_save_error_names_the_reason(tmp_path):
    with pytest.raises(RuntimeError, match="No such file or directory"):
        kzsec.datasets.toy_world().save(tmp_path / "missing" / "net.json")
    with pytest.raises(RuntimeError, match="Is a directory"):
        kzsec.datasets.toy_world().save(tmp_path)


def test_save_keeps_mode_and_follows_symlink(tmp_path):
    target = tmp_path / "net.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    kzsec.datasets.toy_world().save(link)
    assert link.is_symlink(), "the link is kept, the file it points to replaced"
    assert (target.stat().st_mode & 0o777) == 0o640
    assert kio.load(target).actors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "net.json"]
