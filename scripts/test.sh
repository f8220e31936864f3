#!/usr/bin/env bash
# Runs every kzsec test suite, reusing one build per configuration:
#   1. dev build (Release): C++ doctest suites, install + find_package consumer,
#      examples with recorded output, Python tests (pytest, notebooks, stubs)
#   2. asan build: the C++ suites and examples under AddressSanitizer + UBSan
#   3. fuzz: each libFuzzer target briefly (KZSEC_FUZZ_SECONDS, default 20)
#   4. docs: the Sphinx site with warnings as errors (if docs/conf.py exists)
# Run scripts/install-deps.sh once before (quickstart.sh and .ci/run do).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export PATH="$here/.venv/bin:$PATH"
jobs="${KZSEC_JOBS:-$(nproc)}"
step() { printf '\n===== %s =====\n' "$*"; }

step "dev build"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
step "dev tests (C++, consumer, examples, Python)"
ctest --preset dev -j "$jobs"

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
