"""The batch queue's engine room: the core's `Batch` (core/batch.py) run in the background, what
it reports applied to the queue in the GUI thread a few times a second.

`QueueRunner` keeps one `QueueEntry` per document (one file, or a front/back pair for a two-sided
provider) with its state as the clerk sees it: waiting, sending, done, failed (with the reason),
cancelled, in review, reviewed. Documents are sent by rounds of the core batch runner (N requests
in flight, the shared pause on overload, the response cache so nothing is paid twice); a retry
while a round is running waits for it, so never more than N requests are in flight. Cancel stops
every round; finished documents keep their results.

Each round is a job of the window's background helper (gui/workers/background.py, docs/adr/0015).
The core's callbacks, on the batch's own threads, do the per-document work there (the document
comes back checked, core/desk.py; its attention count is made with the thresholds taken when the
round started) and leave a note in the runner's inbox. The GUI thread applies every note of the
inbox at once every `APPLY_EVERY_MS` and when the round ends: one `entriesChanged` with every
entry that changed, one progress update (issue 12: a signal, a row update and a progress repaint
per callback kept the GUI thread busy for seconds in a batch of 1,000, each of them waiting for
the GIL the batch's threads hold). The notes are applied in the order they were made, and all of
a round's notes before its end.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.batch import DEFAULT_CONCURRENCY, Batch, BatchItem, ItemState
from ...core.cache import ResponseCache
from ...core.engine import OcrJob
from ...core.errors import AppError
from ...core.give_way import GiveWay
from ...core.long_lived import LongLived
from ...core.model import Document, ReviewStatus
from ...core.queue_reviews import Reviewed
from .background import Background, Job
from .next_turn import after_paint

APPLY_EVERY_MS = 50
# The queue lists every entry (a folder of 5,000: ~100,000 objects with their rows): once this
# many were listed, what is alive leaves the collector's full scans (core/long_lived.py; the
# documents read are counted by the core's batch itself). `clear` collects what was frozen with them.
FREEZE_EVERY_ENTRIES = 1000


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

AttentionCounter = Callable[[Document], int]


@dataclass
class QueueEntry:
    """One document in the window's queue: its job, title, state and result."""

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
    saved: bool = False  # a review of it is saved (found beside its image, or saved from the queue)


class QueueRunner(QObject):
    """Create in the GUI thread, parented to the window."""

    entriesChanged = Signal(list)  # ids of the entries whose state, result or attention changed
    entriesReset = Signal()  # entries were added (at the end) or the queue was cleared
    documentsArrived = Signal(list)  # ids of the entries whose document just came back (after entriesChanged)
    progressChanged = Signal(int, int)  # finished, total
    overloaded = Signal(int, float)  # entry id, delay
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 cache: Callable[[], ResponseCache | None] | None = None,
                 give_way: GiveWay | None = None) -> None:
        super().__init__(parent)
        self.give_way = give_way  # the window's (core/give_way.py): the batch steps aside while it is busy
        self._work = Background(self, threads=1)  # one round at a time: a retry waits for the running one
        self._cache = cache or (lambda: ResponseCache())
        self._ids = itertools.count(1)
        self._rounds = itertools.count(1)
        self.entries: dict[int, QueueEntry] = {}  # in id order (ids only grow; entries go only all at once)
        self.concurrency = DEFAULT_CONCURRENCY
        # Called in the GUI thread when a round starts; the counter it gives runs on the batch's threads.
        self.attention_counter: Callable[[], AttentionCounter | None] = lambda: None
        self._running: dict[int, Batch] = {}
        self._pending: list[int] = []  # entry ids waiting for the running round to end
        self._finished = 0  # of the entries with a job, how many are finished (the progress)
        self._sendable = 0
        self._inbox: list[tuple[Any, ...]] = []  # notes from the batch threads, in order
        self._inbox_lock = threading.Lock()
        self._kept = LongLived(FREEZE_EVERY_ENTRIES)
        self._apply_timer = QTimer(self)
        self._apply_timer.setInterval(APPLY_EVERY_MS)
        self._apply_timer.timeout.connect(self._apply)

    # --- the queue --------------------------------------------------------------------------------
    def order(self) -> list[QueueEntry]:
        return list(self.entries.values())

    def clear(self) -> None:
        """Forget the queue (cancelling what is still sending)."""
        self.cancel()
        self.entries.clear()
        self._pending.clear()
        self._finished = self._sendable = 0
        self.entriesReset.emit()
        self._kept.forget()  # the documents and entries are gone (they hold no cycles)
        self._emit_progress()

    def add_jobs(self, jobs: list[OcrJob], *, state: EntryState = EntryState.WAITING) -> list[int]:
        """Queue `jobs` at the end (`state` CANCELLED lists them unsent: Retry sends them)."""
        ids = []
        for job in jobs:
            entry_id = next(self._ids)
            paths = [p if isinstance(p, Path) else Path(p) for p in job.paths]  # (no second parse)
            title = paths[0].name if len(paths) == 1 else " + ".join(p.name for p in paths)
            self._add(QueueEntry(entry_id, job, title, state=state, paths=paths))
            ids.append(entry_id)
        self._kept.kept(len(ids))
        self.entriesReset.emit()
        if state == EntryState.WAITING:
            self._submit(ids)
        self._emit_progress()
        return ids

    def add_document(self, document: Document, state: EntryState, review_path: str | None = None) -> int:
        """A document that needs no sending (a restored draft): listed for review."""
        entry_id = self._add_unsent(document, state, review_path)
        self.entriesReset.emit()
        self._emit_progress()
        return entry_id

    def add_reviewed(self, reviews: list[Reviewed]) -> list[int]:
        """Reviews found beside their images (a folder opened again): listed, never sent; a
        signed-off one as reviewed."""
        ids = []
        for review in reviews:
            signed_off = review.document.review.status == ReviewStatus.REVIEWED
            state = EntryState.REVIEWED if signed_off else EntryState.DONE
            ids.append(self._add_unsent(review.document, state, str(review.review_path),
                                        attention=review.attention, saved=True))
        self._kept.kept(len(ids))
        self.entriesReset.emit()
        self._emit_progress()
        return ids

    def _add_unsent(self, document: Document, state: EntryState, review_path: str | None, *,
                    attention: int | None = None, saved: bool = False) -> int:
        entry_id = next(self._ids)
        paths = [Path(s.path) for s in document.sources]
        self._add(QueueEntry(entry_id, None, " + ".join(p.name for p in paths), state=state,
                             document=document, attention=attention, review_path=review_path, paths=paths,
                             saved=saved))
        return entry_id

    def _add(self, entry: QueueEntry) -> None:
        self.entries[entry.id] = entry
        if entry.job is not None:
            self._sendable += 1
            self._finished += entry.state in FINISHED

    def _set(self, entry: QueueEntry, state: EntryState) -> bool:
        """Change an entry's state (the progress follows); True when it changed."""
        if entry.state == state:
            return False
        if entry.job is not None:
            self._finished += (state in FINISHED) - (entry.state in FINISHED)
        entry.state = state
        return True

    def set_state(self, entry_id: int, state: EntryState) -> None:
        entry = self.entries.get(entry_id)
        if entry is not None and self._set(entry, state):
            self.entriesChanged.emit([entry_id])

    def set_attention(self, entry_id: int, count: int | None) -> None:
        entry = self.entries.get(entry_id)
        if entry is not None and entry.attention != count:
            entry.attention = count
            self.entriesChanged.emit([entry_id])

    @property
    def running(self) -> bool:
        return bool(self._running) or bool(self._pending)

    def progress(self) -> tuple[int, int]:
        return self._finished, self._sendable

    # --- control ----------------------------------------------------------------------------------
    def retry(self, entry_ids: list[int]) -> int:
        """Send failed or cancelled documents again (after the running round, if one is running)."""
        ids = [i for i in entry_ids if i in self.entries and self.entries[i].job is not None
               and self.entries[i].state in (EntryState.FAILED, EntryState.CANCELLED)]
        for entry_id in ids:
            entry = self.entries[entry_id]
            entry.error = None
            self._set(entry, EntryState.WAITING)
        if ids:
            self.entriesChanged.emit(ids)
            self._submit(ids)
            self._emit_progress()
        return len(ids)

    def retry_failed(self) -> int:
        retryable = (EntryState.FAILED, EntryState.CANCELLED)
        return self.retry([e.id for e in self.order() if e.state in retryable])

    def cancel(self) -> None:
        """Stop the queue: nothing new is sent, requests in flight are cancelled. Finished stay."""
        changed = [i for i in self._pending
                   if i in self.entries and self._set(self.entries[i], EntryState.CANCELLED)]
        self._pending.clear()
        for batch in self._running.values():
            batch.cancel()
        if changed:
            self.entriesChanged.emit(changed)
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
        count = self.attention_counter()
        inbox, lock = self._inbox, self._inbox_lock

        def note(*values: object) -> None:  # on a batch thread
            with lock:
                inbox.append(values)

        def on_done(item: BatchItem) -> None:
            document = item.document
            assert document is not None  # checked on the batch thread (core/desk.py)
            note("done", entry_of[item.index], document, count(document) if count is not None else None)

        batch = Batch(jobs, concurrency=self.concurrency, cache=self._cache(),
                      on_started=lambda item: note("started", entry_of[item.index]),
                      on_done=on_done,
                      on_failed=lambda item: note("failed", entry_of[item.index], item.error),
                      on_retry=lambda item, _error, delay: note("retrying", entry_of[item.index], delay),
                      give_way=self.give_way)
        batch.entry_of = entry_of  # type: ignore[attr-defined]

        def run(_job: Job) -> None:
            batch.run()

        was_running = self.running
        self._running[round_id] = batch
        self._work.start(run, lambda _result, _error: self._on_round_finished(round_id))
        self._apply_timer.start()
        if not was_running:
            self.runningChanged.emit(True)

    def _apply(self) -> None:
        """Every note the batch threads left, applied at once (GUI thread)."""
        with self._inbox_lock:
            notes = self._inbox[:]
            self._inbox.clear()  # the same list: the rounds' callbacks keep appending to it
        if not notes:
            return
        changed: dict[int, None] = {}  # in the order they changed
        overload: tuple[int, float] | None = None
        arrived: list[int] = []
        for kind, entry_id, *values in notes:
            entry = self.entries.get(entry_id)
            if entry is None:
                continue  # the queue was cleared meanwhile
            if kind == "started":
                if entry.state == EntryState.WAITING and self._set(entry, EntryState.SENDING):
                    changed[entry_id] = None
            elif kind == "done":
                entry.document, entry.error = values[0], None
                if values[1] is not None:
                    entry.attention = values[1]
                self._set(entry, EntryState.DONE)
                changed[entry_id] = None
                arrived.append(entry_id)
            elif kind == "failed":
                entry.error = values[0]
                self._set(entry, EntryState.FAILED)
                changed[entry_id] = None
            elif kind == "retrying":
                overload = (entry_id, values[0])
        if changed:
            self._busy_until_painted()
            self.entriesChanged.emit(list(changed))
        if overload is not None:
            self.overloaded.emit(*overload)
        self._emit_progress()
        if arrived:
            self.documentsArrived.emit(arrived)

    def _busy_until_painted(self) -> None:
        """The rows that changed, and the paint they bring, are the window's turns: the batch's
        threads give way until they are over (core/give_way.py; issue 12, a batch of 1,000)."""
        if self.give_way is not None and not self.give_way.holds(self):
            self.give_way.busy(self)
            give_way = self.give_way
            after_paint(self, lambda: give_way.done(self))

    def _on_round_finished(self, round_id: int) -> None:
        self._apply()  # the round's notes were all left before it ended
        batch = self._running.pop(round_id, None)
        changed = []
        if batch is not None:  # items the core cancelled (no callback for those)
            for item in batch.items:
                entry_id = batch.entry_of[item.index]  # type: ignore[attr-defined]
                entry = self.entries.get(entry_id)
                if entry is not None and item.state == ItemState.CANCELLED and entry.state in (
                        EntryState.WAITING, EntryState.SENDING) and self._set(entry, EntryState.CANCELLED):
                    changed.append(entry_id)
        if changed:
            self.entriesChanged.emit(changed)
        if self._pending and not self._running:
            ids, self._pending = self._pending, []
            self._start_round(ids)
        self._emit_progress()
        if not self.running:
            self._apply_timer.stop()
            self.runningChanged.emit(False)

    def _emit_progress(self) -> None:
        self.progressChanged.emit(*self.progress())
