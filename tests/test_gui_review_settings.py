"""Per-field thresholds in the settings (and their editor), the reviewer recorded, time spent."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from desktop_app.core import reviewfile
from desktop_app.core.attention import DEFAULT_FIELD_THRESHOLDS
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]


def test_field_thresholds_round_trip_and_fall_back_to_the_defaults(settings):
    assert settings.field_thresholds() == DEFAULT_FIELD_THRESHOLDS
    settings.set_field_thresholds({"vehicle_book": {"Color": 0.5, "car_number": 0.99}})
    assert settings.field_thresholds() == {"vehicle_book": {"color": 0.5, "car_number": 0.99}}
    assert settings.thresholds().for_key("vehicle_book", "color") == 0.5
    assert settings.thresholds().for_key("thai_id_card", "id_number") == settings.threshold  # removed
    settings._set("review/field_thresholds", "{not json")
    assert settings.field_thresholds() == DEFAULT_FIELD_THRESHOLDS
    settings._set("review/field_thresholds", '{"vehicle_book": {"color": 7, "model": "0.3"}}')
    assert settings.field_thresholds() == {"vehicle_book": {"model": 0.3}}  # out of range dropped
    settings.set_field_thresholds(None)
    assert settings.field_thresholds() == DEFAULT_FIELD_THRESHOLDS


def test_threshold_editor_in_the_settings_dialog_changes_what_needs_attention(
        qtbot, journey, make_window, settings, sample_image):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    def keys() -> list[str]:
        return [window.session.field(*p).key for p in window.review.attention().pending()]

    assert "ownership_number_of_card" in keys()  # 0.96 < the default 0.97 for ID numbers

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    editor = dialog.field_thresholds
    grid = editor.grid
    rows = {(grid.item(r, 0).text(), grid.item(r, 1).text()): r for r in range(grid.rowCount())}
    grid.item(rows[("vehicle_book", "ownership_number_of_card")], 2).setText("0.95")
    grid.selectRow(rows[("vehicle_book", "color")])
    editor._remove()  # colour back to the global threshold: 0.64 stays low anyway
    dialog.tabs.setCurrentWidget(editor)
    dialog.show()
    dialog.grab().save(str(sample_image.parent / "settings-thresholds.png"))
    dialog.accept()
    assert settings.field_thresholds()["vehicle_book"]["ownership_number_of_card"] == 0.95
    assert "color" not in settings.field_thresholds()["vehicle_book"]
    window.apply_settings()
    assert "ownership_number_of_card" not in keys()
    assert window.fields.model.threshold_of(window.session.field(0, 0)) == settings.threshold
    assert "Need attention: 6" in window.review.summary_label.text()  # 6: with the address warning


def test_time_spent_counts_the_clerks_activity(qtbot, journey, make_window, settings, sample_image):
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    now = [5000.0]
    clock = window.session.clock
    clock._now = lambda: now[0]  # a fake clock: no waiting, no timing in the test
    clock.reset()
    window.fields.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.fields.table, Qt.Key.Key_Tab)
        now[0] += 20.0
    now[0] += 1000.0  # away from the desk
    qtbot.keyClick(window.fields.table, Qt.Key.Key_Tab)
    now[0] += 10.0
    assert window.save(wait=True)
    saved = reviewfile.load(sample_image.with_name(sample_image.name + ".review.json"))
    assert saved.review.seconds_spent == 50.0  # 20 + 20 + 10; the 1020 s break is not counted


def test_clicks_in_the_image_and_the_field_list_count_as_activity(qtbot, journey, make_window,
                                                                  sample_image):
    """Mouse events go to a view's viewport, watched once a document opens (not at the start)."""
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    clock = window.session.clock
    for view in (window.canvas, window.fields.table):
        clock.pause()
        assert clock._last is None
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.MiddleButton, pos=view.viewport().rect().center())
        assert clock._last is not None, type(view).__name__


def test_the_clock_pauses_when_the_window_is_no_longer_the_active_one(qtbot, journey, make_window,
                                                                     sample_image):
    from PySide6.QtWidgets import QWidget

    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=journey.TIMEOUT_MS)
    clock = window.session.clock
    qtbot.keyClick(window.fields.table, Qt.Key.Key_Tab)
    assert clock._last is not None  # counting
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=journey.TIMEOUT_MS)
    assert clock._last is None  # the time away from the window is not counted


def test_reviewer_and_os_user(qtbot, journey, make_window, settings, tmp_path):
    import getpass

    image = tmp_path / "card.png"
    shutil.copyfile(samples_dir() / "thai_id_card.png", image)
    window = make_window("demo")
    window.open_paths([str(image)])
    journey.run_and_wait(qtbot, window)
    window.review.confirm_and_next()
    assert window.session.document.pages[0].fields[3].history[-1].by == getpass.getuser()
    settings.reviewer = "Somsri"
    window.review.confirm_and_next()
    field = window.session.field(*window.review.current())
    history = [h for _, f in window.session.document.all_fields() for h in f.history]
    assert history[-1].by == "Somsri"
    assert field is not None


def test_dialog_buttons_speak_the_clerks_language(qtbot, settings):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from desktop_app.gui import i18n
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.gui.widgets.buttons import localize

    std = QMessageBox.StandardButton
    try:
        i18n.set_language("th")
        box = QMessageBox(QMessageBox.Icon.Warning, "t", "x", std.Save | std.Discard | std.Cancel)
        localize(box)
        assert [box.button(b).text() for b in (std.Save, std.Discard, std.Cancel)] == [
            "บันทึก", "ไม่บันทึก", "ยกเลิก"]
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        box_of_dialog = dialog.findChild(QDialogButtonBox)
        assert box_of_dialog.button(QDialogButtonBox.StandardButton.Ok).text() == "ตกลง"
    finally:
        i18n.set_language("en")


def test_settings_open_on_the_service_chosen_in_the_toolbar(qtbot, settings):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, None, "cvvn-vehicle-registrations")
    qtbot.addWidget(dialog)
    assert dialog.provider.currentData() == "cvvn-vehicle-registrations"


def test_the_window_repaints_without_calling_python_filters(qtbot, make_window, monkeypatch):
    """Issue 12: a Python event filter on the window is called for every event it gets (each
    repaint of the busy bar: a paint and an update request), and each call waits for the GIL the
    workers hold. The activity clock and the toolbar fit need only a few kinds of event."""
    from desktop_app.gui.window.activity import ActivityWatcher
    from desktop_app.gui.window.toolbar_fit import ToolbarFit

    seen: list[str] = []
    for cls in (ActivityWatcher, ToolbarFit):
        original = cls.eventFilter

        def counting(self, watched, event, original=original):
            if watched is self.parent() and event.type().name in ("Paint", "UpdateRequest"):
                seen.append(type(self).__name__)
            return original(self, watched, event)

        monkeypatch.setattr(cls, "eventFilter", counting)
    window = make_window("demo")
    window.progress.setVisible(True)
    for _ in range(3):
        window.repaint()
    assert seen == []
