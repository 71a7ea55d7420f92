"""Journey: Escape in Settings with unsaved changes asks before throwing six endpoints and keys
away; with nothing changed it just closes. Driven by keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.state.settings import Settings


def test_escape_with_changes_asks_and_no_keeps_them(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    asked: list[bool] = []
    dialog.ask_discard = lambda: asked.append(True) or False  # "No": keep editing
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.has_changes()

    dialog.tabs.setCurrentWidget(dialog.services_tab)
    dialog.endpoint.setFocus()
    qtbot.keyClicks(dialog.endpoint, "https://gateway.example.test/ocr")
    qtbot.keyClick(dialog.endpoint, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()
    assert dialog.endpoint.text() == "https://gateway.example.test/ocr"  # nothing thrown away

    dialog.ask_discard = lambda: asked.append(True) or True  # "Yes": discard
    qtbot.keyClick(dialog.endpoint, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert all(settings.endpoint(p.id) is None for p in dialog._providers)


def test_escape_with_nothing_changed_closes_without_a_question(qtbot, tmp_path):
    settings = Settings(tmp_path / "settings.ini")
    settings.reviewer = "Somsri"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ask_discard = lambda: (_ for _ in ()).throw(AssertionError("asked with nothing changed"))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
