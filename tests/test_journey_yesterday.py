"""Journey: yesterday's work is visible. An image with a review file beside it opens that review
(fields, states, history, status); replacing a signed-off review names it (by whom, when) and
Cancel is the default. Driven by keys; the replace question is the real box, answered with Enter."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import reviewfile
from desktop_app.core.model import FieldState, ReviewStatus

pytest_plugins = ["gui_helpers"]

CTRL = Qt.KeyboardModifier.ControlModifier
REVIEWER = "สมหญิง รักงาน"


def press(qtbot, window, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def ocr_and_edit(qtbot, journey, make_window, image, value: str):
    """A demo window that opened `image`, read it and has `value` typed into its first field."""
    window = make_window("demo")
    window.open_paths([str(image)])
    journey.wait_io(qtbot, window)
    journey.run_and_wait(qtbot, window)
    window.select_field(0)
    window.fields.edit_current_value(value)
    return window


def signed_off_yesterday(qtbot, journey, make_window, settings, sample_image):
    settings.reviewer = REVIEWER
    window = ocr_and_edit(qtbot, journey, make_window, sample_image, "แก้เมื่อวาน")
    window.review.ask_signoff = lambda record: "signoff"
    window.fields.focus_list()
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    target = reviewfile.review_path_for(sample_image)
    assert reviewfile.load(target).review.status == ReviewStatus.REVIEWED
    window.close()
    return target


def test_opening_the_image_opens_its_review(qtbot, journey, make_window, settings, sample_image):
    target = signed_off_yesterday(qtbot, journey, make_window, settings, sample_image)
    window = make_window("demo")  # the next morning
    window.open_paths([str(sample_image)])
    journey.wait_io(qtbot, window)
    doc = window.session.document
    assert doc is not None, "the image opened blank: yesterday's review is not shown"
    assert window.session.review_path == target
    assert doc.review.status == ReviewStatus.REVIEWED
    first = doc.pages[0].fields[0]
    assert first.value == "แก้เมื่อวาน" and first.state == FieldState.CORRECTED and first.history
    assert "saved review" in window.status_label.text()


def test_replacing_a_signed_off_review_names_it_and_cancel_is_the_default(qtbot, journey, make_window,
                                                                           settings, sample_image):
    target = signed_off_yesterday(qtbot, journey, make_window, settings, sample_image)
    before = target.read_bytes()
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.wait_io(qtbot, window)
    window.ask_rerun = lambda: True  # Ctrl+R again over the review: a fresh result
    journey.run_and_wait(qtbot, window)
    window.ask_replace_signed = lambda path, signed: type(window).ask_replace_signed(window, path, signed)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        box.activateWindow()
        qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
        seen.append(box.text())
        seen.append(box.defaultButton().text())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the default

    QTimer.singleShot(0, answer)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    assert seen, "the signed-off review was replaced without a word"
    assert REVIEWER in seen[0] and "signed off" in seen[0] and target.name in seen[0]
    assert seen[1] == "Cancel"
    assert target.read_bytes() == before  # Enter kept it
    assert window.session.dirty and "kept" in window.status_label.text()


def test_a_review_of_another_scan_under_the_same_name_is_not_opened(qtbot, journey, make_window, settings,
                                                                     sample_image):
    from PIL import Image

    target = signed_off_yesterday(qtbot, journey, make_window, settings, sample_image)
    before = target.read_bytes()
    with Image.open(sample_image) as image:  # today's scan, saved under yesterday's name
        image = image.convert("RGB")
        image.putpixel((0, 0), (1, 2, 3))
        image.save(sample_image)
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.wait_io(qtbot, window)
    assert window.session.document is None and window.session.image_paths == [sample_image]
    assert window.message_bar.code == "review.other_image"
    journey.run_and_wait(qtbot, window)
    window.ask_save_path = lambda _default: ""  # Save goes to Save As; the clerk cancels
    assert not window.save(wait=True)
    assert target.read_bytes() == before  # yesterday's review of the other scan is kept


def test_ctrl_s_over_a_signed_off_review_does_not_hold_the_window_while_it_is_read(
        qtbot, journey, make_window, settings, sample_image, monkeypatch):
    """Who signed the file off is read on the IO worker while the window goes on turning (issue
    12: the window waited for a whole load of a big review); the question follows."""
    import threading

    from desktop_app.gui.flows import yesterday

    target = signed_off_yesterday(qtbot, journey, make_window, settings, sample_image)
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.wait_io(qtbot, window)
    window.ask_rerun = lambda: True
    journey.run_and_wait(qtbot, window)
    asked: list[str] = []
    window.ask_replace_signed = lambda path, signed: asked.append(signed.by) or False
    release = threading.Event()
    released: list[bool] = []
    reader = yesterday.signoff_at

    def slow_read(path):
        released.append(release.wait(10))  # the window lets go of it only once its key returned
        return reader(path)

    monkeypatch.setattr(yesterday, "signoff_at", slow_read)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not asked  # (the key returned before the file was read)
    release.set()
    journey.wait_io(qtbot, window)
    assert released == [True] and asked == [REVIEWER]
    assert reviewfile.load(target).review.status == ReviewStatus.REVIEWED  # kept: Cancel



def _ctrl_s_over_a_review_saved_meanwhile(qtbot, journey, make_window, sample_image, monkeypatch,
                                          between=None):
    """The clerk ran OCR on a bare image; meanwhile a review of it was saved beside it; Ctrl+S and
    the clerk agrees to replace it. Returns the review files read, by name."""
    target = reviewfile.review_path_for(sample_image)
    window = ocr_and_edit(qtbot, journey, make_window, sample_image, "แก้วันนี้")
    reviewfile.save(window.session.document, target)  # by another window
    asked: list[str] = []
    window.ask_overwrite = lambda path: asked.append(str(path)) or (between() if between else None) or True
    reads: list[str] = []
    load = reviewfile.load
    monkeypatch.setattr(reviewfile, "load", lambda path: reads.append(str(path)) or load(path))
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    assert asked == [str(target)]
    return target, reads, window


def test_ctrl_s_reads_the_review_it_replaces_once(qtbot, journey, make_window, sample_image, monkeypatch):
    target, reads, window = _ctrl_s_over_a_review_saved_meanwhile(qtbot, journey, make_window, sample_image,
                                                                  monkeypatch)
    assert reads == [str(target)]  # the sign-off probe; the save knew the file it had read whole
    assert not window.session.dirty and reviewfile.load(target).pages[0].fields[0].value == "แก้วันนี้"


def test_a_review_replaced_while_the_question_was_open_is_read_again(qtbot, journey, make_window,
                                                                    sample_image, monkeypatch):
    target = reviewfile.review_path_for(sample_image)

    def newer_file_meanwhile() -> None:
        text = target.read_text(encoding="utf-8").replace('"version": 2', '"version": 99', 1)
        (target.parent / "other.json").write_text(text, encoding="utf-8")
        os.replace(target.parent / "other.json", target)  # another program wrote a newer file

    _target, reads, window = _ctrl_s_over_a_review_saved_meanwhile(
        qtbot, journey, make_window, sample_image, monkeypatch, between=newer_file_meanwhile)
    assert reads == [str(target), str(target)]
    assert window.session.dirty and window.message_bar.code == "file.newer"  # never written over


def test_ctrl_s_pressed_twice_over_a_review_asks_once(qtbot, journey, make_window, sample_image):
    """A hurried clerk presses Ctrl+S twice before the window knew who signed the old review off:
    one question, one save (the second press waits for the first's)."""
    target = reviewfile.review_path_for(sample_image)
    window = ocr_and_edit(qtbot, journey, make_window, sample_image, "แก้สองครั้ง")
    reviewfile.save(window.session.document, target)  # by another window
    asked: list[str] = []
    window.ask_overwrite = lambda path: asked.append(str(path)) or True
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    journey.wait_io(qtbot, window)
    assert asked == [str(target)]
    assert not window.session.dirty and reviewfile.load(target).pages[0].fields[0].value == "แก้สองครั้ง"
