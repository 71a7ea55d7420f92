"""Journey: the queue never spends money or writes a review file behind the clerk's back, and never
loses what it read.

- Opening a folder with a paid service asks first, with how many requests will be sent and how
  many answers are already stored (free); No sends nothing.
- The README's "... Ctrl+Enter, Ctrl+S" in the queue: Ctrl+Enter signs off, saves and opens the next
  document; the Ctrl+S that follows writes no review file for that untouched next document.
- Ctrl+Q with documents read and not saved asks, and each of them is kept as a draft.
"""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core import drafts, reviewfile
from desktop_app.gui.workers.batch_runner import EntryState
from desktop_app.resources import samples_dir
from desktop_app.standin.server import StandIn

pytest_plugins = ["gui_helpers"]

PROVIDER = "aigen-idcard-v3"
CTRL = Qt.KeyboardModifier.ControlModifier


def cards(folder, count: int):
    folder.mkdir()
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        card = card.convert("RGB")
        for n in range(count):
            image = card.copy()
            image.putpixel((n, 0), (n, 200, 9))
            image.save(folder / f"card-{n}.png")
    return folder


def press(qtbot, window, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), k, modifiers)


def test_a_paid_folder_asks_first_with_requests_and_stored_answers(qtbot, journey, make_window, settings,
                                                                   tmp_path):
    folder = cards(tmp_path / "scans", 3)
    with StandIn() as standin:
        journey.use_standin(settings, standin, PROVIDER)
        window = make_window(PROVIDER)
        asked = []
        window.batch.guard.ask_send = lambda cost: asked.append(cost) or False
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: bool(asked), timeout=journey.TIMEOUT_MS)
        assert (asked[0].requests, asked[0].stored, asked[0].to_send) == (3, 0, 3)
        journey.wait_io(qtbot, window)
        assert standin.requests == [] and window.batch.runner.entries == {}  # No: nothing sent
        assert window.status_label.text() == "Nothing was sent."

        window.batch.guard.ask_send = lambda cost: asked.append(cost) or True
        window.open_paths([str(folder)])
        runner = window.batch.runner
        qtbot.waitUntil(lambda: len(runner.entries) == 3 and not runner.running, timeout=journey.TIMEOUT_MS)
        assert len(standin.requests) == 3

        # the same folder again: every answer is stored, nothing to pay, nothing asked
        window.batch.guard.ask_send = lambda cost: asked.append(cost) or True
        before = len(asked)
        window.ask_unsaved = lambda: "discard"
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: len(runner.entries) == 6 and not runner.running, timeout=journey.TIMEOUT_MS)
        assert len(asked) == before and len(standin.requests) == 3


def test_the_readme_flow_in_the_queue_writes_no_review_for_the_next_document(qtbot, journey, make_window,
                                                                              settings, tmp_path):
    folder = cards(tmp_path / "scans", 3)
    with StandIn() as standin:
        journey.use_standin(settings, standin, PROVIDER)
        window = make_window(PROVIDER)
        window.batch.guard.ask_send = lambda cost: True
        window.review.ask_signoff = lambda record: "signoff"
        runner = window.batch.runner
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: len(runner.entries) == 3 and not runner.running, timeout=journey.TIMEOUT_MS)
        qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
        journey.wait_for_image(qtbot, window)
        first = window.session.image_paths[0]
        window.fields.focus_list()
        press(qtbot, window, Qt.Key.Key_Return, CTRL)  # sign off: saved, and the next one opens
        qtbot.waitUntil(lambda: window.session.image_paths[0] != first, timeout=journey.TIMEOUT_MS)
        journey.wait_io(qtbot, window)
        nxt = window.session.image_paths[0]
        assert reviewfile.review_path_for(first).exists()
        press(qtbot, window, Qt.Key.Key_S, CTRL)  # ... Ctrl+S, as the README's flow ends
        journey.wait_io(qtbot, window)
        assert not reviewfile.review_path_for(nxt).exists(), "Ctrl+S wrote a review nobody worked on"
        assert "not worked on" in window.status_label.text()
        # once the clerk works on it, Ctrl+S saves it
        window.fields.edit_current_value("ทดสอบ")
        press(qtbot, window, Qt.Key.Key_S, CTRL)
        journey.wait_io(qtbot, window)
        assert reviewfile.review_path_for(nxt).exists()


def test_ctrl_q_with_unsaved_queue_documents_asks_and_drafts_each(qtbot, journey, make_window, settings,
                                                                   tmp_path):
    folder = cards(tmp_path / "scans", 4)
    with StandIn() as standin:
        journey.use_standin(settings, standin, PROVIDER)
        window = make_window(PROVIDER)
        window.batch.guard.ask_send = lambda cost: True
        runner = window.batch.runner
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: len(runner.entries) == 4 and not runner.running, timeout=journey.TIMEOUT_MS)
        qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
        assert all(e.state in (EntryState.DONE, EntryState.IN_REVIEW) for e in runner.entries.values())
        asked = []
        window.batch.guard.ask_quit = lambda n: asked.append(n) or False  # Cancel: stay
        press(qtbot, window, Qt.Key.Key_Q, CTRL)
        assert asked == [4] and window.isVisible() and drafts.list_drafts() == []
        window.batch.guard.ask_quit = lambda n: asked.append(n) or True
        press(qtbot, window, Qt.Key.Key_Q, CTRL)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=journey.TIMEOUT_MS)
        assert asked == [4, 4]
        kept = drafts.list_drafts()
        assert sorted(info.title for info in kept) == [f"card-{n}.png" for n in range(4)]
        assert all(info.review_path and info.review_path.endswith(".review.json") for info in kept)
