#!/usr/bin/env bash
# Start a built bundle the way a clerk's machine would, with nothing of the build's Python around:
#   bash packaging/check_bundle.sh dist/desktop-app
# --version, `ocr` on a sample with the demo, the window offscreen (opens, checks, closes), the
# glibc it needs, python-stdnum as replaceable .py files, the licence texts; then the release
# archive installed into a temporary prefix and started from there. Any traceback fails it.
set -euo pipefail
bundle=$(cd "${1:-dist/desktop-app}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
version=$("$root/.venv/bin/python" -c 'import desktop_app; print(desktop_app.__version__)')
glibc=$("$root/.venv/bin/python" -c 'from desktop_app.licences import GLIBC_MINIMUM; print(GLIBC_MINIMUM)')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "bundle check FAILED: $*" >&2; exit 1; }

# a clean environment: no virtualenv, no PYTHONPATH, a fresh HOME, only the system's own PATH
run() {
  env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring "$@" >"$work/out" 2>"$work/err" || {
    status=$?; cat "$work/out" "$work/err"; fail "$* exited $status"; }
  if grep -q "Traceback" "$work/out" "$work/err"; then cat "$work/err"; fail "$* printed a traceback"; fi
  cat "$work/out"
}
mkdir -p "$work/home"
cd "$work"

[ "$(run "$bundle/desktop-app" --version)" = "desktop-app $version" ] || fail "--version is not $version"
echo "--version: desktop-app $version"

run "$bundle/desktop-app" ocr "$bundle/_internal/resources/samples/vehicle_book.png" --provider demo \
  --out "$work/r.json" | tail -n 1
grep -q "\"generator\": \"desktop-app $version\"" "$work/r.json" || fail "the review file names another version"

run timeout 60 env DESKTOP_APP_START_CHECK=fit "$bundle/desktop-app"  # also: the window fits the screen

"$root/.venv/bin/python" "$root/packaging/glibc_needed.py" "$bundle" --max "$glibc"

[ -f "$bundle/_internal/stdnum/__init__.py" ] && [ -f "$bundle/_internal/stdnum/th/pin.py" ] \
  || fail "python-stdnum is not shipped as replaceable .py files"
[ -f "$bundle/_internal/resources/licenses/components.json" ] || fail "no licence texts in the bundle"
[ -f "$bundle/_internal/resources/licenses/system/INDEX" ] || fail "no system library licences in the bundle"
echo "python-stdnum as .py files, licence texts: present"

archive=$(ls "$root"/dist/ocr-review-desk-"$version"-linux-x86_64.tar.gz)
tar -C "$work" -xzf "$archive"
run sh "$work/ocr-review-desk-$version-linux-x86_64/install.sh" --prefix "$work/prefix" | tail -n 1
[ "$(run "$work/prefix/bin/desktop-app" --version)" = "desktop-app $version" ] \
  || fail "the installed archive does not start"
desktop-file-validate "$work/prefix/share/applications/org.ocrreviewdesk.DesktopApp.desktop"
run sh "$work/ocr-review-desk-$version-linux-x86_64/install.sh" --prefix "$work/prefix" --uninstall | tail -n 1
[ ! -e "$work/prefix/bin/desktop-app" ] || fail "--uninstall left the command behind"
echo "bundle check passed: $(du -sh "$bundle" | cut -f1), archive $(du -h "$archive" | cut -f1)"
