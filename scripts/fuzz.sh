#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang++, ASan + UBSan) and runs
# each one for SECONDS seconds (default 300) on a copy of its seed corpus.
#   scripts/fuzz.sh [SECONDS]        e.g. `scripts/fuzz.sh 20` in CI
# Environment: KZSEC_FUZZ_BUILD (build dir, default build/fuzz),
#              KZSEC_FUZZ_JOBS (parallel build jobs, default 2).
# Exit status is non-zero if a target finds a crash, leak, hang or sanitizer
# report; the reproducer is left in build/fuzz/findings/<target>/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
build="${KZSEC_FUZZ_BUILD:-$here/build/fuzz}"
jobs="${KZSEC_FUZZ_JOBS:-2}"
targets=(fuzz_network_json fuzz_csv_table fuzz_edge_list fuzz_world_readers fuzz_scenario_json fuzz_report_options)

cd "$here"
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target "${targets[@]}" -j "$jobs"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"          # grows while fuzzing; the seeds stay untouched
  findings="$build/findings/$t"
  mkdir -p "$corpus" "$findings"
  cp -n "$here/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null || true
  dict=()
  [ "$t" = fuzz_network_json ] && dict=(-dict="$here/tests/fuzz/network_json.dict")
  echo "[kzsec] fuzzing $t for ${seconds}s"
  if ! "$build/tests/fuzz/$t" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 \
        >"$build/$t.log" 2>&1; then
    echo "[kzsec] $t FAILED; last lines of $build/$t.log:"
    tail -n 40 "$build/$t.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added" "$build/$t.log" | sed "s/^/[kzsec] $t /"
  fi
done
exit "$status"
