"""The OpenBLAS kernel of kzsec's own OpenBLAS (docs/benchmarks.md, "BLAS kernels").

kzsec links the system's OpenBLAS (Debian 12: 0.3.21; bundled in the wheel). That version picks
its kernel by CPU model, and on CPU models it does not know (newer ones, and virtual machines that
report a generic model) it falls back to the slow "Prescott" kernel, although the CPU has AVX2 or
AVX-512: dense products and eigenproblems then run 1.3-3x slower than with numpy's own OpenBLAS.

OpenBLAS reads ``OPENBLAS_CORETYPE`` once, when it is loaded. `choose_kernel` picks the kernel
from the CPU's feature flags (``SkylakeX`` with AVX-512 F/BW/DQ/VL, ``Haswell`` with AVX2 and
FMA, nothing otherwise); ``kzsec/__init__.py`` sets it only while ``kzsec._core`` (and with it the
system OpenBLAS) is being loaded, and restores the environment afterwards, so no other library
sees it. It does nothing if the user has set ``OPENBLAS_CORETYPE``, or if
``KZSEC_OPENBLAS_CORETYPE`` says otherwise: ``off`` disables the choice, any other value is used
as the kernel name. An OpenBLAS already loaded by another module is not affected.
"""
from __future__ import annotations

import contextlib
import os


def cpu_flags(path: str = "/proc/cpuinfo") -> set[str]:
    """The feature flags of the first CPU in /proc/cpuinfo (empty where there is none)."""
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def choose_kernel(flags: set[str], environ=os.environ) -> str | None:
    """The OPENBLAS_CORETYPE to load kzsec's OpenBLAS with, or None to leave OpenBLAS's choice."""
    if "OPENBLAS_CORETYPE" in environ:
        return None
    wish = environ.get("KZSEC_OPENBLAS_CORETYPE", "auto").strip()
    if wish.lower() == "off":
        return None
    if wish and wish.lower() != "auto":
        return wish
    if {"avx512f", "avx512bw", "avx512dq", "avx512vl"} <= flags:
        return "SkylakeX"
    if {"avx2", "fma"} <= flags:
        return "Haswell"
    return None


@contextlib.contextmanager
def kernel_while_loading():
    """Sets OPENBLAS_CORETYPE (see `choose_kernel`) for the duration of the block only."""
    kernel = choose_kernel(cpu_flags())
    if kernel is None:
        yield None
        return
    os.environ["OPENBLAS_CORETYPE"] = kernel
    try:
        yield kernel
    finally:
        os.environ.pop("OPENBLAS_CORETYPE", None)
