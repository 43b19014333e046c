#!/usr/bin/env bash
# Installs the Debian packages the project needs, only when missing, so a fresh machine works and a prepared one is not slowed.
# Usage: scripts/install-system-packages.sh [run|publish|test|bench]
set -euo pipefail

purpose="${1:-run}"
# What the viewer needs to run, and what scripts/publish.sh needs to compile it to native code.
runtime=(ffmpeg libsdl2-2.0-0 libgl1 libgl1-mesa-dri libegl-mesa0 libegl1 libgles2 libfontconfig1 fonts-dejavu-core)
native_toolchain=(gcc libc6-dev zlib1g-dev binutils)
case "$purpose" in
  run) packages=("${runtime[@]}") ;;
  publish) packages=("${native_toolchain[@]}") ;;
  test) packages=("${runtime[@]}" "${native_toolchain[@]}" unzip python3 postgresql procps) ;;
  bench) packages=("${runtime[@]}" "${native_toolchain[@]}" unzip python3 postgresql procps libvips-tools time chromium) ;;
  *) echo "usage: scripts/install-system-packages.sh [run|publish|test|bench]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
