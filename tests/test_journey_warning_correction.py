"""Journey: a correction that raises a warning stops once, like one that fails a check; a
two-digit Buddhist-era year is offered in full as a suggestion (Alt+Enter), never guessed silently.
Driven by keys on the demo vehicle book."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.model import FieldState

pytest_plugins = ["gui_helpers"]

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, k, modifiers)


def retype_year(qtbot, digits_to_drop: int, new: str) -> None:
    press(qtbot, Qt.Key.Key_F2)
    for _ in range(digits_to_drop):
        press(qtbot, Qt.Key.Key_Backspace)
    for char in new:
        qtbot.keyClick(QApplication.focusWidget(), char)


def open_on_date(qtbot, journey, window, sample_image):
    assert window.open_paths([str(sample_image)])
    journey.wait_for_image(qtbot, window)
    window.activateWindow()
    window.fields.table.setFocus()
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        press(qtbot, Qt.Key.Key_R, CTRL)
    keys = [f.key for f in window.fields.model.fields()]
    index = keys.index("date_of_posession")  # read as 15 มีนาคม 2582
    window.select_field(index)
    window.fields.focus_list()
    return window.session.document.pages[0].fields[index], index


def test_a_warning_raising_year_stops_once(qtbot, journey, make_window, sample_image):
    window = make_window("demo")
    field, index = open_on_date(qtbot, journey, window, sample_image)
    retype_year(qtbot, 4, "2682")  # 2682 BE = 2139 CE: a date, but an implausible year
    press(qtbot, Qt.Key.Key_Return)
    assert field.value == "15 มีนาคม 2682" and field.state == FieldState.CORRECTED
    assert any(c.id == "date.implausible_year" for c in field.checks)
    assert window.fields.current_field == index, "Enter moved on past a warning"
    assert "warning" in window.status_label.text()
    press(qtbot, Qt.Key.Key_Return)  # the clerk saw it: the next Enter goes on
    assert window.fields.current_field != index


def test_a_two_digit_year_is_offered_in_full_with_alt_enter(qtbot, journey, make_window, sample_image):
    window = make_window("demo")
    field, index = open_on_date(qtbot, journey, window, sample_image)
    retype_year(qtbot, 4, "62")  # as a clerk copies it from a form: 15 มีนาคม 62
    press(qtbot, Qt.Key.Key_Return)
    assert field.value == "15 มีนาคม 62" and field.normalized is None  # not guessed silently
    assert [c.id for c in field.checks] == ["date.two_digit_year"]
    assert window.fields.current_field == index
    assert "Alt+Enter" in window.fields.checks_label.text()
    press(qtbot, Qt.Key.Key_Return, ALT)  # take the suggestion
    assert field.value == "15 มีนาคม 2562" and field.normalized == "2019-03-15"
    assert [h.action for h in field.history][-1] == "suggestion"
