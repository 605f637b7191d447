#!/usr/bin/env bash
# Installs the Debian packages EMRoam Console needs to build, test and run.
# Idempotent and non-interactive: packages already present are left alone, so it is cheap to
# call from the README commands and from CI. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # Qt 6.4 as Debian bookworm ships it
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite qt6-translations-l10n libgl-dev libxkbcommon-dev libvulkan-dev libqt6opengl6-dev
  # running the GUI on a virtual display, and showing Japanese
  xvfb xauth fonts-noto-cjk
  # curl talks to --headless in the tests; SQLite's headers: models/store binds the EM hot path
  # directly, and tests/syncprobe.h counts fsyncs; python3 runs the folder include cycle check
  # (scripts/folder_cycles.py)
  curl libsqlite3-dev python3
  # fuzzing (scripts/fuzz.sh, EMROAM_FUZZ=ON): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
