"""Journey: a sign-off never hides open problems.

The phone photo of the vehicle book, Ctrl+R, then Ctrl+Enter at once: the window asks first,
naming the errors, the fields needing attention and the empty required fields, with "go to the
first one" as the default (Enter). Signed off anyway, the review file says how many were left and
records the fields nobody looked at as `accepted`, not `confirmed`. Driven by keys; the question is
the real message box, answered with the keyboard.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import reviewfile
from desktop_app.core.model import FieldState, ReviewStatus
from desktop_app.gui.flows.review_flow import ReviewFlow
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

CTRL = Qt.KeyboardModifier.ControlModifier


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def open_photo_and_run(qtbot, journey, window, tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    image = folder / "vehicle_book_photo.jpg"
    shutil.copyfile(samples_dir() / "vehicle_book_photo.jpg", image)
    assert window.open_paths([str(image)])
    journey.wait_for_image(qtbot, window)
    window.activateWindow()
    window.fields.table.setFocus()
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        qtbot.keyClick(focused(), Qt.Key.Key_R, CTRL)
    assert window.session.document is not None, window.message_bar.text
    return image


def back_to(qtbot, window) -> None:
    """Offscreen, closing a dialog does not hand the activation back as a window manager does."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)


def answer_with_keys(qtbot, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]], seen: list[str]) -> None:
    """When the question box comes up, note its text and press `keys` in it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        box.activateWindow()  # offscreen, a new window is not made active by itself
        qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        seen.append(box.text() + "\n" + box.informativeText())
        seen.append(box.defaultButton().text())
        for k, modifiers in keys:
            qtbot.keyClick(QApplication.focusWidget(), k, modifiers)

    QTimer.singleShot(0, press)


def test_ctrl_enter_with_problems_asks_and_goes_to_the_first_one(qtbot, journey, make_window, tmp_path):
    window = make_window("demo")
    window.review.ask_signoff = lambda record: ReviewFlow.ask_signoff(window.review, record)  # the real box
    image = open_photo_and_run(qtbot, journey, window, tmp_path)
    doc = window.session.document
    pending = window.review.attention().pending()
    assert len(pending) >= 3  # the unknown province, the VIN with a letter O, the colour...

    window.fields.select_field(0)  # the clerk is somewhere else
    window.fields.focus_list()
    seen: list[str] = []
    answer_with_keys(qtbot, [(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)], seen)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert seen, "Ctrl+Enter signed off without asking"
    back_to(qtbot, window)
    assert f"fields needing attention: {len(pending)}" in seen[0]
    assert "Errors: " in seen[0] and "empty required" in seen[0]
    assert "Go to the First One" in seen[1].replace("&", "")  # the default
    # Enter took the default: nothing was signed off, the first open problem is selected
    assert doc.review.status != ReviewStatus.REVIEWED
    assert all(f.state == FieldState.UNREVIEWED for _, f in doc.all_fields() if f.history == [])
    assert (window.fields.page_index, window.fields.current_field) == pending[0]

    # Escape is the default's way too
    seen.clear()
    answer_with_keys(qtbot, [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)], seen)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert seen and doc.review.status != ReviewStatus.REVIEWED
    back_to(qtbot, window)

    # signed off anyway (Tab to the second button, Space): recorded as such
    seen.clear()
    answer_with_keys(qtbot, [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                             (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier)], seen)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert seen and doc.review.status == ReviewStatus.REVIEWED
    back_to(qtbot, window)
    assert "problems left" in window.status_label.text()
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)

    saved = reviewfile.load(image.with_name(image.name + ".review.json"))
    assert saved.review.status == ReviewStatus.REVIEWED
    record = saved.review.signoff
    assert record is not None and record.attention == len(pending)
    assert record.errors >= 1 and record.warnings >= 1
    assert record.accepted == len(saved.all_fields())
    states = {f.state for _, f in saved.all_fields()}
    assert states == {FieldState.ACCEPTED}, "nobody looked at them: not confirmed one by one"
    note = saved.review.history[-1].note
    assert saved.review.history[-1].action == "signoff" and note and "needing attention" in note


def test_nothing_open_signs_off_without_a_question(qtbot, journey, make_window, tmp_path):
    window = make_window("demo")  # ask_signoff fails the test if it is asked
    open_photo_and_run(qtbot, journey, window, tmp_path)
    doc = window.session.document
    attention = window.review.attention()
    for page, index in attention.pending():  # the clerk looks at every doubtful field, as read
        window.session.set_state(page, index, FieldState.CONFIRMED)
    window.fields.focus_list()
    errors_left = [f for _, f in doc.all_fields() if any(c.severity == "error" for c in f.checks)]
    if errors_left:  # confirmed as read, an error check stays: that still asks
        window.review.ask_signoff = lambda record: "first"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    if not errors_left:
        assert doc.review.status == ReviewStatus.REVIEWED


def test_a_held_ctrl_enter_signs_off_once_never_the_next_documents(qtbot, journey, make_window, tmp_path):
    # a key held down repeats: in the queue each repeat would sign off (and save) the next document
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window = make_window("demo")
    open_photo_and_run(qtbot, journey, window, tmp_path)
    asked = []
    window.review.ask_signoff = lambda record: asked.append(record) or "signoff"
    target = focused()
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, CTRL, "", True)  # autorepeat
    QApplication.sendEvent(target, repeat)
    QApplication.processEvents()
    assert asked == [] and window.session.document.review.status != ReviewStatus.REVIEWED
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)  # a real press still signs off
    assert len(asked) == 1 and window.session.document.review.status == ReviewStatus.REVIEWED
