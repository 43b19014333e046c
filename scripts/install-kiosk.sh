#!/usr/bin/env bash
# Makes a Debian machine start the exhibition viewer in kiosk mode when the kiosk user logs in to the desktop, and
# restart it if it dies: a systemd user unit (Restart=on-failure) in the graphical session.
# Run as the kiosk user (not root) from a folder made by scripts/publish.sh:
#   ./install-kiosk.sh --bundle exhibition.exhibit --trust publisher.pub [--data DIR] [--display N]
# Then set the admin PIN when asked (or later: ExhibitionViewer kiosk set-pin --data DIR).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

bundle=""
trust=()
data="${XDG_DATA_HOME:-$HOME/.local/share}/exhibition"
display=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle="$2"; shift 2 ;;
    --trust) trust+=("$2"); shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --display) display="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "install-kiosk.sh: unexpected '$1'" >&2; exit 2 ;;
  esac
done
[ -n "$bundle" ] || { echo "install-kiosk.sh: --bundle FILE.exhibit is required" >&2; exit 2; }
[ ${#trust[@]} -gt 0 ] || { echo "install-kiosk.sh: --trust KEY is required (kiosk mode shows only signed bundles)" >&2; exit 2; }
[ "$(id -u)" -ne 0 ] || { echo "install-kiosk.sh: run this as the kiosk user, not root" >&2; exit 2; }

# The viewer and the bundle are copied off the USB stick, so the stick can be removed.
app="$HOME/.local/lib/exhibition-viewer"
mkdir -p "$app" "$data"
if [ -d "$here/viewer" ]; then
  rm -rf "$app.new" && cp -r "$here/viewer" "$app.new" && rm -rf "$app" && mv "$app.new" "$app"
fi
viewer="$app/ExhibitionViewer"
[ -x "$viewer" ] || { echo "install-kiosk.sh: no viewer at $viewer (run scripts/publish.sh first)" >&2; exit 2; }
cp "$bundle" "$data/"
bundle_path="$data/$(basename "$bundle")"

trust_args=()
for key in "${trust[@]}"; do
  if [ -f "$key" ]; then cp "$key" "$data/"; key="$data/$(basename "$key")"; fi
  trust_args+=(--trust "$key")
done
display_args=()
[ -n "$display" ] && display_args=(--display "$display")
"$viewer" kiosk init --data "$data" --bundle "$bundle_path" "${trust_args[@]}" "${display_args[@]}"
if ! grep -q '"adminPin"' "$data/kiosk.json" && [ -t 0 ]; then
  "$viewer" kiosk set-pin --data "$data"
fi

# Exit code 0 (Quit on the admin screen) stays quit; anything else, including a crash or Restart (75), restarts.
unit_dir="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
mkdir -p "$unit_dir"
cat > "$unit_dir/exhibition-kiosk.service" <<UNIT
[Unit]
Description=Exhibition viewer in kiosk mode
PartOf=graphical-session.target
After=graphical-session.target
# Give up only after many fast failures in a row (e.g. a broken bundle), so the log stays readable.
StartLimitIntervalSec=120
StartLimitBurst=20

[Service]
ExecStart=$viewer --kiosk --data $data
Restart=on-failure
RestartSec=2
TimeoutStopSec=10

[Install]
WantedBy=graphical-session.target
UNIT

systemctl --user daemon-reload
systemctl --user enable exhibition-kiosk.service
# Some desktops do not reach graphical-session.target; an autostart entry starts the unit at login there too.
autostart="${XDG_CONFIG_HOME:-$HOME/.config}/autostart"
mkdir -p "$autostart"
cat > "$autostart/exhibition-kiosk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Exhibition kiosk
Exec=systemctl --user start exhibition-kiosk.service
X-GNOME-Autostart-enabled=true
DESKTOP
echo "Installed. The kiosk starts at the next login (or now: systemctl --user start exhibition-kiosk.service)."
echo "Logs: journalctl --user -u exhibition-kiosk and $data/logs"
