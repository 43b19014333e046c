#!/usr/bin/env bash
# Makes a kiosk folder: the viewer compiled ahead of time to one native program (no .NET needed on the kiosk, and no
# JIT or assembly loading at start, which takes 150-200 ms off the first frame), plus the install script and, if
# given, a bundle and its publisher key. Copy the folder onto a USB stick.
# Native compilation needs a C toolchain (scripts/install-system-packages.sh publish) and cannot cross operating
# systems, so a Windows folder is built as a ReadyToRun .NET program instead.
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
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) out="$1"; shift ;;
  esac
done

rm -rf "$out"
mkdir -p "$out"
case "$rid" in
  linux-*) compile=(-p:PublishAot=true); scripts/install-system-packages.sh publish ;;
  *) compile=(--self-contained true -p:PublishReadyToRun=true) ;;
esac
dotnet publish src/ExhibitionViewer/ExhibitionViewer.csproj -c Release -r "$rid" "${compile[@]}" \
  -p:DebugType=none -p:StripSymbols=true -p:PublishDocumentationFiles=false -nologo -v quiet -o "$out/viewer"
cp scripts/install-kiosk.sh "$out/"
cp docs/kiosk.md "$out/README-kiosk.md"
[ -n "$bundle" ] && cp "$bundle" "$out/"
[ -n "$trust" ] && cp "$trust" "$out/"
chmod +x "$out/install-kiosk.sh" "$out/viewer/ExhibitionViewer" 2>/dev/null || true
echo "Kiosk folder ready: $out ($(du -sh "$out" | cut -f1))"
echo "On the kiosk: ./install-kiosk.sh --bundle <bundle>.exhibit --trust <publisher>.pub"
