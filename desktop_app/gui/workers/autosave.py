"""Autosave: every change to the open document is kept as a draft (core/drafts.py) about a second
after it happens, so a crash, a kill or a power cut loses nothing.

The draft is written on the IO worker from a copy taken in the GUI thread (the worker never reads
the live document); the session's save takes its copy here too. The copy is cheap: only the fields
changed since the last copy are copied again (the session's `fieldsTouched` notices name them:
fields change only through the session); the others are the previous copy's, which nobody changes
(issue 10: deep-copying 5,000 fields after every edit held the window). A new document or a page
read again is copied whole. The draft is written atomically and readable by the user only
(core/drafts.py). It is removed once the review
file is saved, when the document is put away (saved or discarded by the clerk), and
when an undo brings the document back to its saved state. A crash leaves it in place: the next
start offers it (gui/dialogs/restore_dialog.py).
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import drafts
from ...core.errors import AppError
from ...core.model import Document
from ..state.session import Session
from .io_worker import IoWorker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1000


class Autosaver(QObject):
    failed = Signal(object)  # AppError: a draft could not be written (the window says so)

    def __init__(self, session: Session, io: IoWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.io = io
        self.draft_id: str = drafts.new_draft_id()
        self.written = False  # a draft with `draft_id` is on disk (or on its way)
        self.last_error: AppError | None = None
        self.writes = 0  # drafts written (for tests and the status bar)
        self._adopt: str | None = None
        self._copy: Document | None = None  # the last draft's copy, its fields reused by the next
        self._copy_of: Document | None = None  # the live document it is a copy of
        self._touched: set[tuple[int, int]] = set()  # fields changed since that copy
        self.fields_copied = 0  # fields copied for the last draft (for measurements)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        session.documentChanged.connect(self._on_document_changed)
        session.fieldsTouched.connect(lambda touched: self._touched.update(touched.positions))
        session.pageReplaced.connect(lambda _index: self._forget_copy())
        session.undo_stack.indexChanged.connect(lambda _i: self.schedule())
        session.dirtyChanged.connect(lambda _d: self.schedule())
        session.saved.connect(lambda _path: self.flush())  # removed, or rewritten if changed meanwhile
        session.snapshot = self._snapshot  # a save copies only what changed since, too (issue 12)

    def adopt(self, draft_id: str) -> None:
        """The next document is a restored draft: keep writing to that draft (no second copy)."""
        self._adopt = draft_id

    def schedule(self) -> None:
        """A change: write the draft once the clerk pauses (debounced)."""
        if self.session.document is not None:
            self.timer.start()

    def flush(self) -> None:
        """Write (or remove) the draft now, on the IO worker."""
        self.timer.stop()
        document = self.session.document
        if document is None:
            return
        if not self.session.dirty:
            self.forget()
            return
        snapshot = self._snapshot(document)  # the worker never reads the live document
        review_path = self.session.review_path
        draft_id = self.draft_id
        self.written = True
        self.io.submit(lambda: drafts.save_draft(snapshot, draft_id, review_path=review_path), self._on_saved)

    def _snapshot(self, document: Document) -> Document:
        """A copy of `document` sharing nothing with it: the last copy with the touched fields,
        the review and the errors copied again; the whole document when there is no usable copy."""
        old, touched = self._copy, self._touched
        self._touched = set()
        same_shape = old is not None and len(old.pages) == len(document.pages) and all(
            len(a.fields) == len(b.fields) for a, b in zip(old.pages, document.pages, strict=True))
        if old is None or self._copy_of is not document or not same_shape:
            fresh = copy.deepcopy(document)
            self.fields_copied = sum(len(page.fields) for page in document.pages)
        else:
            fresh = copy.copy(old)
            fresh.pages = [copy.copy(page) for page in old.pages]
            for page in fresh.pages:
                page.fields = list(page.fields)
            for p, i in touched:
                fresh.pages[p].fields[i] = copy.deepcopy(document.pages[p].fields[i])
            fresh.review = copy.deepcopy(document.review)  # status, stamps, its history
            fresh.errors = copy.deepcopy(document.errors)
            self.fields_copied = len(touched)
        self._copy, self._copy_of = fresh, document
        return fresh

    def _forget_copy(self) -> None:
        self._copy = self._copy_of = None

    def forget(self) -> None:
        """Remove this document's draft (saved, discarded, or back to its saved state)."""
        self.timer.stop()
        if self.written:
            draft_id = self.draft_id
            self.written = False
            self.io.submit(lambda: drafts.remove_draft(draft_id))

    def _on_saved(self, _result: object, error: AppError | None) -> None:
        self.last_error = error
        if error is not None:
            log.warning("draft not written: %s", error)
            self.failed.emit(error)
        else:
            self.writes += 1

    def _on_document_changed(self) -> None:
        # The previous document was saved or discarded by the clerk before it went away.
        self.forget()
        self._forget_copy()
        self._touched = set()
        self.draft_id = self._adopt or drafts.new_draft_id()
        self.written = self._adopt is not None
        self._adopt = None
        if self.session.dirty:
            self.schedule()
