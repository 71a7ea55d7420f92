"""Render resources/icons/desktop-app.svg to the PNG sizes the desktop entry, the window and the
installers use, and the Windows .ico: `python scripts/make_icons.py` (Qt's own SVG renderer, offscreen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (needed to paint)
    renderer = QSvgRenderer(str(ICONS / "desktop-app.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"desktop-app-{size}.png"))
    # the Windows installer's and executables' icon (PyInstaller converts the PNG itself)
    from PIL import Image

    with Image.open(ICONS / "desktop-app-256.png") as largest:
        largest.save(ICONS / "desktop-app.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
