# Shared by scripts/demo and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash

OW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OW_BUILD=${OW_BUILD:-$OW_ROOT/build}

ow_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Debian packages the build, the app and the tests need.
OW_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  # The asan build links its ~150 executables with lld: about five times faster than
  # ld.bfd with the sanitizers' runtime and debug information (docs/performance.md).
  lld
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev qt6-serialport-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-multimedia-dev
  qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
  libqrencode-dev libzxing-dev libsodium-dev libsqlite3-dev
  fonts-wqy-microhei poppler-utils xvfb xauth
  postgresql
  # The tracking page: its HTTP library, and its tests (headless Chromium, nginx with TLS).
  libmicrohttpd-dev chromium nginx openssl
  # The Debian package and its checks (scripts/package).
  dpkg-dev fakeroot lintian appstream desktop-file-utils
  # What the package depends on at run time and build time does not show.
  libqt6svg6
)

ow_install_missing() {
  local missing=()
  local p
  for p in "${OW_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  ow_say "Installing ${#missing[@]} missing packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ow_build() {
  local type=${1:-RelWithDebInfo}
  shift || true
  if [[ ! -f $OW_BUILD/build.ninja ]]; then
    ow_say "Configuring ($type) in $OW_BUILD"
    cmake -S "$OW_ROOT" -B "$OW_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  fi
  ow_say "Building"
  cmake --build "$OW_BUILD" -j"$(nproc)"
}
