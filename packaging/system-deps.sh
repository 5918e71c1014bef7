#!/usr/bin/env bash
# Install the Debian packages Ropa needs at run and test time when they are missing.
# Qt's offscreen and xcb platforms need these shared libraries; the PDF tests need poppler-utils
# (pdftotext, pdffonts, pdftoppm) to read back and render what Ropa prints;
# the Excel tests open the exported workbooks in LibreOffice Calc (headless, no GUI variant).
# The team-workspace tests start a throwaway PostgreSQL cluster of their own (tests/pg_cluster.py)
# with the server programs of the 'postgresql' package (initdb, pg_ctl); the client library comes
# with psycopg's wheel. Without root (a developer's workstation) it only names what is missing.
set -euo pipefail

packages=(
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  postgresql
  libreoffice-calc-nogui
)

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to check here

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ropa: missing system packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "ropa: installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
