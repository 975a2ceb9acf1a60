#!/usr/bin/env bash
# Make the built app double-clickable from the desktop menu and a handler for the files it reads
# (text, saved pages, feeds, datasets): installs the .desktop entry, its icons and the AppStream
# metainfo (for software centres) for the current user. Run after `pyinstaller build.spec`.
set -euo pipefail
cd "$(dirname "$0")"
app="${1:-$PWD/dist/reader-app/reader-app}"
[ -x "$app" ] || { echo "Build the app first (pyinstaller build.spec), or pass its path." >&2; exit 1; }
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications"
sed -e "s|^Exec=reader-app|Exec=\"$app\"|" -e "s|^TryExec=reader-app|TryExec=$app|" \
  resources/reader-app.desktop > "$data/applications/reader-app.desktop"
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/reader-$size.png" "$data/icons/hicolor/${size}x${size}/apps/reader-app.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp resources/icons/reader.svg "$data/icons/hicolor/scalable/apps/reader-app.svg"
mkdir -p "$data/metainfo"
cp resources/*.metainfo.xml "$data/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Installed: $data/applications/reader-app.desktop"
