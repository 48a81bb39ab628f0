#!/usr/bin/env bash
# Fuzzes the scenario reader with libFuzzer (clang, ASan + UBSan).
# usage: tools/fuzz.sh [SECONDS=60] [BUILD_DIR=build-fuzz]
# Seeds: the worked examples, the invalid examples and the hostile corpus. Findings (crash-*,
# leak-*, timeout-*) are written to BUILD_DIR/findings; the script fails when there are any.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build=${2:-$root/build-fuzz}
mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFLEETROI_FUZZ=ON -DFLEETROI_BUILD_GUI=OFF -DFLEETROI_BUILD_BENCHMARKS=OFF \
  > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" --target fuzz_scenario_reader -j"$(nproc)" > "$build/build.log" 2>&1 || { tail -50 "$build/build.log"; exit 1; }
corpus="$build/corpus"
findings="$build/findings"
mkdir -p "$corpus" "$findings"
for dir in tests/data/examples tests/data/examples/invalid tests/data/scenario-invalid tests/data/hostile tests/data/montecarlo; do
  [ -d "$root/$dir" ] || continue
  find "$root/$dir" -maxdepth 1 -type f -size -1M -name '*.json' -exec cp -n {} "$corpus/" \; 2>/dev/null || true
done
echo "fuzzing the scenario reader for $seconds s, seed corpus $(ls "$corpus" | wc -l) files"
set +e
"$build/fuzz/fuzz_scenario_reader" "$corpus" -max_total_time="$seconds" -max_len=65536 \
  -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$findings/" -print_final_stats=1 \
  > "$build/fuzz.log" 2>&1
status=$?
set -e
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' "$build/fuzz.log" || true
count=$(find "$findings" -type f | wc -l)
echo "findings: $count"
if [ "$status" -ne 0 ] || [ "$count" -ne 0 ]; then
  tail -40 "$build/fuzz.log"
  exit 1
fi
