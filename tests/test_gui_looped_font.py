"""The clerk chooses the looped Thai face (Sarabun) for values: the table's value column and the
editor under the crop show it; labels keep the UI font; the choice is kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app.gui.widgets.fields_model import COL_LABEL_TH, COL_VALUE
from desktop_app.gui.widgets.fonts import install_fonts
from desktop_app.gui.widgets.proof_font import LOOPED_FAMILY, value_font

pytest_plugins = ["gui_helpers"]


def test_the_looped_face_is_bundled_and_has_thai(qapp):
    assert LOOPED_FAMILY in install_fonts()
    assert LOOPED_FAMILY in QFontDatabase.families()
    metrics = QFontMetrics(QFont(LOOPED_FAMILY, 14))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "กถดคุำ")


def test_value_font_puts_the_looped_face_first_and_takes_it_out_again(qapp):
    base = QFont()
    base.setFamilies(["Noto Sans", "Noto Sans Thai"])
    looped = value_font(base, True)
    assert looped.families() == [LOOPED_FAMILY, "Noto Sans", "Noto Sans Thai"]
    assert value_font(looped, False).families() == ["Noto Sans", "Noto Sans Thai"]


def test_choosing_the_looped_font_in_settings(qtbot, journey, make_window, settings, sample_image):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    assert settings.looped_font is False
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    model = window.fields.model
    value_index = model.index(0, COL_VALUE)
    assert model.data(value_index, Qt.ItemDataRole.FontRole) is None
    assert LOOPED_FAMILY not in window.fields.value_edit.font().families()

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.looped_font.isChecked()
    dialog.looped_font.setChecked(True)
    dialog.accept()
    assert settings.looped_font is True
    window.apply_settings()
    assert window.fields.value_edit.font().families()[0] == LOOPED_FAMILY
    assert model.data(value_index, Qt.ItemDataRole.FontRole).families()[0] == LOOPED_FAMILY
    assert model.data(model.index(0, COL_LABEL_TH), Qt.ItemDataRole.FontRole) is None  # labels unchanged

    settings.looped_font = False
    window.apply_settings()
    assert LOOPED_FAMILY not in window.fields.value_edit.font().families()
    assert model.data(value_index, Qt.ItemDataRole.FontRole) is None
