"""Runs `engine.run_ocr` off the GUI thread, with a Cancel that returns at once.

Thread ownership (SETUP-NOTES, "Crash seen"): the one QObject a task touches, `_Relay`, is created
once in the GUI thread, parented to the runner, and handed to every task; tasks only emit its
signals. The pool is the runner's first child, so it is destroyed (and waited for) before the relay.

Every run has an id. `cancel()` cancels the token (the HTTP client stops waiting within ~50 ms)
and forgets the run at once: whatever it reports later is ignored, so the window is idle the
moment the clerk presses Cancel. The verbatim answer is written to the user's data folder the
moment it arrives (before parsing), so a paid call is never lost, even when parsing fails or the
run was cancelled a split second later.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..core.atomic import write_bytes_atomic
from ..core.engine import OcrJob, run_ocr
from ..core.errors import AppError
from ..core.http import CancelToken
from ..core.model import Document
from ..core.providers.base import Credentials, HttpResponse

log = logging.getLogger(__name__)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def response_path(folder: Path, paths: list[Path], provider_id: str) -> Path:
    """Where the verbatim answer for these images and this provider is kept:
    `<folder>/<sha256>-<provider>.json`, the sha256 of the image (of the images' hashes for two)."""
    hashes = [file_sha256(p) for p in paths]
    key = hashes[0] if len(hashes) == 1 else hashlib.sha256("".join(hashes).encode()).hexdigest()
    safe_provider = re.sub(r"[^A-Za-z0-9._-]", "_", provider_id)
    return folder / f"{key}-{safe_provider}.json"


def store_response(folder: Path, paths: list[Path], provider_id: str, response: HttpResponse) -> Path:
    target = response_path(folder, paths, provider_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(target, response.body, private=True)
    return target


class _Relay(QObject):
    # run id, document / error. Emitted from pool threads, delivered in the GUI thread.
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _OcrTask(QRunnable):
    def __init__(self, run_id: int, job: OcrJob, credentials: Credentials | None, token: CancelToken,
                 relay: _Relay, responses_dir: Path | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._run_id = run_id
        self._job = job
        self._credentials = credentials
        self._token = token
        self._relay = relay
        self._responses_dir = responses_dir

    def _keep(self, response: HttpResponse) -> None:
        if self._responses_dir is None:
            return
        try:
            store_response(self._responses_dir, [Path(p) for p in self._job.paths], self._job.provider_id,
                           response)
        except Exception:  # noqa: BLE001 - keeping a copy must never lose the result itself
            log.exception("could not keep the verbatim answer")

    def run(self) -> None:
        try:
            document = run_ocr(self._job, credentials=self._credentials, cancel=self._token,
                               on_response=self._keep)
        except AppError as exc:
            self._relay.failed.emit(self._run_id, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the clerk as a sentence, not a crash
            log.exception("OCR run failed unexpectedly")
            error = AppError("internal", f"{type(exc).__name__}")
            self._relay.failed.emit(self._run_id, error)
        else:
            self._relay.succeeded.emit(self._run_id, document)


class OcrRunner(QObject):
    """Create in the GUI thread, parented to the window. One run at a time."""

    started = Signal(int)
    succeeded = Signal(object)  # Document
    failed = Signal(object)  # AppError
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 responses_dir: Callable[[], Path | None] | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # first child: destroyed (and waited for) before the relay
        self._pool.setMaxThreadCount(2)  # a cancelled run may still be finishing beside a new one
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_succeeded)
        self._relay.failed.connect(self._on_failed)
        self._responses_dir = responses_dir or (lambda: None)
        self._next_id = 0
        self._current: int | None = None
        self._token: CancelToken | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(self, job: OcrJob, credentials: Credentials | None = None) -> int:
        """Start a run (cancelling any run under way) and return its id."""
        if self._current is not None:
            self.cancel()
        self._next_id += 1
        run_id = self._next_id
        self._token = CancelToken()
        self._current = run_id
        task = _OcrTask(run_id, job, credentials, self._token, self._relay, self._responses_dir())
        self._pool.start(task)
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
