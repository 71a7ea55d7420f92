"""The one way the window runs work off the GUI thread (docs/adr/0015).

    work = Background(parent, threads=1)            # made in the GUI thread, parented to a GUI object
    job = work.submit(fn, on_done)                  # fn() on a worker
    job = work.start(task, on_done, on_progress)    # task(job): job.token, job.cancelled, job.progress()
    work.cancel(job)  /  work.cancel()              # forgotten at once: nothing of it is reported

`on_done(result, error)` and `on_progress(*values)` are called in the GUI thread; `error` is an
`AppError` (its code crosses the thread, the words are chosen at the edge): an unexpected exception
is logged in full and becomes the "internal" one, never a traceback on the clerk's screen.

Thread ownership (ADR 12, kept): the only QObject a worker touches is the `_Relay`, made once in the
GUI thread with the helper and parented to it; a task only emits its signals and never creates,
parents or deletes a QObject. The pool is the helper's first child, so when the helper goes, the
pool's destructor waits for tasks under way while the relay they emit on still exists.

Tickets: every job has a number. `cancel` sets the job's `CancelToken` (the HTTP client and the
core's loops stop soon) and drops the number from the jobs under way, so a late result or progress
is never delivered and the window is idle the moment the clerk presses Cancel. A job cancelled
before a thread picked it up never runs. `supersede=True`: a new job cancels the ones under way
(the image shown, the connection test, the OCR run: only the newest matters).
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from ...core.cancel import CancelToken
from ...core.errors import AppError

log = logging.getLogger(__name__)

# The GUI thread shares the GIL with every worker. When it wants the GIL back (a paint, a key, an
# event filter) it waits for the holder to let go, at most this long while the worker runs Python
# code (CPython's default is 5 ms, several of which add up to a visible stall in one frame).
GIL_SWITCH_SECONDS = 0.001

Done = Callable[[Any, AppError | None], None]
Progress = Callable[..., None]


class _Relay(QObject):
    done = Signal(int, object, object)  # ticket, result, AppError | None
    progress = Signal(int, object)  # ticket, tuple of values


class Job:
    """One piece of work as its task sees it. Plain Python: safe in any thread."""

    def __init__(self, ticket: int, relay: _Relay) -> None:
        self.ticket = ticket
        self.token = CancelToken()
        self._relay = relay

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def progress(self, *values: Any) -> None:
        """Report progress (any plain values); delivered in order, before the result."""
        if not self.token.cancelled:
            self._relay.progress.emit(self.ticket, values)


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any], stopped: tuple[type[BaseException], ...]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job, self._fn, self._stopped = job, fn, stopped

    def run(self) -> None:
        job = self._job
        if job.cancelled:
            return  # cancelled or superseded before a thread took it: do not spend a core on it
        relay = job._relay
        try:
            result = self._fn(job)
        except self._stopped:
            relay.done.emit(job.ticket, None, None)
        except AppError as exc:
            relay.done.emit(job.ticket, None, exc)
        except Exception as exc:  # noqa: BLE001 - a bug reaches the clerk as a sentence, logged in full
            if not job.cancelled:
                log.exception("background task failed")
            relay.done.emit(job.ticket, None, AppError("internal", type(exc).__name__))
        else:
            relay.done.emit(job.ticket, result, None)


class Background(QObject):
    """Create in the GUI thread, parented to a GUI object. `threads=1` runs jobs one at a time, in
    the order asked (disk writes: a draft is never written over a newer one). `stopped`: exceptions
    that mean the task stopped because it was asked to; reported as (None, None)."""

    idleChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, threads: int = 1, supersede: bool = False,
                 stopped: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(parent)
        if sys.getswitchinterval() > GIL_SWITCH_SECONDS:
            sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._pool = QThreadPool(self)  # first child: destroyed (and waited for) before the relay
        self._pool.setMaxThreadCount(max(1, threads))
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.progress.connect(self._on_progress)
        self._supersede = supersede
        self._stopped = stopped
        self._tickets = itertools.count(1)
        self._jobs: dict[int, tuple[Job, Done | None, Progress | None]] = {}

    @property
    def idle(self) -> bool:
        return not self._jobs

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None) -> Job:
        """Run `fn()` on a worker; `on_done(result, error)` in the GUI thread."""
        return self.start(lambda _job: fn(), on_done)

    def start(self, task: Callable[[Job], Any], on_done: Done | None = None,
              on_progress: Progress | None = None) -> Job:
        """Run `task(job)` on a worker: it may watch `job.token` and call `job.progress(...)`."""
        if self._supersede:
            self.cancel()
        job = Job(next(self._tickets), self._relay)
        was_idle = self.idle
        self._jobs[job.ticket] = (job, on_done, on_progress)
        self._pool.start(_Task(job, task, self._stopped))
        if was_idle:
            self.idleChanged.emit(False)
        return job

    def cancel(self, job: Job | None = None) -> None:
        """Cancel `job` (or every job under way): its token is set and nothing of it is reported."""
        jobs = [job] if job is not None else [entry[0] for entry in self._jobs.values()]
        was_idle = self.idle
        for each in jobs:
            each.token.cancel()
            self._jobs.pop(each.ticket, None)
        if self.idle and not was_idle:
            self.idleChanged.emit(True)

    def under_way(self, job: Job | None) -> bool:
        return job is not None and job.ticket in self._jobs

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the tasks still running (shutdown and tests); True when none is left. Their
        results arrive through the event loop (see `flush`)."""
        return self._pool.waitForDone(msecs)

    def flush(self, msecs: int = 30_000) -> bool:
        """Wait for every task and deliver its results now (closing the window: a save in flight
        is finished, and a failed one reported, before the window goes). True when nothing is left."""
        finished = self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self)  # the queued `done` calls (this object receives them)
        return finished and self.idle

    def shutdown(self, msecs: int = 3000) -> bool:
        self.cancel()
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_progress(self, ticket: int, values: tuple) -> None:
        entry = self._jobs.get(ticket)
        if entry is not None and entry[2] is not None:
            entry[2](*values)

    @Slot(int, object, object)
    def _on_done(self, ticket: int, result: Any, error: AppError | None) -> None:
        entry = self._jobs.pop(ticket, None)
        if entry is None:
            return  # cancelled or superseded: its late result is dropped
        try:
            if entry[1] is not None:
                entry[1](result, error)
        finally:
            if self.idle:
                self.idleChanged.emit(True)


class _Release(QRunnable):
    def __init__(self, values: list[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._values = values

    def run(self) -> None:
        self._values.clear()  # the last references go here: a big page's memory is freed off the GUI


def release_elsewhere(values: list[Any]) -> None:
    """Let go of `values` (QImages: implicitly shared, safe to drop in any thread) on a pool thread.
    Giving a 100 MB page's memory back to the system takes ~10-20 ms; the GUI thread must not pay
    it when the next page replaces it. Call it after the caller's own references are gone (the list
    is the last holder), with plain values only: never a QObject or a QPixmap."""
    if values:
        QThreadPool.globalInstance().start(_Release(values))
