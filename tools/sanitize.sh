#!/usr/bin/env bash
# Builds the project with AddressSanitizer + UndefinedBehaviorSanitizer (GCC) and runs the
# tests there. Any sanitizer report makes the test that triggered it fail (halt_on_error).
#   tools/sanitize.sh [ctest args...]          every test (build-asan; ~25 min on 2 cores)
#   tools/sanitize.sh --core [ctest args...]   the calculation core's tests only (build-asan-core;
#                                             the untrusted-input path: reader, model, finance,
#                                             Monte Carlo; a few minutes; CI runs this)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
core=0
if [ "${1:-}" = "--core" ]; then
  core=1
  shift
fi
core_tests="test_worked_examples test_fleet_model test_finance_oracle test_macrs test_finance_functions test_scenario_reader test_fuzz_regressions test_montecarlo_engine test_montecarlo_sampling"
if [ $core -eq 1 ]; then
  build=${FLEETROI_ASAN_BUILD_DIR:-$root/build-asan-core}
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLEETROI_SANITIZE=ON \
    -DFLEETROI_FUZZ_TEST=OFF -DFLEETROI_BUILD_BENCHMARKS=OFF -DFLEETROI_BUILD_GUI=OFF > /dev/null
  # shellcheck disable=SC2086
  cmake --build "$build" -j"$(nproc)" --target $core_tests
else
  build=${FLEETROI_ASAN_BUILD_DIR:-$root/build-asan}
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFLEETROI_SANITIZE=ON \
    -DFLEETROI_FUZZ_TEST=OFF -DFLEETROI_BUILD_BENCHMARKS=OFF
  cmake --build "$build" -j"$(nproc)"
fi
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Leaks inside system libraries we do not own (fontconfig caches, Qt plugin loaders) are
# suppressed by name; our own code is never suppressed.
export LSAN_OPTIONS="suppressions=$root/tools/lsan.supp:print_suppressions=0"
cd "$build"
if [ $core -eq 1 ]; then
  ctest --output-on-failure -j"$(nproc)" --timeout 900 -R "^($(echo $core_tests | tr ' ' '|'))\$" "$@"
else
  ctest --output-on-failure -j"$(nproc)" --timeout 900 "$@"
fi
