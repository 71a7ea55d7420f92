#!/bin/sh
# Install OCR Review Desk from this release archive. Needs no Python: the program is a bundle.
#   ./install.sh              for this user: ~/.local/opt, ~/.local/share, ~/.local/bin
#   sudo ./install.sh         for everyone: /opt/ocr-review-desk, /usr/local/share, /usr/local/bin
#   ./install.sh --uninstall  (with sudo if it was installed for everyone)
#   ./install.sh --prefix DIR puts the program in DIR/opt and the menu entry, icons and file type in
#                             DIR/share, the command in DIR/bin
set -eu

APP_ID=org.ocrreviewdesk.DesktopApp
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then
  program=/opt/ocr-review-desk share=/usr/local/share bin=/usr/local/bin
else
  program="$HOME/.local/opt/ocr-review-desk" share="${XDG_DATA_HOME:-$HOME/.local/share}" bin="$HOME/.local/bin"
fi
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) action=uninstall ;;
    --prefix) [ $# -ge 2 ] || { echo "--prefix needs a folder" >&2; exit 2; }
              program="$2/opt/ocr-review-desk" share="$2/share" bin="$2/bin"; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

refresh() {  # the desktop's caches, where the tools exist; a missing tool only delays the menu entry
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true
}

files="applications/$APP_ID.desktop metainfo/$APP_ID.metainfo.xml mime/packages/$APP_ID.xml
icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  files="$files icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done

if [ "$action" = uninstall ]; then
  rm -rf "$program"
  rm -f "$bin/desktop-app"
  for file in $files; do rm -f "$share/$file"; done
  refresh
  echo "OCR Review Desk removed (your review files, settings and stored answers are kept)."
  exit 0
fi

# What the bundle cannot carry: glibc (2.36 or newer) and the system's OpenGL libraries.
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -n "$glibc" ] && [ "$(printf '%s\n2.36\n' "$glibc" | sort -V | head -n1)" != 2.36 ]; then
  echo "warning: this system has glibc $glibc; OCR Review Desk needs 2.36 or newer." >&2
fi
for library in libGL.so.1 libEGL.so.1; do
  if ! { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q "$library"; then
    echo "warning: $library is missing: install libgl1 and libegl1 (Debian/Ubuntu) first." >&2
  fi
done

mkdir -p "$program" "$bin"
rm -rf "$program.new"
cp -a "$here/desktop-app" "$program.new"
rm -rf "$program" && mv "$program.new" "$program"
ln -sf "$program/desktop-app" "$bin/desktop-app"
for file in $files; do
  mkdir -p "$(dirname "$share/$file")"
  cp "$here/share/$file" "$share/$file"
done
# the menu entry starts the program by its full path: ~/.local/bin is not always on PATH
sed -e "s|^Exec=desktop-app|Exec=$program/desktop-app|" -e "s|^TryExec=desktop-app|TryExec=$program/desktop-app|" \
  "$here/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
refresh
echo "OCR Review Desk installed in $program; start it from the menu or with $bin/desktop-app"
