"""Disk work off the GUI thread: review-file saves and loads, drafts, thumbnails' source reads.

`IoWorker.submit(fn, on_done)` runs `fn()` on one worker thread (so writes happen in the order they
were asked for, and a draft is never written over a newer one) and calls `on_done(result, error)`
in the GUI thread; `error` is an `AppError` (an unexpected exception becomes the "internal" one).

Thread ownership (docs/adr/0012): the one QObject a task touches, `_Relay`, is created
once in the GUI thread, parented to the worker; tasks only emit its signal. `flush()` waits for
everything under way and delivers its results at once: closing the window calls it, so a save in
flight is finished (and a failed one reported) before the window goes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.errors import AppError

log = logging.getLogger(__name__)

Done = Callable[[Any, AppError | None], None]


class _Relay(QObject):
    done = Signal(int, object, object)  # task id, result, error


class _Task(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._fn, self._relay = task_id, fn, relay

    def run(self) -> None:
        try:
            result = self._fn()
        except AppError as exc:
            self._relay.done.emit(self._id, None, exc)
        except Exception as exc:  # noqa: BLE001 - reported as a sentence, logged in full
            log.exception("disk task failed")
            self._relay.done.emit(self._id, None, AppError("internal", type(exc).__name__))
        else:
            self._relay.done.emit(self._id, result, None)


class IoWorker(QObject):
    """Create in the GUI thread, parented to the window."""

    idleChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # first child: destroyed (and waited for) before the relay
        self._pool.setMaxThreadCount(1)  # one at a time, in order
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._ids = itertools.count(1)
        self._pending: dict[int, Done | None] = {}

    @property
    def idle(self) -> bool:
        return not self._pending

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None) -> int:
        task_id = next(self._ids)
        was_idle = self.idle
        self._pending[task_id] = on_done
        self._pool.start(_Task(task_id, fn, self._relay))
        if was_idle:
            self.idleChanged.emit(False)
        return task_id

    def flush(self, msecs: int = 30_000) -> bool:
        """Wait for every task and deliver its result now. True when nothing is left."""
        finished = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self)  # the queued `done` calls
        return finished and self.idle

    @Slot(int, object, object)
    def _on_done(self, task_id: int, result: Any, error: AppError | None) -> None:
        callback = self._pending.pop(task_id, None)
        try:
            if callback is not None:
                callback(result, error)
        finally:
            if self.idle:
                self.idleChanged.emit(True)
