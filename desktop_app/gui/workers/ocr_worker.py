"""Runs `core.desk.read_document` (or `read_page`) off the GUI thread, with a Cancel that returns at once.

Runs go through the window's one background helper (gui/workers/background.py, docs/adr/0015): every run
is a ticket; `cancel()` sets its token (the HTTP client stops waiting within ~50 ms) and forgets it
at once: whatever it reports later is dropped, so the window is idle the moment the clerk presses
Cancel. A cancelled run may still be finishing beside a new one (two threads).

Never pay twice: every run goes through the core's `ResponseCache` (core/cache.py), the one place
answers are kept. The engine stores the verbatim answer there the moment it arrives (before
parsing), and a second run of the same image with the same provider and options is answered from
it with no HTTP request (`Document.ocr.from_cache`) unless the run is started with `fresh=True`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core import desk
from ...core.errors import AppError
from ...core.lazy import lazy_module
from ...core.model import Document
from .background import Background, Job

if TYPE_CHECKING:
    from ...core import cache as responses
    from ...core.cancel import CancelToken
    from ...core.desk_notes import PageRead
    from ...core.engine import OcrJob
    from ...core.providers.base import Credentials
    from . import faces
else:  # its cache and the face photos at the first run, not at the window's start (issue 12)
    responses = lazy_module("desktop_app.core.cache")
    faces = lazy_module("desktop_app.gui.workers.faces")


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
                 cache: Callable[[], responses.ResponseCache | None] | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=2, supersede=True)
        self._cache = cache or (lambda: responses.ResponseCache())
        self._current: Job | None = None
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
            document = desk.read_document(job, credentials=credentials, cancel=token, cache=cache,
                                          fresh=fresh, page=page)
            faces.prepare_faces(document)  # the face photo decoded here, not when the window shows it
            return document

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
        self.page_run = page
        job = self._current = self._work.start(lambda job: work(job.token), self._on_finished)
        self.started.emit(job.ticket)
        self.busyChanged.emit(True)
        return job.ticket

    def cancel(self) -> None:
        """Stop waiting now; the run's late result, if any, is ignored."""
        if self._current is None:
            return
        self._work.cancel(self._current)
        self._current = None
        self.page_run = None
        self.cancelled.emit()
        self.busyChanged.emit(False)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for tasks still running (shutdown and tests)."""
        return self._work.wait(msecs)

    def shutdown(self, msecs: int = 3000) -> None:
        self.cancel()
        self._work.wait(msecs)

    def _on_finished(self, document: Document | None, error: AppError | None) -> None:
        self._current = None
        self.busyChanged.emit(False)
        if error is not None or document is None:
            self.failed.emit(error or AppError("internal", "no document"))
        else:
            self.succeeded.emit(document)
