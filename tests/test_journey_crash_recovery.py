"""Journey: a window killed mid-review (SIGKILL, no chance to clean up) loses nothing. The draft
it autosaved is offered at the next start, in the same data folder, and restoring it gives the
edited value back; saving the review removes the draft."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core import drafts
from desktop_app.core.model import FieldState
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

EDITED = "แก้ก่อนเครื่องดับ"

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from desktop_app.core import drafts
    from desktop_app.gui.window.main_window import MainWindow
    from desktop_app.gui.state.settings import Settings

    def wait(condition, ms=30000):
        waited = 0
        while not condition():
            QTest.qWait(20)
            waited += 20
            if waited > ms:
                print("TIMEOUT", flush=True)
                sys.exit(3)

    window = MainWindow(Settings(sys.argv[1]), "demo")
    window.show()
    window.open_paths([sys.argv[2]])
    window.run_ocr(ask=False)
    wait(lambda: window.session.document is not None)
    window.select_field(0)
    window.fields.edit_current_value(sys.argv[3])
    wait(lambda: window.autosaver.writes >= 1 and window.io.idle)
    print("DRAFT", window.autosaver.draft_id, flush=True)
    QTest.qWait(600_000)  # killed long before this
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_mid_review_restores_its_draft(qtbot, journey, make_window, tmp_path, isolated_dirs):
    image = tmp_path / "vehicle_book.png"
    shutil.copyfile(samples_dir() / "vehicle_book.png", image)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "child.ini"), str(image), EDITED],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                             cwd=Path(__file__).resolve().parent.parent)
    try:
        line = ""
        deadline = time.monotonic() + 60
        while not line.startswith(("DRAFT", "TIMEOUT")) and time.monotonic() < deadline:
            line = child.stdout.readline() or line
            if child.poll() is not None and not line:
                break
        assert line.startswith("DRAFT"), (line, child.stderr.read() if child.poll() is not None else "")
        draft_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)  # reaped: its pid is no longer alive
    assert child.returncode == -signal.SIGKILL

    path = drafts.drafts_dir() / f"{draft_id}{drafts.SUFFIX}"
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # personal data: the user's only
    assert [info.id for info in drafts.orphaned_drafts()] == [draft_id]

    # the next start, same data folder: offered, restored, the edited value is back
    window = make_window("demo")
    offered: list[list[str]] = []
    window.ask_restore = lambda infos: offered.append([i.title for i in infos]) or {
        i.id: "restore" for i in infos}
    window.offer_drafts()
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
    assert offered == [["vehicle_book.png"]]
    field = window.session.document.pages[0].fields[0]
    assert field.value == EDITED and field.state == FieldState.CORRECTED
    assert window.session.dirty and window.isWindowModified()  # restored work is unsaved work
    journey.wait_for_image(qtbot, window)
    window.grab().save(str(tmp_path / "restored.png"))

    # saving it removes the draft (the same draft: no second copy was made meanwhile)
    assert window.save(wait=True)
    journey.wait_io(qtbot, window)
    assert not path.exists() and drafts.list_drafts() == []
    assert image.with_name(image.name + ".review.json").exists()


def test_discard_and_later(qtbot, journey, make_window, standin, settings, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    window.select_field(0)
    window.fields.edit_current_value("x")
    window.autosaver.flush()
    journey.wait_io(qtbot, window)
    (mine,) = drafts.list_drafts()
    assert mine.live  # this window owns it: never offered to itself
    assert drafts.orphaned_drafts() == []
    # two drafts of "crashed" windows (a pid that does not run)
    document = window.session.document
    for draft_id in ("aaa", "bbb"):
        drafts.save_draft(document, draft_id)
        text = (drafts.drafts_dir() / f"{draft_id}.draft.json").read_text(encoding="utf-8")
        (drafts.drafts_dir() / f"{draft_id}.draft.json").write_text(
            text.replace(f'"pid": {os.getpid()}', '"pid": 999999999'), encoding="utf-8")
    window.ask_restore = lambda infos: {"aaa": "discard", "bbb": "later"}
    window.offer_drafts()
    journey.wait_io(qtbot, window)
    ids = sorted(info.id for info in drafts.list_drafts())
    assert ids == sorted(["bbb", mine.id])
    # the clerk discards the open document: its draft goes too
    window.ask_unsaved = lambda: "discard"
    window.session.close() if window.maybe_keep_changes() else None
    journey.wait_io(qtbot, window)
    assert [info.id for info in drafts.list_drafts()] == ["bbb"]


def test_the_start_paints_first_then_offers_drafts_and_opens_the_files_given(
        qtbot, journey, make_window, settings, sample_image, monkeypatch):
    """`desktop-app FILE`: the window is painted before the drafts a crash left are offered and the
    file is opened (issue 12: start to mapped window); both still happen."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.window import app as gui_app
    from desktop_app.gui.window.main_window import MainWindow

    window = make_window("demo")  # a window that crashed with an unsaved review
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    drafts.save_draft(window.session.document, "crashed")
    text = (drafts.drafts_dir() / "crashed.draft.json").read_text(encoding="utf-8")
    (drafts.drafts_dir() / "crashed.draft.json").write_text(
        text.replace(f'"pid": {os.getpid()}', '"pid": 999999999'), encoding="utf-8")

    events: list[str] = []
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, infos: events.append(
        f"offered painted={self.start.painted}") or {i.id: "later" for i in infos})
    real_open = MainWindow.open_paths
    monkeypatch.setattr(MainWindow, "open_paths", lambda self, paths: events.append(
        f"opened painted={self.start.painted}") or real_open(self, paths))

    def exec_(_app) -> int:
        started = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w is not window)
        assert events == []  # shown, but nothing of the start's other work yet
        qtbot.waitUntil(lambda: len(events) == 2, timeout=journey.TIMEOUT_MS)
        journey.wait_for_image(qtbot, started)
        journey.wait_io(qtbot, started)
        started.ask_unsaved = lambda: "discard"
        started.close()
        started.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert gui_app.run([str(sample_image)], "demo") == 0
    # the offer is asked once its IO-worker read is back: after the open has begun
    assert sorted(events) == ["offered painted=True", "opened painted=True"]
