#!/usr/bin/env bash
# Runs every kzsec test suite, reusing one build per configuration:
#   1. dev build (Release): C++ doctest suites, install + find_package consumer,
#      examples with recorded output, Python tests (pytest, notebooks, stubs)
#   2. asan build: the C++ suites and examples under AddressSanitizer + UBSan
#   3. fuzz: each libFuzzer target briefly (KZSEC_FUZZ_SECONDS, default 20)
#   4. docs: the Sphinx site with warnings as errors (if docs/conf.py exists)
#   5. wheel: pip wheel + auditwheel, installed and run in a clean venv (scripts/check-wheel.sh;
#      its compile reuses the dev build's objects through ccache)
# Run scripts/install-deps.sh once before (quickstart.sh and .ci/run do).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export PATH="$here/.venv/bin:$PATH"
jobs="${KZSEC_JOBS:-$(nproc)}"
step() { printf '\n===== %s =====\n' "$*"; }
# ccache (scripts/install-deps.sh) lets the wheel build reuse the dev build's objects.
if command -v ccache >/dev/null 2>&1; then
  export CMAKE_CXX_COMPILER_LAUNCHER="${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}"
  export CMAKE_C_COMPILER_LAUNCHER="${CMAKE_C_COMPILER_LAUNCHER:-ccache}"
  # paths relative to a base directory above the tree, so build/dev and build/<wheel tag> share objects
  base="$(ccache -k base_dir 2>/dev/null || true)"
  case "$here/" in "${base:-/nonexistent}"/?*) ;; *) export CCACHE_BASEDIR="$here" ;; esac
fi

step "dev build"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
step "dev tests (C++, consumer, examples, Python)"
ctest --preset dev -j "$jobs"

if [ "${KZSEC_SKIP_WHEEL:-0}" != 1 ]; then
  step "wheel (pip wheel, auditwheel, clean venv)"
  bash scripts/check-wheel.sh
fi

if [ "${KZSEC_SKIP_ASAN:-0}" != 1 ]; then
  step "asan build"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  step "asan tests"
  ctest --preset asan -j "$jobs" -LE consumer
fi

if [ "${KZSEC_SKIP_FUZZ:-0}" != 1 ] && [ -f tests/fuzz/CMakeLists.txt ] && [ -x scripts/fuzz.sh ]; then
  step "fuzz (${KZSEC_FUZZ_SECONDS:-20} s per target)"
  bash scripts/fuzz.sh "${KZSEC_FUZZ_SECONDS:-20}"
fi

if [ "${KZSEC_SKIP_DOCS:-0}" != 1 ] && [ -f docs/conf.py ]; then
  step "docs"
  bash scripts/build-docs.sh
fi
step "all test suites passed"
