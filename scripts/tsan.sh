#!/usr/bin/env bash
# Builds kzsec_tests with ThreadSanitizer (build/tsan) and runs the thread-safety tests
# (tests/reliability/test_threads.cpp: concurrent const calls on one graph, network and index).
#   scripts/tsan.sh            Environment: KZSEC_TSAN_BUILD (build dir), KZSEC_JOBS (default 2)
# Exit status non-zero on a data race or a failed check. Not part of scripts/test.sh: the build
# alone takes longer than the 4-minute budget there (docs/developer-guide.md#thread-safety).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KZSEC_TSAN_BUILD:-$here/build/tsan}"
jobs="${KZSEC_JOBS:-2}"
cd "$here"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
  -DKZSEC_BUILD_PYTHON=OFF -DKZSEC_BUILD_BENCH=OFF -DKZSEC_BUILD_EXAMPLES=OFF -DKZSEC_BUILD_APPS=OFF \
  -DKZSEC_INSTALL=OFF -DKZSEC_WERROR=OFF >/dev/null
cmake --build "$build" --target kzsec_tests -j "$jobs"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
"$build/tests/kzsec_tests" -tc='reliability: concurrent*,reliability: copies*'
