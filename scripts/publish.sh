#!/usr/bin/env bash
# Makes a self-contained kiosk folder: the viewer with its own .NET runtime (no SDK or runtime needed on the kiosk),
# compiled ahead of time (ReadyToRun, so it starts without waiting for the JIT), plus the install script and, if
# given, a bundle and its publisher key. Copy the folder onto a USB stick.
# Usage: scripts/publish.sh [OUT_DIR] [--bundle FILE.exhibit] [--trust KEY.pub] [--rid linux-x64|win-x64]
set -euo pipefail
cd "$(dirname "$0")/.."

out="out/kiosk"
bundle=""
trust=""
rid="linux-x64"
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle="$2"; shift 2 ;;
    --trust) trust="$2"; shift 2 ;;
    --rid) rid="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) out="$1"; shift ;;
  esac
done

rm -rf "$out"
mkdir -p "$out"
dotnet publish src/ExhibitionViewer/ExhibitionViewer.csproj -c Release -r "$rid" --self-contained true \
  -p:PublishSingleFile=false -p:PublishReadyToRun=true -p:DebugType=none -nologo -v quiet -o "$out/viewer"
cp scripts/install-kiosk.sh "$out/"
cp docs/kiosk.md "$out/README-kiosk.md"
[ -n "$bundle" ] && cp "$bundle" "$out/"
[ -n "$trust" ] && cp "$trust" "$out/"
chmod +x "$out/install-kiosk.sh" "$out/viewer/ExhibitionViewer" 2>/dev/null || true
echo "Kiosk folder ready: $out ($(du -sh "$out" | cut -f1))"
echo "On the kiosk: ./install-kiosk.sh --bundle <bundle>.exhibit --trust <publisher>.pub"
