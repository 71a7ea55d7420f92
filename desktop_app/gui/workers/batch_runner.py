"""The batch queue's engine room: the core's `Batch` (core/batch.py) run in the background, its
callbacks turned into signals in the GUI thread.

`QueueRunner` keeps one `QueueEntry` per document (one file, or a front/back pair for a two-sided
provider) with its state as the clerk sees it: waiting, sending, done, failed (with the reason),
cancelled, in review, reviewed. Documents are sent by rounds of the core batch runner (N requests
in flight, the shared pause on overload, the response cache so nothing is paid twice); a retry
while a round is running waits for it, so never more than N requests are in flight. Cancel stops
every round; finished documents keep their results.

Each round is a job of the window's background helper (gui/workers/background.py, docs/adr/0015): the
core's callbacks, on the batch's own threads, become the job's progress, delivered in the GUI
thread in order and before the round's end. Cancel is the core batch's own (finished documents
keep their results; the round still reports which ones it cancelled).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.batch import DEFAULT_CONCURRENCY, Batch, BatchItem, ItemState
from ...core.cache import ResponseCache
from ...core.engine import OcrJob
from ...core.errors import AppError
from ...core.model import Document
from .background import Background, Job


class EntryState(StrEnum):
    WAITING = "waiting"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"


FINISHED = (EntryState.DONE, EntryState.FAILED, EntryState.CANCELLED, EntryState.IN_REVIEW,
            EntryState.REVIEWED)


@dataclass
class QueueEntry:
    id: int
    job: OcrJob | None  # None for a document that came without a job (a restored draft)
    title: str
    state: EntryState = EntryState.WAITING
    document: Document | None = None
    error: AppError | None = None
    attention: int | None = None
    review_path: str | None = None
    paths: list[Path] = field(default_factory=list)
    draft_id: str | None = None  # a restored draft waiting here: its file is reused when opened


class QueueRunner(QObject):
    """Create in the GUI thread, parented to the window."""

    entryChanged = Signal(int)  # entry id
    entriesReset = Signal()
    progressChanged = Signal(int, int)  # finished, total
    overloaded = Signal(int, float)  # entry id, delay
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 cache: Callable[[], ResponseCache | None] | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=1)  # one round at a time: a retry waits for the running one
        self._cache = cache or (lambda: ResponseCache())
        self._ids = itertools.count(1)
        self._rounds = itertools.count(1)
        self.entries: dict[int, QueueEntry] = {}
        self.concurrency = DEFAULT_CONCURRENCY
        self._running: dict[int, Batch] = {}
        self._pending: list[int] = []  # entry ids waiting for the running round to end

    # --- the queue --------------------------------------------------------------------------------
    def order(self) -> list[QueueEntry]:
        return [self.entries[i] for i in sorted(self.entries)]

    def clear(self) -> None:
        """Forget the queue (cancelling what is still sending)."""
        self.cancel()
        self.entries.clear()
        self._pending.clear()
        self.entriesReset.emit()
        self._emit_progress()

    def add_jobs(self, jobs: list[OcrJob], *, start: bool = True) -> list[int]:
        ids = []
        for job in jobs:
            entry_id = next(self._ids)
            title = " + ".join(Path(p).name for p in job.paths)
            self.entries[entry_id] = QueueEntry(entry_id, job, title, paths=[Path(p) for p in job.paths])
            ids.append(entry_id)
        self.entriesReset.emit()
        if start:
            self._submit(ids)
        self._emit_progress()
        return ids

    def add_document(self, document: Document, state: EntryState, review_path: str | None = None) -> int:
        """A document that needs no sending (a restored draft): listed for review."""
        entry_id = next(self._ids)
        paths = [Path(s.path) for s in document.sources]
        entry = QueueEntry(entry_id, None, " + ".join(p.name for p in paths), state=state, document=document,
                           review_path=review_path, paths=paths)
        self.entries[entry_id] = entry
        self.entriesReset.emit()
        self._emit_progress()
        return entry_id

    def set_state(self, entry_id: int, state: EntryState) -> None:
        entry = self.entries.get(entry_id)
        if entry is not None and entry.state != state:
            entry.state = state
            self.entryChanged.emit(entry_id)

    def set_attention(self, entry_id: int, count: int | None) -> None:
        entry = self.entries.get(entry_id)
        if entry is not None and entry.attention != count:
            entry.attention = count
            self.entryChanged.emit(entry_id)

    @property
    def running(self) -> bool:
        return bool(self._running) or bool(self._pending)

    def progress(self) -> tuple[int, int]:
        sendable = [e for e in self.entries.values() if e.job is not None]
        return sum(1 for e in sendable if e.state in FINISHED), len(sendable)

    # --- control ----------------------------------------------------------------------------------
    def retry(self, entry_ids: list[int]) -> int:
        """Send failed or cancelled documents again (after the running round, if one is running)."""
        ids = [i for i in entry_ids if i in self.entries and self.entries[i].job is not None
               and self.entries[i].state in (EntryState.FAILED, EntryState.CANCELLED)]
        for entry_id in ids:
            entry = self.entries[entry_id]
            entry.error, entry.state = None, EntryState.WAITING
            self.entryChanged.emit(entry_id)
        if ids:
            self._submit(ids)
            self._emit_progress()
        return len(ids)

    def retry_failed(self) -> int:
        retryable = (EntryState.FAILED, EntryState.CANCELLED)
        return self.retry([e.id for e in self.order() if e.state in retryable])

    def cancel(self) -> None:
        """Stop the queue: nothing new is sent, requests in flight are cancelled. Finished stay."""
        for entry_id in self._pending:
            self.set_state(entry_id, EntryState.CANCELLED)
        self._pending.clear()
        for batch in self._running.values():
            batch.cancel()
        self._emit_progress()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait for the rounds (shutdown and tests). True when none is left running."""
        return self._work.wait(int(timeout * 1000))

    def shutdown(self, timeout: float = 10.0) -> None:
        self.cancel()
        self.wait(timeout)

    # --- rounds -------------------------------------------------------------------------------------
    def _submit(self, ids: list[int]) -> None:
        if self._running:
            waiting = set(self._pending)  # (a set: a folder of 5,000 comes in chunks)
            self._pending.extend(i for i in ids if i not in waiting)
            return
        self._start_round(ids)

    def _start_round(self, ids: list[int]) -> None:
        round_id = next(self._rounds)
        jobs: list[OcrJob] = []
        for i in ids:
            job = self.entries[i].job
            assert job is not None, "only a document with a job is sent"
            jobs.append(job)
        entry_of = dict(enumerate(ids))
        round_job: list[Job] = []  # the round's job, set on the worker before the batch starts

        def emit(*values: object) -> None:
            round_job[0].progress(*values)

        def on_done(item: BatchItem) -> None:
            document = item.document
            assert document is not None  # checked on the batch thread (core/desk.py): the GUI only counts
            emit("done", entry_of[item.index], document)

        batch = Batch(jobs, concurrency=self.concurrency, cache=self._cache(),
                      on_started=lambda item: emit("started", entry_of[item.index]),
                      on_done=on_done,
                      on_failed=lambda item: emit("failed", entry_of[item.index], item.error),
                      on_retry=lambda item, _error, delay: emit("retrying", entry_of[item.index], delay))
        batch.entry_of = entry_of  # type: ignore[attr-defined]

        def run(job: Job) -> None:
            round_job.append(job)
            batch.run()

        was_running = self.running
        self._running[round_id] = batch
        self._work.start(run, lambda _result, _error: self._on_round_finished(round_id), self._on_event)
        if not was_running:
            self.runningChanged.emit(True)

    def _on_event(self, kind: str, *values) -> None:
        if kind == "started":
            self._on_started(*values)
        elif kind == "done":
            self._on_done(*values)
        elif kind == "failed":
            self._on_failed(*values)
        elif kind == "retrying":
            self.overloaded.emit(*values)

    def _on_started(self, entry_id: int) -> None:
        if entry_id in self.entries and self.entries[entry_id].state == EntryState.WAITING:
            self.set_state(entry_id, EntryState.SENDING)

    def _on_done(self, entry_id: int, document: Document) -> None:
        entry = self.entries.get(entry_id)
        if entry is None:
            return
        entry.document, entry.error = document, None
        self.set_state(entry_id, EntryState.DONE)
        self._emit_progress()

    def _on_failed(self, entry_id: int, error: AppError) -> None:
        entry = self.entries.get(entry_id)
        if entry is None:
            return
        entry.error = error
        self.set_state(entry_id, EntryState.FAILED)
        self._emit_progress()

    def _on_round_finished(self, round_id: int) -> None:
        batch = self._running.pop(round_id, None)
        if batch is not None:  # items the core cancelled (no callback for those)
            for item in batch.items:
                entry_id = batch.entry_of[item.index]  # type: ignore[attr-defined]
                entry = self.entries.get(entry_id)
                if entry is not None and item.state == ItemState.CANCELLED and entry.state in (
                        EntryState.WAITING, EntryState.SENDING):
                    self.set_state(entry_id, EntryState.CANCELLED)
        if self._pending and not self._running:
            ids, self._pending = self._pending, []
            self._start_round(ids)
        self._emit_progress()
        if not self.running:
            self.runningChanged.emit(False)

    def _emit_progress(self) -> None:
        self.progressChanged.emit(*self.progress())
