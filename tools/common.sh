# Shared by run-app.sh and run-tests.sh: install what is missing, configure, build.
# Safe to run again: installs only missing packages and reuses the build directory.
set -euo pipefail
FLEETROI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${FLEETROI_BUILD_DIR:-$FLEETROI_ROOT/build}

install_build_depends() {
  local wanted missing=()
  mapfile -t wanted < <(grep -v -e '^#' -e '^$' "$FLEETROI_ROOT/installer/build-depends.txt")
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

# The tests check that files and the command line stay in the C locale under a German
# (decimal comma) locale, so one must exist.
ensure_test_locale() {
  if ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    if [ -f /etc/locale.gen ]; then
      $sudo sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
      grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen > /dev/null
      $sudo locale-gen > /dev/null
    fi
  fi
}

configure_and_build() {
  cmake -S "$FLEETROI_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@"
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}
