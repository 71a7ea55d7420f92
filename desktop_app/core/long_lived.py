"""Objects a long run keeps (a batch's documents, a queue's entries) moved out of the cyclic
collector's full scans.

A batch of 1,000 keeps ~150,000 objects the collector tracks (about 135 a document: its fields,
their box, check and history lists). CPython 3.11 runs a full collection whenever the long-lived
objects grew by a quarter, and it scans every one of them holding the GIL: 50-200 ms each near the
end of such a batch, on whichever thread allocated last, every other thread (a window's GUI thread
too) waiting meanwhile. `gc.freeze()` moves every object alive into a generation no collection
scans; the young garbage is collected first, so little garbage is frozen with them.

The freeze is process-wide and lasts: objects frozen and later dropped are freed as their counts
drop (the model holds no cycles), but cyclic garbage frozen with them stays until `forget`, which
whoever drops a whole queue may call (the window does when its queue is cleared): it thaws,
collects and freezes what is still alive again (core/heap.py `thaw`), so the window's start objects,
frozen once it painted, stay out of later scans.
"""

from __future__ import annotations

import gc
import threading

from . import heap


class LongLived:
    """Counts what was kept; every `every` of it, `gc.collect(1)` then `gc.freeze()`.
    Thread-safe (the batch's worker threads count their documents)."""

    def __init__(self, every: int) -> None:
        self.every = max(0, int(every))  # 0: never freeze
        self._since = 0
        self._lock = threading.Lock()

    def kept(self, weight: int = 1) -> bool:
        """`weight` more long-lived things; True when this call froze."""
        if not self.every:
            return False
        with self._lock:
            self._since += weight
            if self._since < self.every:
                return False
            self._since = 0
        gc.collect(1)  # the young garbage first (cheap); what is alive stays alive
        gc.freeze()
        return True

    def forget(self) -> None:
        """What was kept is gone: its frozen cyclic garbage is collected; what is still alive (a
        window's own objects) is frozen again, not given back to every later full collection."""
        with self._lock:
            self._since = 0
        heap.thaw()
