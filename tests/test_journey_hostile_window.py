"""Journey: the window against hostile files and faults (issue 10). A save that fails while
closing keeps the window open; a draft that cannot be written is said; a review file naming an
image that is not the one it was made from says so and sends nothing; an invisible character in
a value is shown as a mark."""

from __future__ import annotations

pytest_plugins = ["gui_helpers"]


def _demo_result(qtbot, journey, make_window, sample_image):
    window = make_window("demo")
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    return window


def test_a_save_that_fails_while_closing_keeps_the_window_open(qtbot, journey, make_window, sample_image,
                                                               monkeypatch):
    window = _demo_result(qtbot, journey, make_window, sample_image)
    assert window.session.dirty

    def broken(*_args, **_kwargs):
        raise RecursionError("maximum recursion depth exceeded")  # what a poisoned answer did

    monkeypatch.setattr(window.session, "begin_save", broken)
    window.ask_unsaved = lambda: "save"
    window.close()
    assert window.isVisible()  # still open: the work is not lost
    assert window.session.dirty
    assert "could not be saved" in window.message_bar.text


def test_a_draft_that_cannot_be_written_is_said(qtbot, journey, make_window, sample_image, monkeypatch,
                                                tmp_path):
    window = _demo_result(qtbot, journey, make_window, sample_image)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    window.autosaver.flush()
    journey.wait_io(qtbot, window)
    assert window.autosaver.last_error is not None
    assert "draft" in window.message_bar.text.lower()


def test_a_review_naming_another_image_says_so_and_sends_nothing(qtbot, journey, make_window, sample_image,
                                                                 tmp_path):
    window = _demo_result(qtbot, journey, make_window, sample_image)
    assert window.save(wait=True)
    review = sample_image.with_name(sample_image.name + ".review.json")
    # someone else's scan now sits where the review points (the same name, other bytes)
    sample_image.write_bytes(sample_image.read_bytes() + b"another person's scan")
    window.open_paths([str(review)])
    journey.wait_io(qtbot, window)
    assert window.session.document is not None
    assert "not the file this review was made from" in window.message_bar.text
    sent = window.runner.busy
    window.run_ocr(ask=False)
    assert not window.runner.busy and not sent  # nothing sent
    assert "not the file this review was made from" in window.message_bar.text


def test_an_invisible_character_is_shown_as_a_mark(qtbot, journey, make_window, sample_image):
    from desktop_app.gui.widgets.fields_model import COL_VALUE

    window = _demo_result(qtbot, journey, make_window, sample_image)
    page = window.session.document.pages[0]
    index = next(i for i, f in enumerate(page.fields) if f.value)
    window.session.set_value(0, index, "Som\u202echai")
    model = window.fields.model
    row = next(r for r, f in enumerate(model.fields()) if f is page.fields[index])
    shown = model.data(model.index(row, COL_VALUE))
    assert shown == "Som⟦RLO⟧chai"
    assert "text.invisible" in {c.id for c in page.fields[index].checks}


def _review_of_another_image(qtbot, journey, make_window, sample_image, *, missing: bool):
    """A saved review whose image is then replaced by someone else's scan (or removed), reopened
    in a window that records every image it is asked to decode."""
    window = _demo_result(qtbot, journey, make_window, sample_image)
    assert window.save(wait=True)
    review = sample_image.with_name(sample_image.name + ".review.json")
    if missing:
        sample_image.unlink()
    else:
        sample_image.write_bytes(sample_image.read_bytes() + b"another person's scan")
    window.image_loader.wait(10_000)
    window.pages.strip.wait(10_000)
    decoded: list[str] = []
    window.image_loader.load = lambda path, page=0: decoded.append(path)
    window.full_crops.request = lambda path, page=0: decoded.append(path)
    window.open_paths([str(review)])
    journey.wait_io(qtbot, window)
    return window, decoded


def test_the_image_of_a_review_naming_another_file_is_not_shown(qtbot, journey, make_window, sample_image):
    from desktop_app.gui import i18n

    window, decoded = _review_of_another_image(qtbot, journey, make_window, sample_image, missing=False)
    assert window.session.document is not None
    assert window.fields.model.rowCount() > 0  # the review's own fields are shown
    assert decoded == []  # neither the page nor a crop of the other file
    assert window.canvas.image().isNull()
    assert all(path == "" for path, _page in window.session.page_sources())
    text = window.message_bar.text
    assert "not the file this review was made from" in text and "not shown" in text
    assert "put the original file back" in text  # what to do
    window.select_field(0)
    assert "not shown" in window.fields.magnifier.text()  # not "no position for this field"
    i18n.set_language("th")
    try:
        assert "ไม่แสดง" in hostile_guard_warning(window)
    finally:
        i18n.set_language("en")


def hostile_guard_warning(window) -> str:
    from desktop_app.gui.flows import hostile_guard

    return hostile_guard.source_warning(window.session.source_problems)


def test_a_review_whose_image_is_missing_shows_its_fields_and_no_image(qtbot, journey, make_window,
                                                                       sample_image):
    window, decoded = _review_of_another_image(qtbot, journey, make_window, sample_image, missing=True)
    assert window.fields.model.rowCount() > 0
    assert decoded == [] and window.canvas.image().isNull()
    assert "not the file this review was made from" in window.message_bar.text


def test_a_page_of_a_review_naming_another_file_is_not_sent_again(qtbot, journey, make_window, sample_image):
    window, _decoded = _review_of_another_image(qtbot, journey, make_window, sample_image, missing=False)
    assert not window.pages.rerun_page(0, ask=False)  # Ctrl+Alt+R: nothing sent either
    assert not window.runner.busy
    assert "not the file this review was made from" in window.message_bar.text


def test_a_fifo_dropped_on_the_window_is_refused(qtbot, make_window, tmp_path):
    import os

    fifo = tmp_path / "scan.png"
    os.mkfifo(fifo)
    window = make_window("demo")
    assert not window.open_paths([str(fifo)])
    assert "not a regular file" in window.message_bar.text
    assert not window.session.has_images


def test_a_fifo_in_an_opened_folder_is_listed_as_skipped(tmp_path):
    import os

    from desktop_app.core.skipped import expand_with_skipped

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "scan.png")
    files, skipped = expand_with_skipped([folder])
    assert files == []
    assert [(s.path.name, s.why()) for s in skipped] == [("scan.png",
                                                          "not a regular file (a pipe or a device)")]
