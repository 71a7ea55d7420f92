"""Colours come from the palette: on the default light palette and on a dark one, every text colour
with a meaning (check errors, warnings, notes, the suggestion, muted and corrected values, the
confidence cell on its band colour) keeps WCAG's 4.5:1 contrast, and the meaning is also said by a
mark or words, never by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop_app.core.model import Check, Field, Severity
from desktop_app.gui.widgets import colors
from desktop_app.gui.widgets.fields_model import confidence_text
from desktop_app.gui.widgets.fields_table import checks_html
from desktop_app.gui.widgets.palette_colors import MINIMUM_CONTRAST, contrast, over, text_color, text_on


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                        (QPalette.ColorRole.Button, "#353535"), (QPalette.ColorRole.ButtonText, "#e6e6e6")):
        palette.setColor(role, QColor(value))
    return palette


def light_palette() -> QPalette:
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Window, "#efefef"), (QPalette.ColorRole.WindowText, "#000000"),
                        (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000")):
        palette.setColor(role, QColor(value))
    return palette


def test_the_contrast_formula_matches_wcag():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    # the light palette's old fixed red is unreadable on a dark list: the point of this module
    assert contrast(QColor("#b42020"), QColor("#1e1e1e")) < MINIMUM_CONTRAST


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize("meaning", ["error", "warning", "info", "link", "muted", "corrected"])
@pytest.mark.parametrize("role", [QPalette.ColorRole.Base, QPalette.ColorRole.Window])
def test_every_meaning_colour_is_readable(qapp, palette, meaning, role):
    assert contrast(text_color(meaning, palette, role), palette.color(role)) >= MINIMUM_CONTRAST


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
@pytest.mark.parametrize("band", colors.BANDS)
def test_the_confidence_text_is_readable_on_its_band_colour(qapp, palette, band):
    fill = QColor(colors.band_color(band))
    fill.setAlpha(90)  # as the field list paints it
    background = over(fill, palette.color(QPalette.ColorRole.Base))
    assert contrast(text_on(fill, palette), background) >= MINIMUM_CONTRAST


def test_check_messages_carry_a_mark_and_palette_colours(qapp, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(QGuiApplication, "palette", staticmethod(dark_palette))
    field = Field(key="vin", label_th="เลขตัวถัง", label_en="VIN", ocr_value="X", value="X", confidence=0.5)
    field.checks = [Check("vin.length", Severity.ERROR, "Too short", "สั้นไป"),
                    Check("vin.o", Severity.WARNING, "O in a VIN", "มีตัว O")]
    html = checks_html(field, "en", "Alt+Enter")
    assert "✖ Too short" in html and "▲ O in a VIN" in html
    assert "#b42020" not in html and "#9a6200" not in html  # the light palette's fixed colours
    assert text_color("error", dark_palette(), QPalette.ColorRole.Window).name() in html


def test_the_confidence_cell_says_below_the_threshold_in_text():
    assert confidence_text(0.95, colors.HIGH) == "0.95"
    assert confidence_text(0.80, colors.LOW) == "▼ 0.80"
    assert confidence_text(0.40, colors.BAD) == "✖ 0.40"
    assert confidence_text(None, colors.NONE) == "—"
