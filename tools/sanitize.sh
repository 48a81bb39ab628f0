#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (GCC) in
# build-asan and runs every test there. Extra arguments go to ctest (e.g. -R oracle).
# Any sanitizer report makes the test that triggered it fail (halt_on_error, exitcode 1).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FLEETROI_ASAN_BUILD_DIR:-$root/build-asan}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLEETROI_SANITIZE=ON \
  -DFLEETROI_FUZZ_TEST=OFF -DFLEETROI_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Leaks inside system libraries we do not own (fontconfig caches, Qt plugin loaders) are
# suppressed by name; our own code is never suppressed.
export LSAN_OPTIONS="suppressions=$root/tools/lsan.supp:print_suppressions=0"
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 900 "$@"
