"""kzsec/_blas.py: the OpenBLAS kernel chosen while kzsec._core is loaded."""
import os
import subprocess
import sys

import pytest

from kzsec import _blas

AVX512 = {"avx512f", "avx512bw", "avx512dq", "avx512vl", "avx2", "fma"}


def test_choose_kernel_from_flags():
    assert _blas.choose_kernel(AVX512, {}) == "SkylakeX"
    assert _blas.choose_kernel({"avx2", "fma", "sse4_2"}, {}) == "Haswell"
    assert _blas.choose_kernel({"avx2"}, {}) is None  # no FMA: leave OpenBLAS's choice
    assert _blas.choose_kernel({"sse2"}, {}) is None
    assert _blas.choose_kernel(set(), {}) is None


def test_user_settings_win():
    assert _blas.choose_kernel(AVX512, {"OPENBLAS_CORETYPE": "Sandybridge"}) is None
    assert _blas.choose_kernel(AVX512, {"KZSEC_OPENBLAS_CORETYPE": "off"}) is None
    assert _blas.choose_kernel(AVX512, {"KZSEC_OPENBLAS_CORETYPE": "Haswell"}) == "Haswell"
    assert _blas.choose_kernel(AVX512, {"KZSEC_OPENBLAS_CORETYPE": "auto"}) == "SkylakeX"


def test_cpu_flags_of_a_missing_file_is_empty(tmp_path):
    assert _blas.cpu_flags(str(tmp_path / "none")) == set()
    f = tmp_path / "cpuinfo"
    f.write_text("processor\t: 0\nflags\t\t: fpu avx2 fma\n")
    assert _blas.cpu_flags(str(f)) == {"fpu", "avx2", "fma"}


def _run(code: str, **env) -> str:
    e = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "KZSEC_OPENBLAS_CORETYPE")}
    e.update(env)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=e).stdout


def test_environment_restored_after_import():
    out = _run("import os, kzsec; print(os.environ.get('OPENBLAS_CORETYPE', 'unset'))")
    assert out.strip() == "unset"
    out = _run("import os, kzsec; print(os.environ.get('OPENBLAS_CORETYPE'))", OPENBLAS_CORETYPE="Haswell")
    assert out.strip() == "Haswell"


def test_kzsec_openblas_gets_the_chosen_kernel():
    pytest.importorskip("threadpoolctl")
    want = _blas.choose_kernel(_blas.cpu_flags(), {})
    if want is None:
        pytest.skip("no AVX2/AVX-512 on this CPU: nothing is chosen")
    code = ("import kzsec\nfrom threadpoolctl import threadpool_info\n"
            "for d in threadpool_info():\n"
            "    if d.get('internal_api') == 'openblas' and 'scipy_openblas' not in d['filepath']:\n"
            "        print(d['filepath'], d.get('architecture'))\n")
    lines = [x for x in _run(code).splitlines() if x.strip()]
    if not lines:
        pytest.skip("kzsec is not linked against a system OpenBLAS here")
    assert all(x.split()[-1].lower() == want.lower() for x in lines), lines
    off = [x for x in _run(code, KZSEC_OPENBLAS_CORETYPE="off").splitlines() if x.strip()]
    assert off  # still loaded, with OpenBLAS's own choice
