"""Journey: closing, opening another document or quitting with unsaved changes asks first;
Cancel keeps everything, Save saves, Discard goes on. Nothing typed is lost silently."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from desktop_app.core import reviewfile

pytest_plugins = ["gui_helpers"]


def _reviewed_window(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    return window


def test_close_asks_and_cancel_keeps_the_window(qtbot, journey, make_window, settings, standin, sample_image):
    window = _reviewed_window(qtbot, journey, make_window, settings, standin, sample_image)
    asked: list[str] = []
    window.ask_unsaved = lambda: asked.append("asked") or "cancel"
    assert not window.close()  # refused
    assert asked == ["asked"] and window.isVisible()
    assert window.session.document is not None and window.session.dirty


def test_text_typed_but_not_committed_is_saved_on_close(
        qtbot, journey, make_window, settings, standin, sample_image):
    window = _reviewed_window(qtbot, journey, make_window, settings, standin, sample_image)
    window.save()  # the OCR result is saved: nothing unsaved
    journey.wait_io(qtbot, window)
    assert not window.isWindowModified()
    window.select_field(1)
    edit = window.fields.value_edit
    edit.setFocus()
    edit.selectAll()
    journey.ime_type(edit, "พิมพ์ค้างไว้")  # typed, never committed with Return or focus change
    assert window.isWindowModified()
    window.ask_unsaved = lambda: "save"
    assert window.close()
    saved = reviewfile.load(sample_image.with_name(sample_image.name + ".review.json"))
    assert saved.pages[0].fields[1].value == "พิมพ์ค้างไว้"
    assert saved.pages[0].fields[1].history[-1].new == "พิมพ์ค้างไว้"


def test_opening_another_document_asks_and_discard_goes_on(
        qtbot, journey, make_window, settings, standin, sample_image, tmp_path):
    window = _reviewed_window(qtbot, journey, make_window, settings, standin, sample_image)
    other = tmp_path / "other.png"
    shutil.copyfile(sample_image, other)
    window.ask_unsaved = lambda: "cancel"
    assert not window.open_paths([str(other)])
    assert window.session.image_paths[0].name == sample_image.name and window.session.document is not None
    window.ask_unsaved = lambda: "discard"
    assert window.open_paths([str(other)])
    assert window.session.image_paths[0].name == "other.png" and window.session.document is None
    assert not window.isWindowModified()
    assert not sample_image.with_name(sample_image.name + ".review.json").exists()


def test_quit_shortcut_with_save_writes_the_review_file(
        qtbot, journey, make_window, settings, standin, sample_image):
    window = _reviewed_window(qtbot, journey, make_window, settings, standin, sample_image)
    window.select_field(0)
    window.fields.edit_current_value("แก้ไข")
    answers = iter(["save"])
    window.ask_unsaved = lambda: next(answers)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    doc = reviewfile.load(sample_image.with_name(sample_image.name + ".review.json"))
    assert doc.pages[0].fields[0].value == "แก้ไข"


def test_no_question_without_changes(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])  # only an image: nothing to lose
    assert not window.isWindowModified()
    assert window.close()  # ask_unsaved would raise UnexpectedQuestion
