"""Every control of the main window has an accessible name, in the clerk's language: what a
screen reader says and what a test tool finds it by. Qt-internal parts (a spin box's inner line
edit, a combo box's popup, the toolbar's overflow button) are named by Qt itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from desktop_app.gui import i18n

pytest_plugins = ["gui_helpers"]

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
            QAbstractScrollArea)


def _qt_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def unnamed_controls(window) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _qt_internal(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, make_window):
    window = make_window()
    window.show()
    assert unnamed_controls(window) == []
    assert window.fields.value_edit.accessibleName() == "Value of the selected field"


def test_the_names_follow_the_language(qtbot, make_window):
    window = make_window()
    i18n.set_language("th")
    try:
        window.retranslate()
        assert window.fields.value_edit.accessibleName() == "ค่าของช่องที่เลือก"
        assert window.threshold_spin.accessibleName() == "เกณฑ์ความมั่นใจ"
        assert unnamed_controls(window) == []
    finally:
        i18n.set_language("en")


def test_the_dialogs_controls_have_names_too(qtbot, settings):
    from pathlib import Path

    from desktop_app.core.drafts import DraftInfo
    from desktop_app.gui.dialogs.about_dialog import AboutDialog
    from desktop_app.gui.dialogs.restore_dialog import RestoreDialog
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.gui.dialogs.shortcut_sheet import ShortcutSheet

    restore = RestoreDialog([DraftInfo(id="d1", path=Path("d1.draft.json"), title="scan.png")])
    assert restore.choices[0].accessibleName().endswith(": scan.png")
    for dialog in (SettingsDialog(settings), ShortcutSheet(), AboutDialog(), restore):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
