#!/usr/bin/env bash
# Sets up, builds, makes and packs the sample exhibition, and plays it.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-system-packages.sh run
dotnet build Exhibition.sln -c Release -v quiet -nologo

pack=(dotnet src/ContentPacker/bin/Release/net10.0/exhibition-pack.dll)
sample=assets/sample
mkdir -p out

# The sample is regenerated only when its generator changed.
stamp=$(cat src/ContentPacker/Sample/*.cs | sha256sum | cut -c1-16)
if [ "$(cat "$sample/.generator" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$sample"
  "${pack[@]}" sample "$sample"
  echo "$stamp" > "$sample/.generator"
fi

# A development signing key, made once; a real exhibition is signed with the team's own key.
[ -f out/dev-signing.key ] || "${pack[@]}" keygen -o out/dev-signing
"${pack[@]}" build "$sample" -o out/sample.exhibit --sign out/dev-signing.key
"${pack[@]}" inspect out/sample.exhibit

viewer=(dotnet src/ExhibitionViewer/bin/Release/net10.0/ExhibitionViewer.dll)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "${viewer[@]}" out/sample.exhibit
fi
echo "No display here: rendering the first scene to out/sample-first-scene.png instead of opening a window."
"${viewer[@]}" out/sample.exhibit --screenshot out/sample-first-scene.png --size 1920x1080
