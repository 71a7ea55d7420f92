"""Journey: messages tell the truth.

- An empty file, a kind of file we do not read (named), a damaged image and an unwritable output
  folder each get their own sentence, in English and Thai (the command line and the window).
- The status bar never says "Opened X" beside a bar saying X cannot be read.
- Test connection speaks a clerk's words.
- The log file records each error the clerk was shown (code and sentence), not the file's name.
- With no display: "no display is available", not Qt's "xcb-cursor0 is needed".
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from desktop_app import cli
from desktop_app.core.errors import AppError, describe
from desktop_app.gui.window import app as gui_app
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]


def run(capsys, *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    return status, capsys.readouterr().err


@pytest.mark.parametrize(("name", "content", "code", "words"), [
    ("empty.png", b"", "input.empty", "empty (0 bytes)"),
    ("letter.docx", b"PK\x03\x04" + bytes(100), "input.format", "a Word document (.docx)"),
    ("notes.txt", b"just some text\n" * 20, "input.format", "a text file (.txt)"),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "input.damaged", "a PNG image (.png) but is damaged"),
])
def test_each_bad_file_has_its_own_sentence_on_the_command_line(capsys, tmp_path, name, content, code,
                                                                 words):
    path = tmp_path / name
    path.write_bytes(content)
    status, err = run(capsys, "ocr", str(path), "--provider", "demo", "--out", str(tmp_path / "r.json"))
    assert status == 2
    assert words in err and "may be damaged" not in err.replace("but is damaged", "")
    assert AppError(code).code == code and describe(code).th  # and it has a Thai sentence


def test_an_unwritable_output_folder_is_not_called_a_damaged_image(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    card = samples_dir() / "thai_id_card.png"
    for out_dir in (blocker, blocker / "below"):
        status, err = run(capsys, "ocr", str(card), "--provider", "demo", "--out-dir", str(out_dir))
        assert status == 2
        assert describe("output.unwritable").en in err
        assert "not an image" not in err and "damaged" not in err


def test_the_window_names_the_problem_and_does_not_say_opened(qtbot, journey, make_window, tmp_path):
    window = make_window("demo")
    empty = tmp_path / "photo.jpg"
    empty.write_bytes(b"")
    assert window.open_paths([str(empty)])
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=journey.TIMEOUT_MS)
    assert window.message_bar.code == "input.empty"
    assert "empty" in window.message_bar.text
    assert "Opened" not in window.status_label.text()
    assert "photo.jpg" in window.status_label.text() and "could not be shown" in window.status_label.text()

    word = tmp_path / "letter.docx"
    word.write_bytes(b"PK\x03\x04" + bytes(100))
    window.open_paths([str(word)])
    qtbot.waitUntil(lambda: window.message_bar.code == "input.format", timeout=journey.TIMEOUT_MS)
    assert "a Word document (.docx)" in window.message_bar.text


def test_the_log_records_each_error_shown_without_the_file_name(qtbot, journey, make_window, tmp_path):
    path = gui_app.setup_logging()
    assert path is not None
    logger = logging.getLogger("desktop_app")
    try:
        window = make_window("demo")
        secret_name = tmp_path / "somchai-jaidee-id.jpg"
        secret_name.write_bytes(b"")
        window.open_paths([str(secret_name)])
        qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=journey.TIMEOUT_MS)
        for handler in logger.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "input.empty" in text and describe("input.empty").en in text
        assert "somchai" not in text
    finally:
        for handler in list(logger.handlers):
            if isinstance(handler, logging.FileHandler):
                logger.removeHandler(handler)
                handler.close()


def test_test_connection_speaks_a_clerks_words(qtbot, settings):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog._on_tested(400, None)  # the service said "bad request: no image", and let the key through
    text = dialog.test_result.text()
    assert "accepted the key" in text and "HTTP" not in text and "did not refuse" not in text


def test_no_display_says_so_instead_of_qts_library_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HOME"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "desktop_app"], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 2
    assert "No display is available" in done.stderr and "ไม่มีหน้าจอ" in done.stderr
    assert "xcb-cursor0" not in done.stderr and "Traceback" not in done.stderr
