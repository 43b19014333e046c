#!/usr/bin/env bash
# Side-by-side: our viewer and Pannellum (headless Chromium) on the same real panorama, in the same run.
# Prints a table (start -> rendered view, start -> full detail, peak memory; medians). A comparison, not a target: exit 0
# unless something could not be set up.
# Usage: bench/PannellumCompare/run.sh [--runs N] [--big] [--huge]
#   --big   also an 8192x4096 upscale of the photo; --huge also 16384x8192 (beyond SwiftShader's texture size)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs=3; sizes=(4096)
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --big) sizes+=(8192); shift ;;
    --huge) sizes+=(16384); shift ;;
    *) echo "unknown option $1"; exit 2 ;;
  esac
done

# What it needs: Chromium (Debian's), the vips CLI, Node, Pannellum from npm (not committed).
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v vips >/dev/null || need+=(libvips-tools)
command -v node >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -f "$here/web/node_modules/pannellum/build/pannellum.js" ] \
  || npm install --prefix "$here/web" --no-audit --no-fund --loglevel=error >/dev/null

# The real photo, in a shared/realdata folder beside an ancestor of the repository; never copied into it.
photo=""
for dir in "$root" $(d="$root"; while [ "$d" != / ]; do d="$(dirname "$d")"; echo "$d"; done); do
  if [ -f "$dir/shared/realdata/jordan-pond-equirect-4096x2048.jpg" ]; then photo="$dir/shared/realdata/jordan-pond-equirect-4096x2048.jpg"; break; fi
done
[ -n "$photo" ] || { echo "the real photo (shared/realdata/jordan-pond-equirect-4096x2048.jpg) was not found beside the checkout"; exit 2; }

dotnet build "$root/src/ContentPacker" -c Release -v q -nologo >/dev/null
packer="$root/src/ContentPacker/bin/Release/net10.0/exhibition-pack.dll"
# Ours as kiosks run it: the native build scripts/publish.sh makes.
if ! published=$("$root/scripts/publish.sh" "$here/out/kiosk" 2>&1); then echo "$published"; exit 1; fi
viewer="$here/out/kiosk/viewer/ExhibitionViewer"

work="$here/out"; mkdir -p "$work"
panos=()
for size in "${sizes[@]}"; do
  image="$photo"
  if [ "$size" != 4096 ]; then
    image="$work/jordan-pond-$size.jpg"
    [ -f "$image" ] || vips resize "$photo" "$image[Q=90]" "$((size / 4096))"
  fi
  bundle="$work/jordan-pond-$size.exhibit"
  [ -f "$bundle" ] || dotnet "$packer" quick "$image" -o "$bundle" >/dev/null
  panos+=(--pano "${size}x$((size / 2))=$image=$bundle")
done

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); uptime:$(uptime)"
echo "Chromium: $(chromium --version 2>/dev/null)"
node "$here/compare.mjs" --runs "$runs" --work "$work" --chromium "$(command -v chromium)" --viewer "$viewer" --size 1920x1080 "${panos[@]}"
echo "After: uptime:$(uptime)"
