"""The colours of the confidence bands (the bands themselves are the core's: core/bands.py).

Pure functions, no widgets. The canvas and the field list both use these, so a field has the same
colour everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...core import bands
from ...core.bands import BAD, BAD_FACTOR, BANDS, HIGH, LOW, NONE  # noqa: F401 - the core's bands

band = bands.band  # the band of a confidence (tests and older callers read it here)

# Outline colours (fully opaque except "high", which stays discreet so sure fields do not shout).
_COLORS: dict[str, tuple[int, int, int, int]] = {
    HIGH: (46, 160, 67, 200),  # green
    LOW: (230, 150, 0, 255),  # amber
    BAD: (215, 40, 40, 255),  # red
    NONE: (128, 128, 128, 230),  # grey
}


def solid_brush(color: QColor) -> QBrush:
    """A solid brush of `color`, set rather than passed: `QBrush(QColor)`'s overload check tries
    QGradient's conversions on every call, and the first made ~100 of PySide's lazy enum types
    (24 ms in the queue's first turn, issue 12)."""
    brush = QBrush()
    brush.setColor(color)
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush


def band_color(band_name: str) -> QColor:
    """The outline colour of a band (unknown bands are grey)."""
    r, g, b, a = _COLORS.get(band_name, _COLORS[NONE])
    return QColor(r, g, b, a)


def band_fill(band_name: str, selected: bool = False) -> QColor:
    """A translucent fill for boxes of this band; the selected field is a little stronger."""
    color = band_color(band_name)
    if band_name == HIGH and not selected:
        color.setAlpha(18)
    else:
        color.setAlpha(70 if selected else 38)
    return color
