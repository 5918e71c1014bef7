#!/bin/sh
# Remove a per-user Ropa installed by install.sh (same PREFIX). Workspaces, settings and logs
# (~/.local/share/Ropa, ~/.config/Ropa, ~/.local/state/Ropa) are kept.
set -eu
prefix=${PREFIX:-$HOME/.local}
share="$prefix/share"
rm -rf "$prefix/lib/ropa"
[ -L "$prefix/bin/ropa" ] && rm -f "$prefix/bin/ropa"
rm -f "$share/applications/ropa.desktop" "$share/mime/packages/ropa.xml" \
  "$share/metainfo/io.github.ropa.Ropa.metainfo.xml"
find "$share/icons/hicolor" -name 'ropa.png' -o -name 'ropa.svg' 2>/dev/null | while read -r icon; do
  rm -f "$icon"
done
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "Ropa removed; your workspaces are kept"
