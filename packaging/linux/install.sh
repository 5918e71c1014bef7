#!/bin/sh
# Install Ropa for this user only (no root): run it from the unpacked tarball.
#   ./install.sh            into ~/.local (the program in ~/.local/lib/ropa, `ropa` in ~/.local/bin)
#   PREFIX=/opt/x ./install.sh
# A new version replaces the old one. Workspaces (~/.local/share/Ropa) are never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app="$prefix/lib/ropa"
share="$prefix/share"

[ -x "$here/ropa/ropa" ] || { echo "install.sh: run me from the unpacked Ropa folder" >&2; exit 1; }

rm -rf "$app.new"
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/mime/packages" "$share/metainfo"
cp -R "$here/ropa" "$app.new"
cp "$here/uninstall.sh" "$app.new/uninstall.sh"
rm -rf "$app" && mv "$app.new" "$app"
ln -sf "$app/ropa" "$prefix/bin/ropa"

# the menu entry runs the program by its full path, so it works without ~/.local/bin on PATH
sed -e "s|^Exec=ropa |Exec=\"$app/ropa\" |" -e "s|^TryExec=ropa\$|TryExec=$app/ropa|" \
  "$here/share/applications/ropa.desktop" > "$share/applications/ropa.desktop"
cp "$here/share/mime/packages/ropa.xml" "$share/mime/packages/ropa.xml"
cp "$here"/share/metainfo/*.metainfo.xml "$share/metainfo/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$share/$(dirname "$icon")"
  cp "$here/share/$icon" "$share/$icon"
done

# refresh the desktop's caches where the tools exist (a server has none of them: that is fine)
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$share/icons/hicolor" || true

echo "Ropa installed in $app"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to PATH to run 'ropa' from a terminal (the menu entry works without)." ;;
esac
