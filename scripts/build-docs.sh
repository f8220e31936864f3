#!/usr/bin/env bash
# Builds the documentation site: Doxygen XML of the C++ headers, then Sphinx
# (MyST pages, Breathe C++ API, autodoc Python API, notebooks executed) with
# warnings as errors, then checks the pages: none over 600 KB, no private member.
#
# Usage: scripts/build-docs.sh [PYTHONPATH] [--strict-doxygen]
#   PYTHONPATH        where the built kzsec package is (default: build/dev/python)
#   --strict-doxygen  also fail when Doxygen reports an undocumented public entity
# Output: docs/_build/html/index.html
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pypath="$here/build/dev/python"
strict=0
for a in "$@"; do
  case "$a" in
    --strict-doxygen) strict=1 ;;
    *) pypath="$a" ;;
  esac
done
case "$pypath" in /*) ;; *) pypath="$PWD/$pypath" ;; esac
python="${PYTHON:-$here/.venv/bin/python}"
[ -x "$python" ] || python="$(command -v python3)"

if ! PYTHONPATH="$pypath" "$python" -c "import kzsec" 2>/dev/null; then
  echo "[kzsec] build-docs: cannot import kzsec from $pypath (build the Python module first, e.g. cmake --build --preset dev)" >&2
  exit 1
fi

cd "$here/docs"
mkdir -p _build/doxygen
rm -rf _build/doxygen/xml
doxygen Doxyfile
undoc=$(grep -c "not documented" _build/doxygen/warnings.log || true)
other=$(grep "warning:" _build/doxygen/warnings.log | grep -vc "not documented" || true)
echo "[kzsec] doxygen: ${undoc} undocumented entities, ${other} other warnings (docs/_build/doxygen/warnings.log)"
if [ "$strict" = 1 ] && [ "$((undoc + other))" -gt 0 ]; then
  grep "warning:" _build/doxygen/warnings.log | head -50 >&2
  exit 1
fi

# -E: read every page again, so warnings of unchanged pages are reported on every run.
PYTHONPATH="$pypath${PYTHONPATH:+:$PYTHONPATH}" MPLBACKEND=Agg \
  "$python" -m sphinx -E -W --keep-going -b html . _build/html

# A page a reader can load: the API is one page per module; private members are not API.
status=0
while IFS= read -r page; do
  echo "[kzsec] docs: $page is $(( $(stat -c %s "$page") / 1024 )) KB (limit 600 KB: split it)" >&2
  status=1
done < <(find _build/html -name '*.html' ! -name genindex.html -size +600k)
if grep -l -E 'Private (Members|Functions|Static Functions|Types)' -r _build/html --include='*.html' >&2; then
  echo "[kzsec] docs: the pages above show private members" >&2
  status=1
fi
[ "$status" = 0 ] || exit 1
echo "[kzsec] docs: $here/docs/_build/html/index.html"
