"""Shared fixtures of the reliability suite (issue #13): the kzsec program, a
small tmpfs that fills up, and a helper that runs a command under a memory limit.
"""
from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import uuid

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@pytest.fixture(scope="session")
def cli() -> str:
    """Path of the kzsec program (KZSEC_CLI, set by ctest; else the dev build)."""
    path = os.environ.get("KZSEC_CLI") or str(ROOT / "build" / "dev" / "src" / "cli" / "kzsec")
    if not os.access(path, os.X_OK):
        pytest.skip(f"the kzsec program is not built ({path}); set KZSEC_CLI")
    return path


@pytest.fixture
def small_disk(tmp_path: pathlib.Path):
    """A 1 MiB tmpfs mounted on a fresh folder; skipped where mounting is refused."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a 1 MiB tmpfs for the full-disk tests (needs root / CAP_SYS_ADMIN): "
                    + (r.stderr.strip() or f"exit {r.returncode}"))
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def fill(disk: pathlib.Path) -> None:
    """Fills the file system of `disk` until a write fails (no byte left)."""
    with open(disk / f"filler-{uuid.uuid4().hex}", "wb", buffering=0) as f:
        chunk = b"\0" * 4096
        try:
            while True:
                f.write(chunk)
        except OSError:
            pass
    assert shutil.disk_usage(disk).free < 4096


def run_limited(cmd: list[str], vmem_kib: int, env: dict | None = None, timeout: float = 120):
    """Runs `cmd` with its virtual memory capped by `ulimit -v` (KiB)."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (vmem_kib * 1024, vmem_kib * 1024))

    return subprocess.run(cmd, capture_output=True, text=True, preexec_fn=limit, env=env, timeout=timeout)
