"""The bundled fonts: load them and make Thai render in every widget.

No Thai font is installed on a fresh Debian (Thai shows as empty boxes), so the app ships Noto Sans
Thai and adds it as a fallback family of the application font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ...resources import fonts_dir

THAI_FAMILY = "Noto Sans Thai"

_loaded: dict[str, list[str]] = {}  # font file path -> families, so a second call loads nothing again


def install_fonts() -> list[str]:
    """Load every TTF/OTF in resources/fonts and return the family names (each once, in order).

    Needs a QGuiApplication. Also appends the bundled families to the application font's family
    list, so any widget whose font has no Thai glyphs falls back to them.
    """
    families: list[str] = []
    folder = fonts_dir()
    paths = (
        sorted(p for p in folder.glob("*") if p.suffix.lower() in (".ttf", ".otf")) if folder.is_dir() else []
    )
    for path in paths:
        key = str(path)
        if key not in _loaded:
            font_id = QFontDatabase.addApplicationFont(key)
            _loaded[key] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        for family in _loaded[key]:
            if family not in families:
                families.append(family)
    _add_fallback(families)
    return families


def _add_fallback(families: list[str]) -> None:
    if QGuiApplication.instance() is None or not families:
        return
    font = QGuiApplication.font()
    current = list(font.families()) or [font.family()]
    wanted = current + [f for f in families if f not in current]
    if wanted != current:
        font.setFamilies(wanted)
        QGuiApplication.setFont(font)


def thai_font(point_size: float | None = None) -> QFont:
    """The application font with the bundled Thai family first (for text that is mostly Thai)."""
    font = QFont(QGuiApplication.font())
    families = [THAI_FAMILY] + [f for f in font.families() if f != THAI_FAMILY]
    font.setFamilies(families)
    if point_size:
        font.setPointSizeF(point_size)
    return font
