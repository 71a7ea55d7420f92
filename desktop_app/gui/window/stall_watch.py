"""How long the window's event loop stood still: a heartbeat timer, and what the GUI thread was
doing when it missed its beat.

A stall is the longest gap the event loop did not turn: a `QTimer` beats every `interval_ms`; the
time between two beats, less the interval, is how long the loop was kept from turning (0 when
idle). For support ("it froze"): `desktop-app --log-stalls[=MS]` (or `DESKTOP_APP_LOG_STALLS=MS`)
writes each stall above MS (default 100) to the log file, with the place in the code the GUI
thread was in: a small watcher thread looks at the GUI thread's stack while the beat is overdue
(the stack afterwards would only show the event loop). For benchmarks (bench/):
`watch = StallWatch(); watch.start(); ...; worst_ms = watch.stop()`.

The watcher thread only reads `sys._current_frames()` and a float; it touches no Qt object.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger("desktop_app.stalls")
DEFAULT_THRESHOLD_MS = 100
ENV = "DESKTOP_APP_LOG_STALLS"
_OWN = os.sep + "desktop_app" + os.sep


class StallWatch(QObject):
    """Create and start in the GUI thread. `stalls` holds (gap ms, where) above the threshold."""

    def __init__(self, threshold_ms: float | None = None, *, interval_ms: int = 4, write_log: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = max(1, int(interval_ms))
        self.threshold_ms = threshold_ms
        self.write_log = write_log
        self.max_gap_ms = 0.0
        self.stalls: list[tuple[float, str]] = []
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._where = ""  # what the watcher saw the GUI thread doing during the current gap
        self._gui_thread = threading.get_ident()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def start(self) -> StallWatch:
        self._gui_thread = threading.get_ident()
        self._last = time.perf_counter()
        self._stop.clear()
        self._timer.start()
        if self.threshold_ms is not None:
            self._watcher = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
            self._watcher.start()
        return self

    def stop(self) -> float:
        """Stop; the longest stall seen, in ms (the gap up to now counts too)."""
        self._beat()
        self._timer.stop()
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(1.0)
            self._watcher = None
        return self.max_gap_ms

    def reset(self) -> None:
        self.max_gap_ms = 0.0
        self.stalls.clear()
        self._last = time.perf_counter()

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = max(0.0, (now - self._last) * 1000 - self.interval_ms)
        self._last = now
        self.max_gap_ms = max(self.max_gap_ms, gap)
        where, self._where = self._where, ""
        if self.threshold_ms is not None and gap > self.threshold_ms:
            self.stalls.append((gap, where))
            if self.write_log:
                log.warning("the window did not respond for %.0f ms (threshold %.0f ms); the GUI thread "
                            "was in: %s", gap, self.threshold_ms, where or "not known")

    def _watch(self) -> None:
        """Watcher thread: while a beat is overdue by half the threshold, note where the GUI is."""
        assert self.threshold_ms is not None
        step = max(0.005, self.threshold_ms / 4000)
        while not self._stop.wait(step):
            overdue = (time.perf_counter() - self._last) * 1000 - self.interval_ms
            if overdue > self.threshold_ms / 2 and not self._where:
                frame = sys._current_frames().get(self._gui_thread)
                if frame is not None:
                    self._where = describe_stack(traceback.extract_stack(frame))


def describe_stack(stack: traceback.StackSummary, depth: int = 3) -> str:
    """The innermost frames of this program's own code (else the innermost frames at all)."""
    own = [f for f in stack if _OWN in f.filename]
    chosen = (own or list(stack))[-depth:]
    return " <- ".join(f"{_short(f.filename)}:{f.lineno} {f.name}" for f in reversed(chosen))


def _short(filename: str) -> str:
    index = filename.rfind(_OWN)
    return filename[index + 1:] if index >= 0 else os.path.basename(filename)


def threshold_from(option: int | None) -> int | None:
    """The threshold asked for: the option, else the environment variable, else None (off)."""
    if option is not None:
        return max(1, option)
    text = os.environ.get(ENV, "").strip()
    if not text:
        return None
    try:
        return max(1, int(text))
    except ValueError:
        return DEFAULT_THRESHOLD_MS if text.lower() in {"1", "yes", "on", "true"} else None


def start_logging(option: int | None, parent: QObject | None = None) -> StallWatch | None:
    """Start writing stalls to the log when asked (`--log-stalls` / DESKTOP_APP_LOG_STALLS)."""
    threshold = threshold_from(option)
    if threshold is None:
        return None
    log.warning("logging event-loop stalls over %d ms", threshold)
    return StallWatch(threshold, interval_ms=min(20, max(2, threshold // 5)), write_log=True,
                      parent=parent).start()
