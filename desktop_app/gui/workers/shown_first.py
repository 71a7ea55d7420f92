"""The page the clerk looks at is decoded before the page strip's thumbnails (issue 12: opening a
20-page PDF). Each decode takes a core; with the page and the thumbnails decoded side by side on
a two-core machine, the GUI thread waited for a core (and for the GIL behind two workers) while
the page came up. The thumbnails now wait for their turn between pages, never inside one.

`SHOWN_FIRST.expect(key)` in the GUI thread when a page is asked for (before its job can start,
so a thumbnail worker that starts next sees it), `done(key)` on the worker when its decode ended,
`forget()` when every page asked for was dropped (the job may then never run). The strip's worker
calls `wait_turn(cancelled)` before each thumbnail; it waits at most `WAIT_AT_MOST` seconds a
thumbnail, so nothing here can hold the strip for good. Plain Python, any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

WAIT_AT_MOST = 5.0  # seconds, a bound (a page decode that never reports), never a pace
_STEP = 0.05  # how often a waiting thumbnail looks at its job's cancellation


class ShownFirst:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pages: set[object] = set()
        self.waiting = 0  # thumbnail workers waiting now (for tests)

    def expect(self, key: object) -> None:
        with self._cond:
            self._pages.add(key)

    def done(self, key: object) -> None:
        with self._cond:
            self._pages.discard(key)
            self._cond.notify_all()

    def forget(self) -> None:
        with self._cond:
            self._pages.clear()
            self._cond.notify_all()

    def wait_turn(self, cancelled: Callable[[], bool] = lambda: False) -> None:
        """Return once no page the clerk asked for is being decoded (or the job was cancelled)."""
        with self._cond:
            if not self._pages:
                return
            self.waiting += 1
            try:
                left = WAIT_AT_MOST
                while self._pages and left > 0 and not cancelled():
                    self._cond.wait(_STEP)
                    left -= _STEP
            finally:
                self.waiting -= 1


SHOWN_FIRST = ShownFirst()
