"""Issue #13 item 5: bounded input. A gzip bomb, an endless file and deep
nesting end in an error naming the file, within a fixed memory budget
(`ulimit -v` around the loaders), never in a bare std::bad_alloc."""
from __future__ import annotations

import gzip
import os
import pathlib
import subprocess
import sys
import time

import pytest

from conftest import run_limited

MIB = 1 << 20


def gzip_bomb(path: pathlib.Path, expanded_mib: int) -> pathlib.Path:
    """A gzip file of concatenated members, each 16 MiB of spaces compressed:
    about 1 KiB of file per MiB of output (2 GiB from ~2 MB)."""
    member = gzip.compress(b" " * (16 * MIB), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(expanded_mib // 16):
            f.write(member)
    return path


def max_rss_mib(cmd: list[str], env=None) -> tuple[subprocess.CompletedProcess, float]:
    """Runs cmd and reports its peak resident memory (MiB), via a wrapper process;
    address space capped at 3 GiB so that a regression cannot take the machine."""
    code = ("import resource, subprocess, sys; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")
    r = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, env=env)
    *_, last = r.stderr.strip().splitlines()
    return r, int(last) / 1024


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> pathlib.Path:
    return gzip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.json.gz", 2048)


def test_gzip_bomb_stops_at_the_limit(cli, bomb):
    assert bomb.stat().st_size < 3 * MIB
    t0 = time.monotonic()
    r, rss = max_rss_mib([cli, "validate", str(bomb)])
    elapsed = time.monotonic() - t0
    assert r.returncode == 1
    assert str(bomb) in r.stdout and "exceeds the input limit of 268435456 bytes" in r.stdout
    # default limit 256 MiB: the reader never holds the 2 GiB
    assert rss < 800, f"peak memory {rss:.0f} MiB"
    print(f"gzip bomb (2 GiB expanded): {elapsed:.2f} s, peak RSS {rss:.0f} MiB")


def test_gzip_bomb_under_ulimit(cli, bomb):
    r = run_limited([cli, "validate", str(bomb)], vmem_kib=600 * 1024)
    assert r.returncode == 1, r.stderr
    assert str(bomb) in r.stdout
    assert "exceeds the input limit" in r.stdout or "out of memory" in r.stdout
    assert "bad_alloc" not in r.stdout + r.stderr


def test_limit_is_overridable_by_environment(cli, bomb):
    env = dict(os.environ, KZSEC_MAX_INPUT_BYTES=str(MIB))
    r, rss = max_rss_mib([cli, "validate", str(bomb)], env=env)
    assert r.returncode == 1 and "exceeds the input limit of 1048576 bytes" in r.stdout
    assert rss < 100


def test_endless_file_names_the_file(cli):
    r = run_limited([cli, "validate", "/dev/zero"], vmem_kib=600 * 1024)
    assert r.returncode == 1, r.stderr
    assert "/dev/zero" in r.stdout
    assert "exceeds the input limit" in r.stdout or "out of memory" in r.stdout
    assert "bad_alloc" not in r.stdout + r.stderr


def test_allocation_failure_names_the_file(cli):
    # The limit raised above the memory available: the allocation fails first.
    env = dict(os.environ, KZSEC_MAX_INPUT_BYTES=str(4 << 30))
    r = run_limited([cli, "validate", "/dev/zero"], vmem_kib=400 * 1024, env=env)
    assert r.returncode == 1, r.stderr
    assert "/dev/zero: out of memory while reading the file" in r.stdout
    assert "bad_alloc" not in r.stdout + r.stderr


@pytest.mark.parametrize("kind", ["network", "scenario"])
def test_deep_nesting_is_refused_early(cli, tmp_path, kind):
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * (5 * MIB))
    if kind == "network":
        r, rss = max_rss_mib([cli, "validate", str(deep)])
        out = r.stdout
        assert r.returncode == 1
    else:
        r, rss = max_rss_mib([cli, "report", "--years", "2022", "--scenario", str(deep)])
        out = r.stderr
        assert r.returncode == 2
    assert f"{deep}:/0/0/0" in out and "nesting deeper than 64" in out
    assert rss < 150, f"peak memory {rss:.0f} MiB"


def test_depth_limit_is_overridable(cli):
    net = pathlib.Path(__file__).resolve().parents[1] / "cmake_consumer" / "tiny.json"
    ok = subprocess.run([cli, "validate", str(net)], capture_output=True, text=True)
    assert ok.returncode == 0
    env = dict(os.environ, KZSEC_MAX_JSON_DEPTH="2")
    r = subprocess.run([cli, "validate", str(net)], capture_output=True, text=True, env=env)
    assert r.returncode == 1 and "nesting deeper than 2" in r.stdout


def test_python_loader_under_ulimit(bomb):
    code = ("import kzsec, sys\n"
            "try:\n    kzsec.io.load(sys.argv[1])\n"
            "except ValueError as e:\n    print('ValueError', e)\n")
    r = run_limited([sys.executable, "-c", code, str(bomb)], vmem_kib=2048 * 1024,
                    env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ValueError") and str(bomb) in r.stdout


def test_python_set_input_limits(tmp_path):
    import kzsec

    path = tmp_path / "net.json"
    kzsec.datasets.toy_world().save(path)
    size = path.stat().st_size
    saved = kzsec.io.get_input_limits()
    assert saved == {"max_input_bytes": 256 * MIB, "max_json_depth": 64} or "KZSEC_MAX_INPUT_BYTES" in os.environ
    try:
        kzsec.io.set_input_limits(max_input_bytes=size - 1)
        with pytest.raises(ValueError, match=f"exceeds the input limit of {size - 1} bytes"):
            kzsec.io.load(path)
        kzsec.io.set_input_limits(max_input_bytes=size)
        assert kzsec.io.load(path).actors
        with pytest.raises(ValueError):
            kzsec.io.set_input_limits(max_json_depth=0)
    finally:
        kzsec.io.set_input_limits(**saved)
    assert kzsec.io.get_input_limits() == saved
