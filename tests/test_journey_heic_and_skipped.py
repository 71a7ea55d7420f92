"""Journey: iPhone photos (HEIC) open, are listed by the Open dialog and go into a folder batch;
every batch (window and `desktop-app ocr --out-dir`) lists each file it skipped and why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from desktop_app import cli
from desktop_app.core import imageprep, pages
from desktop_app.gui import i18n
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

HEIC = Path(__file__).parent / "fixtures" / "images" / "thai_id_card.heic"  # ImageMagick, from the sample
PROVIDER = "aigen-idcard-v3"


def mixed_folder(folder: Path) -> Path:
    """2 readable documents (a PNG and an iPhone HEIC) and 4 things a batch must say it skipped."""
    folder.mkdir()
    shutil.copyfile(samples_dir() / "thai_id_card.png", folder / "card.png")
    shutil.copyfile(HEIC, folder / "IMG_0001.HEIC")
    (folder / "notes.txt").write_text("not a scan", encoding="utf-8")
    (folder / ".thumbs.png").write_bytes(b"hidden")
    (folder / "older").mkdir()
    (folder / "card.png.review.json").write_text("{}", encoding="utf-8")
    return folder


def test_a_heic_photo_is_read_and_sent_as_jpeg():
    prepared = imageprep.prepare(HEIC)
    assert prepared.mime == "image/jpeg"
    assert (prepared.original_width, prepared.original_height) == (1600, 1010)
    assert pages.is_supported(Path("IMG_0001.HEIC")) and pages.page_count(HEIC) == 1


def test_the_open_dialog_lists_heic_in_both_cases():
    patterns = pages.open_patterns().split()
    for suffix in pages.SUFFIXES:
        assert f"*{suffix}" in patterns and f"*{suffix.upper()}" in patterns
    assert "*.heic" in patterns and "*.HEIC" in patterns and "*.gif" in patterns
    assert "*.heic" in i18n.tr("Images, PDFs and review files ({patterns});;All files (*)").format(
        patterns=pages.open_patterns())


def test_cli_batch_lists_every_skipped_file(capsys, tmp_path, monkeypatch):
    from desktop_app.standin import StandIn

    monkeypatch.setenv("AIGEN_API_KEY", "test-key")
    folder = mixed_folder(tmp_path / "in")
    with StandIn() as standin:
        status = cli.main(["ocr", str(folder), "--provider", PROVIDER, "--endpoint",
                           standin.endpoint(PROVIDER), "--out-dir", str(tmp_path / "out")])
        sent = len(standin.requests)
    out, err = capsys.readouterr()
    assert status == 0, err
    assert sent == 2  # the HEIC went too
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "IMG_0001.HEIC.review.json", "batch-summary.csv", "card.png.review.json"]
    skipped = [line for line in out.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 4
    text = "\n".join(skipped)
    assert "notes.txt: not an image or PDF this program reads (.txt)" in text
    assert ".thumbs.png: a hidden file" in text and "older: a folder inside" in text
    assert "card.png.review.json: a review file" in text
    assert "4 files skipped" in err


def test_window_opens_a_heic_photo_and_reads_it(qtbot, journey, make_window, settings, standin, tmp_path):
    journey.use_standin(settings, standin, PROVIDER)
    photo = tmp_path / "IMG_0001.HEIC"
    shutil.copyfile(HEIC, photo)
    window = make_window(PROVIDER)
    window.open_paths([str(photo)])
    journey.wait_for_image(qtbot, window)
    assert not window.message_bar.isVisible(), window.message_bar.text  # not "may be damaged"
    assert (window.canvas.page_size().width(), window.canvas.page_size().height()) == (1600, 1010)
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    doc = window.session.document
    assert doc is not None and doc.pages[0].field("id_number") is not None


@pytest.mark.parametrize("language", ["en", "th"])
def test_window_queue_says_what_it_skipped(qtbot, journey, make_window, settings, tmp_path, language):
    settings.language = language
    folder = mixed_folder(tmp_path / "in")
    window = make_window("demo")
    shown: list[str] = []  # every message the bar showed (the first document's opening clears it)
    real = window.message_bar.show_message
    window.message_bar.show_message = lambda text, *a, **k: (shown.append(text), real(text, *a, **k))
    width_asked = window.batch.panel.sizeHint().width()  # the queue's rows and buttons, no note
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: len(window.batch.runner.entries) == 2, timeout=journey.TIMEOUT_MS)
    assert [s.path.name for s in window.batch.skipped] == [".thumbs.png", "card.png.review.json",
                                                           "notes.txt", "older"]
    said = ("ไม่ได้เพิ่มเข้าคิว" if language == "th" else "were not added to the queue")
    (text,) = [t for t in shown if said in t]
    for name in (".thumbs.png", "card.png.review.json", "notes.txt", "older"):
        assert name in text
    # and it stays said under the queue's list, after the first document has opened
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
    note = window.batch.panel.findChild(QLabel, "SkippedNote")
    assert note is not None and note.isVisible() and note.text() == text
    # its long lines wrap: the queue does not ask for more of the window's width, which it took
    # from the page (at 1366x768 the image was left ~115 px wide)
    assert window.batch.panel.sizeHint().width() <= width_asked


def test_a_folder_with_nothing_to_read_says_why_for_each_file(qtbot, journey, make_window, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a scan", encoding="utf-8")
    (folder / "scan.docx").write_bytes(b"PK")
    window = make_window("demo")
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=journey.TIMEOUT_MS)
    journey.wait_io(qtbot, window)
    text = window.message_bar.text
    assert window.message_bar.kind == "error" and window.message_bar.code == "input.not_found"
    assert "notes.txt: not an image or PDF this program reads (.txt)" in text
    assert "scan.docx: not an image or PDF this program reads (.docx)" in text
    assert window.batch.runner.entries == {}


def test_files_that_do_not_pair_still_say_why_the_others_were_left_out(qtbot, journey, make_window,
                                                                         settings, tmp_path):
    """A two-sided service and three scans: they do not pair, and the note under that error still
    says why the fourth file was left out (it may be the side that is missing)."""
    from PIL import Image

    folder = tmp_path / "sides"
    folder.mkdir()
    for name in ("1-front.png", "1-back.png", "2-front.png"):
        Image.new("RGB", (400, 300), "white").save(folder / name)
    (folder / "2-back.txt").write_text("not a scan", encoding="utf-8")
    window = make_window("cvvn-vehicle-registrations")
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=journey.TIMEOUT_MS)
    journey.wait_io(qtbot, window)
    assert window.message_bar.kind == "error" and window.message_bar.code == "input.image_count"
    assert "2-back.txt: not an image or PDF this program reads (.txt)" in window.message_bar.text


def test_a_long_skipped_name_does_not_widen_the_queue(qtbot, make_window, tmp_path):
    """A file name with no space to wrap at (review found it: 463 px) is cut at the note's edge,
    not let to widen the queue dock; the note's tooltip and the message bar say it whole."""
    from desktop_app.core.skipped import Skipped
    from desktop_app.gui.flows.skipped_note import NOTE_NAME, say_skipped

    window = make_window("demo")
    panel = window.batch.panel
    width_asked = panel.sizeHint().width()
    name = "Scan_2024-11-03_passport_front_of_the_applicant_as_taken_at_the_counter.review.json"
    say_skipped(window.message_bar, panel, [Skipped(tmp_path / name, "review")])
    note = panel.findChild(QLabel, NOTE_NAME)
    assert name in note.text() and name in note.toolTip()
    assert panel.sizeHint().width() <= width_asked
    assert panel.minimumSizeHint().width() <= width_asked
