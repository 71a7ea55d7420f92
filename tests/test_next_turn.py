"""Issue 12: work put off to a later turn of the event loop (gui/workers/next_turn.py) runs one
piece per turn, in the order asked: Qt fires every due timer in one pass, so a folder's row chunk
and the auto-open, each on its own 1 ms timer, ran back to back as one stall."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from desktop_app.gui.workers import next_turn


def test_pieces_put_off_together_run_one_per_turn(qtbot):
    ran: list[str] = []
    owner = QObject()
    next_turn.after_paint(owner, lambda: ran.append("rows"))
    next_turn.after_paint(owner, lambda: ran.append("open"))
    next_turn._TURNS.run_one()  # one firing of the timer
    assert ran == ["rows"]
    qtbot.waitUntil(lambda: ran == ["rows", "open"])


def test_a_piece_whose_receiver_is_gone_is_dropped(qtbot):
    ran: list[str] = []
    gone, kept = QObject(), QObject()
    next_turn.after_paint(gone, lambda: ran.append("gone"))
    next_turn.after_paint(kept, lambda: ran.append("kept"))
    shiboken6.delete(gone)
    qtbot.waitUntil(lambda: ran == ["kept"])
    assert next_turn.pending() == 0
