"""Work put off to a later turn of the event loop, after the paints the current work caused.

`QTimer.singleShot(0, ...)` is a posted call, and Qt (its glib dispatcher) runs timers only once
every posted event is handled: a chain of 0 ms calls and the repaints they post (a folder's rows
in chunks, the auto-opened document and its field list) ran as one stall, the heartbeat and the
clerk's timers starved between them (issue 12: two or three 4 ms row chunks in one gap of a
folder of 5,000). A 1 ms timer is a timer like the others: the loop turns before it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TURN_MS = 1  # the shortest timer: a turn of the event loop, not a pace


def after_paint(receiver: QObject, work: Callable[[], object]) -> None:
    """Run `work` in a later turn of the event loop (dropped if `receiver` is destroyed first)."""
    QTimer.singleShot(TURN_MS, receiver, work)
