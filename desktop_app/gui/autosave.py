"""Autosave: every change to the open document is kept as a draft (core/drafts.py) about a second
after it happens, so a crash, a kill or a power cut loses nothing.

The draft is written on the IO worker from a copy taken in the GUI thread (the worker never reads
the live document), atomically and readable by the user only (core/drafts.py). It is removed once
the review file is saved, when the document is put away (saved or discarded by the clerk), and
when an undo brings the document back to its saved state. A crash leaves it in place: the next
start offers it (gui/restore_dialog.py).
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ..core import drafts
from ..core.errors import AppError
from .io_worker import IoWorker
from .session import Session

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
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        session.documentChanged.connect(self._on_document_changed)
        session.undo_stack.indexChanged.connect(lambda _i: self.schedule())
        session.dirtyChanged.connect(lambda _d: self.schedule())
        session.saved.connect(lambda _path: self.flush())  # removed, or rewritten if changed meanwhile

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
        snapshot = copy.deepcopy(document)  # the worker never reads the live document
        review_path = self.session.review_path
        draft_id = self.draft_id
        self.written = True
        self.io.submit(lambda: drafts.save_draft(snapshot, draft_id, review_path=review_path), self._on_saved)

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
        self.draft_id = self._adopt or drafts.new_draft_id()
        self.written = self._adopt is not None
        self._adopt = None
        if self.session.dirty:
            self.schedule()
