"""Work put off to a later turn of the event loop, after the paints the current work caused.

`QTimer.singleShot(0, ...)` is a posted call, and Qt (its glib dispatcher) runs timers only once
every posted event is handled: a chain of 0 ms calls and the repaints they post (a folder's rows
in chunks, the auto-opened document and its field list) ran as one stall, the heartbeat and the
clerk's timers starved between them (issue 12: two or three 4 ms row chunks in one gap of a
folder of 5,000). A 1 ms timer is a timer like the others: the loop turns before it runs.

One timer runs one piece at a time: Qt fires every timer that is due in one pass, so two pieces
each on its own 1 ms timer (a folder's row chunk and the auto-open, put off in the same turn) ran
back to back, one stall (issue 12). In one queue, each piece has a turn of the loop to itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from shiboken6 import isValid

TURN_MS = 1  # the shortest timer: a turn of the event loop, not a pace


class _Turns:
    """The pieces put off, first in first out, one per firing of one timer."""

    def __init__(self) -> None:
        self.pieces: deque[tuple[QObject, Callable[[], object]]] = deque()
        self.timer: QTimer | None = None

    def add(self, receiver: QObject, work: Callable[[], object]) -> None:
        self.pieces.append((receiver, work))
        timer = self.timer
        if timer is None or not isValid(timer):
            timer = self.timer = QTimer()
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(TURN_MS)
            timer.timeout.connect(self.run_one)
        if not timer.isActive():
            timer.start()

    def run_one(self) -> None:
        while self.pieces:
            receiver, work = self.pieces.popleft()
            if isValid(receiver):  # dropped when its receiver is gone, as QTimer.singleShot does
                try:
                    work()
                finally:
                    if not self.pieces and self.timer is not None:
                        self.timer.stop()
                return
        if self.timer is not None:
            self.timer.stop()


_TURNS = _Turns()


def after_paint(receiver: QObject, work: Callable[[], object]) -> None:
    """Run `work` in a later turn of the event loop, one piece per turn in the order asked
    (dropped if `receiver` is destroyed first)."""
    _TURNS.add(receiver, work)


def pending() -> int:
    """How many pieces wait for a turn (for tests)."""
    return len(_TURNS.pieces)
