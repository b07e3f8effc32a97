#!/usr/bin/env bash
# Wrap the PyInstaller bundle into a .deb: /opt/telesales (the bundle), /usr/bin/telesales, the menu entry and the
# icons in /usr/share. Needs only dpkg-deb (Debian's dpkg). Usage: make_deb.sh [BUNDLE_DIR] (default dist/telesales)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
bundle=${1:-$root/dist/telesales}
[ -x "$bundle/telesales" ] || { echo "no bundle at $bundle: run packaging/build_linux.sh first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/telesales/__init__.py")
arch=$(dpkg --print-architecture)
bundle=$(cd "$bundle" && pwd)
dist=$(dirname "$bundle")  # the .deb goes beside the bundle, its staging folder into build/ beside dist/
stage="$(dirname "$dist")/build/deb/telesales_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$bundle" "$stage/opt/telesales"
ln -s /opt/telesales/telesales "$stage/usr/bin/telesales"
cp "$root/packaging/linux/telesales.desktop" "$stage/usr/share/applications/telesales.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$root/resources/icons/telesales_${size}.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/telesales.png"
done
install -D -m 644 "$root/resources/icons/telesales.svg" "$stage/usr/share/icons/hicolor/scalable/apps/telesales.svg"
size_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: telesales
Version: ${version}
Architecture: ${arch}
Maintainer: telesales <telesales@localhost>
Installed-Size: ${size_kb}
Depends: libc6 (>= 2.28), libglib2.0-0, libegl1, libgl1, libx11-6, libx11-xcb1, libdbus-1-3, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1
Recommends: fonts-noto-cjk | fonts-wqy-microhei
Section: office
Priority: optional
Description: desktop assistant for a phone sales rep
 Today's call list ranked with its reasons, the call log, customers with their
 tiers, visits planned by area, greetings and reminders that are never lost,
 in English, Simplified and Traditional Chinese. Keeps a local book (SQLite).
CONTROL
cat > "$stage/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true; fi
SCRIPT
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
deb="$dist/telesales_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$deb" >/dev/null
echo "deb: $deb ($(du -m "$deb" | cut -f1) MB)"
