"""The one list of files every bundle carries, for every platform: the Linux folder and archive,
the Windows installer (which packs the whole built folder) and the macOS .app all come from the
same PyInstaller COLLECT, so a file added here reaches all of them.

Each entry is (path in the checkout, folder inside the bundle), relative to the repository root.
`tests/test_bundle_declarations.py` checks that each source exists and that everything the
program reads at run time is listed."""

from __future__ import annotations

DATA_FILES: list[tuple[str, str]] = [
    # fonts (OFL), samples for the demo, icons, the licence texts shown in Help > About
    ("resources", "resources"),
    ("desktop_app/schemas", "desktop_app/schemas"),
    ("desktop_app/core/checks/data", "desktop_app/core/checks/data"),
]

# LGPL libraries kept as plain .py files beside the executable (not inside the PYZ archive), so a
# user can replace them with a modified version, as the LGPL asks. Qt/PySide6 are shared libraries
# in the bundle already and can be replaced the same way.
REPLACEABLE_SOURCE_PACKAGES: list[str] = ["stdnum"]

# Libraries whose own data files are read at run time (importlib.resources): the GeoThai address data.
DATA_PACKAGES: list[str] = ["geothai"]

# Names of the executables: the window, and on Windows a console program for the command line
# (a windowed .exe prints nothing there).
WINDOWED_NAME = "desktop-app"
CONSOLE_NAME = "desktop-app-cli"
MACOS_APP_NAME = "OCR Review Desk.app"
APP_ID = "org.ocrreviewdesk.DesktopApp"  # reverse-DNS id: macOS bundle, .desktop, AppStream
