"""Runs `core.desk.read_document` (or `read_page`) off the GUI thread, with a Cancel that returns at once.

Thread ownership (docs/adr/0012): the one QObject a task touches, `_Relay`, is created
once in the GUI thread, parented to the runner, and handed to every task; tasks only emit its
signals. The pool is the runner's first child, so it is destroyed (and waited for) before the relay.

Every run has an id. `cancel()` cancels the token (the HTTP client stops waiting within ~50 ms)
and forgets the run at once: whatever it reports later is ignored, so the window is idle the
moment the clerk presses Cancel.

Never pay twice: every run goes through the core's `ResponseCache` (core/cache.py), the one place
answers are kept. The engine stores the verbatim answer there the moment it arrives (before
parsing), and a second run of the same image with the same provider and options is answered from
it with no HTTP request (`Document.ocr.from_cache`) unless the run is started with `fresh=True`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core import desk
from ..core.cache import ResponseCache
from ..core.desk_notes import PageRead
from ..core.engine import OcrJob
from ..core.errors import AppError
from ..core.http import CancelToken
from ..core.model import Document
from ..core.providers.base import Credentials

log = logging.getLogger(__name__)

class _Relay(QObject):
    # run id, document / error. Emitted from pool threads, delivered in the GUI thread.
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _OcrTask(QRunnable):
    def __init__(self, run_id: int, work: Callable[[CancelToken], Document | PageRead],
                 token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._run_id = run_id
        self._work = work
        self._token = token
        self._relay = relay

    def run(self) -> None:
        try:
            document = self._work(self._token)
        except AppError as exc:
            self._relay.failed.emit(self._run_id, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the clerk as a sentence, not a crash
            log.exception("OCR run failed unexpectedly")
            error = AppError("internal", f"{type(exc).__name__}")
            self._relay.failed.emit(self._run_id, error)
        else:
            self._relay.succeeded.emit(self._run_id, document)


class OcrRunner(QObject):
    """Create in the GUI thread, parented to the window. One run at a time.

    `succeeded` carries the Document, already checked (core/desk.py `read_document`); for a page
    re-run (`start_page`) a `PageRead`, the one page read (the session merges it, once)."""

    started = Signal(int)
    succeeded = Signal(object)  # Document
    failed = Signal(object)  # AppError
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 cache: Callable[[], ResponseCache | None] | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # first child: destroyed (and waited for) before the relay
        self._pool.setMaxThreadCount(2)  # a cancelled run may still be finishing beside a new one
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._cache = cache or (lambda: ResponseCache())
        self._next_id = 0
        self._current: int | None = None
        self._token: CancelToken | None = None
        self.page_run: int | None = None  # the page index of the run under way, if a page re-run

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, job: OcrJob, credentials: Credentials | None = None, *, fresh: bool = False,
              page: int | None = None) -> int:
        """Start a run (cancelling any run under way) and return its id. `fresh`: never reuse a
        stored answer (a new, possibly charged, request); `page`: send only that page of the file."""
        cache = self._cache()

        def work(token: CancelToken) -> Document:
            return desk.read_document(job, credentials=credentials, cancel=token, cache=cache,
                                      fresh=fresh, page=page)

        return self._launch(work, None)

    def start_page(self, document: Document, index: int, *, timeout: float = 60.0, fresh: bool = False,
                   credentials: Credentials | None = None) -> int:
        """Send page `index` of `document` alone again (core/desk.py `read_page`) on a copy taken now,
        in the GUI thread: the live document is never touched from the worker."""
        snapshot = copy.deepcopy(document)
        cache = self._cache()

        def work(token: CancelToken) -> PageRead:
            return desk.read_page(snapshot, index, credentials=credentials, cancel=token, cache=cache,
                                  fresh=fresh, timeout=timeout)

        return self._launch(work, index)

    def _launch(self, work: Callable[[CancelToken], Document | PageRead], page: int | None) -> int:
        if self._current is not None:
            self.cancel()
        self._next_id += 1
        run_id = self._next_id
        self._token = CancelToken()
        self._current = run_id
        self.page_run = page
        self._pool.start(_OcrTask(run_id, work, self._token, self._relay))
        self.started.emit(run_id)
        self.busyChanged.emit(True)
        return run_id

    def cancel(self) -> None:
        """Stop waiting now; the run's late result, if any, is ignored."""
        if self._current is None:
            return
        if self._token is not None:
            self._token.cancel()
        self._current = None
        self._token = None
        self.page_run = None
        self.cancelled.emit()
        self.busyChanged.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for tasks still running (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        self.cancel()
        self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _on_succeeded(self, run_id: int, document: Document) -> None:
        if run_id != self._current:
            return
        self._finish()
        self.succeeded.emit(document)

    @Slot(int, object)
    def _on_failed(self, run_id: int, error: AppError) -> None:
        if run_id != self._current:
            return
        self._finish()
        self.failed.emit(error)

    def _finish(self) -> None:
        self._current = None
        self._token = None
        self.busyChanged.emit(False)
