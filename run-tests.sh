#!/usr/bin/env bash
# Builds FleetROI and runs every test. On a fresh Debian 12 machine (as root) it first
# installs the packages it needs. Extra arguments go to ctest (e.g. -R oracle).
source "$(dirname "$0")/tools/common.sh"
install_build_depends
ensure_test_locale
configure_and_build -DFLEETROI_BUILD_TESTS=ON -DFLEETROI_BUILD_BENCHMARKS=ON
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
