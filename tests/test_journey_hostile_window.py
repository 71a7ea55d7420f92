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
    from desktop_app.gui.fields_model import COL_VALUE

    window = _demo_result(qtbot, journey, make_window, sample_image)
    page = window.session.document.pages[0]
    index = next(i for i, f in enumerate(page.fields) if f.value)
    window.session.set_value(0, index, "Som\u202echai", "clerk")
    model = window.fields.model
    row = next(r for r, f in enumerate(model.fields()) if f is page.fields[index])
    shown = model.data(model.index(row, COL_VALUE))
    assert shown == "Som⟦RLO⟧chai"
    assert "text.invisible" in {c.id for c in page.fields[index].checks}
