#!/usr/bin/env bash
# Generates the .pyi stubs of the compiled module kzsec._core (and its
# submodules kzsec._core.<topic>) with pybind11-stubgen, from an already built
# module, into bindings/python/kzsec/_core/ (one __init__.pyi plus one
# <topic>.pyi per submodule: the layout pybind11-stubgen produces for a module
# with submodules). Builds nothing. The stubs are committed;
# tests/python/test_stubs.py fails when they no longer match the module.
#
# Usage: scripts/generate-stubs.sh [PYTHONPATH]   (default: build/dev/python)
#        PYTHON=/path/to/python scripts/generate-stubs.sh build/mine/python
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pypath="${1:-$here/build/dev/python}"
python="${PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python="$(command -v python3)"
case "$pypath" in /*) ;; *) pypath="$PWD/$pypath" ;; esac
if ! PYTHONPATH="$pypath" "$python" -c "import kzsec._core" 2>/dev/null; then
  echo "[kzsec] generate-stubs: cannot import kzsec._core from $pypath (build it first)" >&2
  exit 1
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# Annotations such as numpy.ndarray[numpy.float64[m, n]] become Annotated[...]
# so the stubs are valid Python; default values without a Python repr
# ("<kzsec._core.hedging.ProfileOptions object at ...>") are written as "...";
# any other error (an unresolvable name) fails the script.
PYTHONPATH="$pypath" "$python" -m pybind11_stubgen kzsec._core -o "$out" \
  --numpy-array-wrap-with-annotated --ignore-invalid-expressions '^<.*>$' --exit-code
dest="$here/bindings/python/kzsec/_core"
rm -rf "$dest"
mkdir -p "$dest"
if [ -d "$out/kzsec/_core" ]; then
  cp "$out"/kzsec/_core/*.pyi "$dest"/
else  # a module without submodules gives a single _core.pyi
  cp "$out/kzsec/_core.pyi" "$dest/__init__.pyi"
fi
echo "[kzsec] stubs written to ${dest#$here/}:"
ls "$dest"
