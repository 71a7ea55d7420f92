"""Confidence bands and their colours: how sure the API was about a field, at a glance.

Pure functions, no widgets. The canvas and the field list both use these, so a field has the same
colour everywhere.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

HIGH = "high"
LOW = "low"
BAD = "bad"
NONE = "none"
BANDS = (HIGH, LOW, BAD, NONE)

BAD_FACTOR = 0.7  # below threshold * 0.7 a value is "bad", not merely "low"

# Outline colours (fully opaque except "high", which stays discreet so sure fields do not shout).
_COLORS: dict[str, tuple[int, int, int, int]] = {
    HIGH: (46, 160, 67, 200),  # green
    LOW: (230, 150, 0, 255),  # amber
    BAD: (215, 40, 40, 255),  # red
    NONE: (128, 128, 128, 230),  # grey
}


def band(confidence: float | None, threshold: float, failed_check: bool = False) -> str:
    """The band of a field: "high", "low", "bad" or "none".

    A failed error check or the API's -1.0 ("validation failed") is always "bad"; no confidence at
    all is "none"; otherwise the confidence is compared with the clerk's threshold.
    """
    if failed_check:
        return BAD
    if confidence is None:
        return NONE
    if confidence < 0:
        return BAD
    if confidence >= threshold:
        return HIGH
    if confidence < threshold * BAD_FACTOR:
        return BAD
    return LOW


def band_color(band: str) -> QColor:
    """The outline colour of a band (unknown bands are grey)."""
    r, g, b, a = _COLORS.get(band, _COLORS[NONE])
    return QColor(r, g, b, a)


def band_fill(band: str, selected: bool = False) -> QColor:
    """A translucent fill for boxes of this band; the selected field is a little stronger."""
    color = band_color(band)
    if band == HIGH and not selected:
        color.setAlpha(18)
    else:
        color.setAlpha(70 if selected else 38)
    return color
