#!/usr/bin/env bash
# Build the Linux release archive: dist/ocr-review-desk-VERSION-linux-x86_64.tar.gz, holding the
# bundle, the desktop entry, icons, AppStream metainfo, the review-file type and install.sh.
#   packaging/linux/make_release.sh [PYTHON]   (PYTHON: the project's venv python, default .venv/bin/python)
# Builds the bundle first unless dist/desktop-app exists (CI builds it once and reuses it).
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-.venv/bin/python}
app_id=org.ocrreviewdesk.DesktopApp
version=$("$python" -c 'import desktop_app; print(desktop_app.__version__)')
[ -x dist/desktop-app/desktop-app ] || "$python" -m PyInstaller --noconfirm --log-level WARN packaging/desktop-app.spec
"$python" packaging/collect_system_licences.py dist/desktop-app

name=ocr-review-desk-$version-linux-x86_64
stage=build/release/$name
rm -rf "$stage" && mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/mime/packages" \
  "$stage/share/icons/hicolor/scalable/apps"
cp -a dist/desktop-app "$stage/desktop-app"
cp packaging/linux/install.sh "$stage/"
cp packaging/linux/$app_id.desktop "$stage/share/applications/"
cp packaging/linux/$app_id.metainfo.xml "$stage/share/metainfo/"
cp packaging/linux/$app_id.mime.xml "$stage/share/mime/packages/$app_id.xml"
cp resources/icons/desktop-app.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$stage/share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/desktop-app-$size.png" "$stage/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cp CHANGELOG.md "$stage/"
tar -C build/release -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1))"
