"""Text colours taken from the application's palette, so a dark palette stays readable.

A meaning colour (error red, warning amber, a link's blue, muted grey) is moved towards the
palette's text colour until it has at least WCAG's 4.5:1 contrast against the background it is
drawn on: on a light palette the usual dark red, on a dark one a light red. Colour never carries a
meaning alone: every such text also has a mark (✖ ▲ ▼) or words.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM_CONTRAST = 4.5  # WCAG 2 AA, normal text

# the hue each meaning starts from (the light palette's own colours)
_HUES = {"error": "#b42020", "warning": "#9a6200", "info": "#555555", "link": "#1e5ac8",
         "muted": "#646464", "corrected": "#1e5ac8"}


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1..21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """`color` (possibly translucent) composited over an opaque `background`."""
    alpha = color.alphaF()
    return QColor.fromRgbF(*(alpha * c + (1 - alpha) * b for c, b in
                             zip((color.redF(), color.greenF(), color.blueF()),
                                 (background.redF(), background.greenF(), background.blueF()),
                                 strict=True)))


def readable(color: QColor, background: QColor, towards: QColor) -> QColor:
    """`color`, mixed step by step with `towards` (the palette's text colour) until it reaches
    MINIMUM_CONTRAST on `background`."""
    for step in range(11):
        share = step / 10
        mixed = QColor.fromRgbF(*((1 - share) * c + share * t for c, t in
                                  zip((color.redF(), color.greenF(), color.blueF()),
                                      (towards.redF(), towards.greenF(), towards.blueF()), strict=True)))
        if contrast(mixed, background) >= MINIMUM_CONTRAST:
            return mixed
    return QColor(towards)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


# (meaning, palette's cacheKey, role) -> colour: the contrast search ran for every check line and
# twice for the status bar's summary after every edit (issue 12: a tenth of Enter's Python)
_text_colors: dict[tuple[str, int, QPalette.ColorRole], QColor] = {}


def text_color(meaning: str, palette: QPalette | None = None,
               role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """The colour for text of `meaning` ("error", "warning", "info", "link", "muted", "corrected")
    on the palette's `role` background (Base for lists and editors, Window for labels)."""
    pal = _palette(palette)
    key = (meaning, pal.cacheKey(), role)
    found = _text_colors.get(key)
    if found is None:
        roles = QPalette.ColorRole
        text_role = roles.Text if role == roles.Base else roles.WindowText
        found = _text_colors[key] = readable(QColor(_HUES.get(meaning, _HUES["info"])), pal.color(role),
                                             pal.color(text_role))
    return QColor(found)  # a copy: a caller may change its own


def text_on(fill: QColor, palette: QPalette | None = None) -> QColor:
    """The palette's text colour, or its opposite, whichever reads better on a translucent `fill`
    drawn over the palette's Base (the confidence cell's band colour)."""
    pal = _palette(palette)
    background = over(fill, pal.color(QPalette.ColorRole.Base))
    candidates = (pal.color(QPalette.ColorRole.Text), QColor("black"), QColor("white"))
    return max(candidates, key=lambda c: contrast(c, background))


def css(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def span(meaning: str, text: str) -> str:
    """`text` (already HTML-escaped) in a rich-text span of the `meaning` colour on a label."""
    return f'<span style="color:{css(text_color(meaning, role=QPalette.ColorRole.Window))}">{text}</span>'


def label_style(meaning: str) -> str:
    """A label's style sheet with the `meaning` text colour."""
    return f"QLabel {{ color: {css(text_color(meaning, role=QPalette.ColorRole.Window))}; }}"
