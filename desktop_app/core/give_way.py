"""Background work that steps aside while the window is busy with what the clerk is waiting for.

The queue's threads and the window share one interpreter lock and, on an office laptop, two
cores. While the window brings up a document (its page, boxes, field list and their paint:
~10 ms of the GUI thread), a batch's threads parsing answers and running checks stretched those
turns 2-3x (issue 12: GUI ran 8-13 ms of a 20-28 ms stall, the rest waiting for the lock or a core).
So the window says when it is busy (`busy(who)` ... `done(who)`: busy while anyone holds it, each
holder counted once), and a batch thread, before each step
of its own work (reading a file for a request, reading an answer), waits until it is done, never
longer than `longest` seconds: a window that never says done only slows the queue, it cannot stop
it. A step already running is not interrupted. The command line has no window and no GiveWay.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

LONGEST_SECONDS = 0.25
_LOOK_SECONDS = 0.01  # how often a waiting step looks at its cancel token


class Cancellable(Protocol):
    @property
    def cancelled(self) -> bool: ...


class GiveWay:
    """Set by the GUI thread, waited on by background threads. Thread-safe."""

    def __init__(self, longest: float = LONGEST_SECONDS) -> None:
        self.longest = max(0.0, float(longest))
        self._clear = threading.Event()
        self._clear.set()
        self._lock = threading.Lock()
        self._holders: set[int] = set()  # id() of each part of the window that is busy now
        self.waits = 0  # how many times a thread found the window busy (tests, support)

    @property
    def busy_now(self) -> bool:
        return not self._clear.is_set()

    def busy(self, who: object = None) -> None:
        """`who` is busy (again: no matter); background steps wait until every holder is done."""
        with self._lock:
            self._holders.add(id(who))
            self._clear.clear()

    def done(self, who: object = None) -> None:
        with self._lock:
            self._holders.discard(id(who))
            if not self._holders:
                self._clear.set()

    def holds(self, who: object = None) -> bool:
        return id(who) in self._holders

    def wait(self, cancel: Cancellable | None = None) -> bool:
        """Before a step of background work: True if it had to wait (the window was busy). Ends
        within `_LOOK_SECONDS` of `cancel` being cancelled (Cancel Queue works at once)."""
        if self._clear.is_set():
            return False
        with self._lock:
            self.waits += 1
        deadline = time.monotonic() + self.longest
        while not self._clear.wait(max(0.0, min(_LOOK_SECONDS, deadline - time.monotonic()))):
            if (cancel is not None and cancel.cancelled) or time.monotonic() >= deadline:
                break
        return True
