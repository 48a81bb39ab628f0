#!/usr/bin/env bash
# Builds FleetROI and runs every test. On a fresh Debian 12 machine (as root) it first
# installs the packages it needs. Extra arguments go to ctest (e.g. -R oracle).
# The team-workspace tests (label "postgresql") run against a private PostgreSQL cluster
# started here (tools/pg_test_cluster.sh) and stopped on exit, however the run ends. When
# the server cannot start, this script fails before any test runs.
source "$(dirname "$0")/tools/common.sh"
install_build_depends
ensure_test_locale
configure_and_build -DFLEETROI_BUILD_TESTS=ON -DFLEETROI_BUILD_BENCHMARKS=ON
cluster_env=$("$FLEETROI_ROOT/tools/pg_test_cluster.sh" start)
eval "$cluster_env"
trap '"$FLEETROI_ROOT/tools/pg_test_cluster.sh" stop "$FLEETROI_TEST_PG_DIR"' EXIT
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
