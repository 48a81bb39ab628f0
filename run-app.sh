#!/usr/bin/env bash
# Builds FleetROI and starts the desktop app with the example scenarios. On a fresh
# Debian 12 machine (as root) it first installs the packages it needs.
source "$(dirname "$0")/tools/common.sh"
install_build_depends
configure_and_build -DFLEETROI_BUILD_TESTS=OFF -DFLEETROI_BUILD_BENCHMARKS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting FleetROI on a virtual X display (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/bin/fleetroi" "$@"
fi
exec "$BUILD_DIR/bin/fleetroi" "$@"
