"""The window's session: the undo stack and the signals over the core's document session
(core/desk.py), which owns the open document, opening, saving and what every change touches.

Every change (a value, a confirm, an accepted suggestion, "confirm all", the sign-off, a rejection)
is planned as a `core.review.ChangeSet` and pushed onto the `QUndoStack` as one command, whose
redo/undo apply or revert it with history entries (docs/adr/0008); the core says which fields it
touched (only those, and the cross-field readers, are checked again) and the signals tell the window.
The unsaved mark follows the undo stack's clean state (plus a fresh OCR result not yet saved).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from ...core import review as changes_
from ...core.desk import DocumentSession
from ...core.desk_notes import DocumentOpened, FieldsTouched, Notice, PageRead, PageReplaced, PendingSave
from ...core.model import Document, Field, FieldState, Page, PageError, ReviewStatus, SignoffRecord
from ...core.review import ActivityClock, ChangeSet, os_user
from ...core.signoff import open_problems
from .. import i18n

# The words of the computed keys undo.* (scripts/codemod_tr.py)
_UNDO_WORDS: dict[str, str] = {
    "undo.edit": i18n.QT_TRANSLATE_NOOP("i18n", "edit value"),
    "undo.confirm": i18n.QT_TRANSLATE_NOOP("i18n", "confirm field"),
    "undo.state": i18n.QT_TRANSLATE_NOOP("i18n", "field state"),
    "undo.suggestion": i18n.QT_TRANSLATE_NOOP("i18n", "accept suggestion"),
    "undo.confirm_all": i18n.QT_TRANSLATE_NOOP("i18n", "confirm all high-confidence"),
    "undo.signoff": i18n.QT_TRANSLATE_NOOP("i18n", "mark reviewed"),
    "undo.reject": i18n.QT_TRANSLATE_NOOP("i18n", "reject document"),
}

__all__ = ["ChangeCommand", "FieldsTouched", "PendingSave", "ReplacePageCommand", "Session", "os_user"]


class ChangeCommand(QUndoCommand):
    """One undoable step: a ChangeSet applied (redo) or reverted (undo) through the session."""

    def __init__(self, session: Session, changes: ChangeSet) -> None:
        super().__init__(i18n.tr_from(_UNDO_WORDS, changes.name))  # i18n-keys: undo.*
        self.session = session
        self.changes = changes
        self._done_once = False

    def redo(self) -> None:
        self.session._apply(self.changes, again=self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self.session._revert(self.changes)


class ReplacePageCommand(QUndoCommand):
    """A page read again (its fields, error and answer) in place of the old one; undo puts the old
    page back. The other pages, and their review work, are never touched."""

    def __init__(self, session: Session, index: int, page: Page, errors: list[PageError]) -> None:
        super().__init__(i18n.tr("Re-run page {n}").format(n=index + 1))
        self.session = session
        self.index = index
        self.page = page
        self.errors = errors
        self.old: tuple[Page, list[PageError]] | None = None

    def redo(self) -> None:
        self.old = self.session._swap_page(self.index, self.page, self.errors)

    def undo(self) -> None:
        assert self.old is not None
        self.session._swap_page(self.index, *self.old)


class Session(QObject):
    documentChanged = Signal()  # a new document (or none), or new images before any OCR
    fieldChanged = Signal(int, int)  # page index, field index
    fieldsTouched = Signal(object)  # FieldsTouched: every field a change edited or re-checked
    dirtyChanged = Signal(bool)
    reviewChanged = Signal()  # checks, states or the document status changed (after any change)
    signedOff = Signal()  # the clerk signed the document off (Ctrl+Enter): a batch goes to the next
    pageReplaced = Signal(int)  # a page was read again (or the re-run undone): show it anew
    saved = Signal(str)  # the review file was written (its path)
    pagesCounted = Signal()  # the open files' page counts are known (before any OCR)

    def __init__(self, parent: QObject | None = None, who: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())
        self._dirty = False
        # the copy a save writes from (the autosaver's, which copies only the fields changed since)
        self.snapshot: Callable[[Document], Document] = copy.deepcopy
        self.core = DocumentSession(who, tell=self._told)  # its notices become the signals

    # --- the core's state, read through ----------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.core.document

    @property
    def image_paths(self) -> list[Path]:
        return self.core.image_paths

    @property
    def page_counts(self) -> list[int]:
        return self.core.page_counts

    @property
    def review_path(self) -> Path | None:
        return self.core.review_path

    @property
    def source_problems(self) -> list[str]:
        return self.core.source_problems

    @property
    def who(self) -> Callable[[], str]:
        return self.core.who

    @property
    def clock(self) -> ActivityClock:
        return self.core.clock  # fed by gui/window/activity.py; added to review.seconds_spent on save
    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def fresh_result(self) -> bool:
        """An OCR result not saved yet (it replaces whatever the review file holds)."""
        return self.core.unsaved_result

    @property
    def has_images(self) -> bool:
        return self.core.has_images

    def display_name(self) -> str:
        return self.core.display_name()

    def withheld(self, source: int) -> bool:
        return self.core.withheld(source)

    def image_for_page(self, page_index: int) -> Path | None:
        return self.core.image_for_page(page_index)

    def page_source(self, page_index: int) -> tuple[Path, int] | None:
        return self.core.page_source(page_index)

    def page_sources(self) -> list[tuple[str, int]]:
        return self.core.page_sources()

    def default_save_path(self) -> Path | None:
        return self.core.default_save_path()

    def set_page_counts(self, paths: list[Path], counts: list[int]) -> None:
        """The page counts of `paths`, read on a worker; ignored when other files are open by now."""
        if self.core.set_page_counts(paths, counts):
            self.pagesCounted.emit()

    def _update_dirty(self) -> None:
        if not isValid(self.undo_stack):
            return  # the stack is being destroyed with the window
        dirty = self.core.unsaved_result or not self.undo_stack.isClean()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _told(self, notice: Notice) -> None:
        """The core's notice of a change, as the window's signals."""
        if isinstance(notice, DocumentOpened):  # a fresh undo stack for a new document
            self.undo_stack.clear()
            self._update_dirty()
            self.documentChanged.emit()
        elif isinstance(notice, FieldsTouched):
            for page_index, field_index in notice.edited:
                self.fieldChanged.emit(page_index, field_index)
            self.fieldsTouched.emit(notice)
            self.reviewChanged.emit()
        elif isinstance(notice, PageReplaced):
            self.pageReplaced.emit(notice.index)
            self.reviewChanged.emit()

    # --- opening -------------------------------------------------------------------------------
    def open_images(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Start over with new images and no OCR result yet."""
        self.core.open_images(paths)

    def open_review(self, path: str | os.PathLike[str]) -> None:
        """Continue a saved review. Raises `AppError` (FileFormatError, InputError) on a bad file;
        the current document is left as it was then."""
        self.core.open_review(path)

    def open_loaded(self, document: Document, target: Path, source_problems: Sequence[str] = ()) -> None:
        """Continue `document`, read (on a worker) from the review file `target`; the sources in
        `source_problems` are withheld (core/desk.py)."""
        self.core.open_loaded(document, target, source_problems)

    def set_result(self, document: Document) -> None:
        """A fresh OCR result for the open images: unsaved until the clerk saves it."""
        self.core.set_result(document)

    def restore(self, document: Document, review_path: str | os.PathLike[str] | None,
                *, unsaved: bool = True) -> None:
        """Continue `document` (a restored draft, a document finished in the batch queue)."""
        self.core.restore(document, review_path, unsaved=unsaved)

    def close(self) -> None:
        self.core.close()

    def replace_page(self, read: PageRead) -> bool:
        """Put a page read again (core/desk.py `read_page`) in place of its page, as one undoable
        step; False (nothing merged) when it belongs to another document by now."""
        if not self.core.accepts(read):
            return False
        self.undo_stack.push(ReplacePageCommand(self, read.index, read.page, read.errors))
        return True

    def _swap_page(self, index: int, page: Page, errors: list[PageError]) -> tuple[Page, list[PageError]]:
        return self.core.swap_page(index, page, errors)

    # --- saving --------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, *, reviewer: str | None = None) -> Path:
        """Write the review file atomically, here and now (to `path`, else the default place) and
        return where. Raises `AppError("file.write")` and stays dirty when it cannot. (The window
        saves on its IO worker with `begin_save` / `end_save` instead.)"""
        pending = self.begin_save(path, reviewer=reviewer)
        try:
            self.core.write(pending)
        except Exception as exc:
            self.end_save(pending, exc)
            raise
        self.end_save(pending, None)
        return pending.target

    def begin_save(self, path: str | os.PathLike[str] | None = None, *,
                   reviewer: str | None = None) -> PendingSave:
        """Stamp the review (created, updated, reviewer, time spent) and take the copy to write."""
        return self.core.begin_save(path, reviewer=reviewer, undo_index=self.undo_stack.index(),
                                    snapshot=self.snapshot)

    def end_save(self, pending: PendingSave, error: BaseException | None) -> None:
        """The write is over: on success the document is clean (unless it changed meanwhile); on
        failure the stamps go back and it stays dirty."""
        if not self.core.end_save(pending, error):
            return
        if self.undo_stack.index() == pending.undo_index:
            self.undo_stack.setClean()
        self._update_dirty()
        self.saved.emit(str(pending.target))

    # --- editing (the only way a field changes) ------------------------------------------------
    def field(self, page_index: int, field_index: int) -> Field:
        return self.core.field(page_index, field_index)

    def position(self, page_index: int, field_index: int) -> tuple[int, int]:
        self.field(page_index, field_index)  # IndexError when there is no such field
        return page_index, field_index

    def push(self, changes: ChangeSet | None) -> bool:
        """Do `changes` as one undoable step. False (nothing pushed) for None or an empty set."""
        if changes is None or changes.empty or self.document is None:
            return False
        self.undo_stack.push(ChangeCommand(self, changes))
        return True

    def set_value(self, page_index: int, field_index: int, value: str | None) -> bool:
        """The clerk's value for one field. Records an "edit" in its history; the state becomes
        "corrected", or "confirmed" when the value is back to what the OCR read. The OCR value is
        never touched. Returns False (and records nothing) when the value did not change.
        Who changed it is the session's `who` (the reviewer name, else the login name)."""
        pos = self.position(page_index, field_index)
        assert self.document is not None
        return self.push(changes_.plan_edit(self.document, pos, value))

    def set_state(self, page_index: int, field_index: int, state: FieldState) -> bool:
        """Mark a field confirmed (value checked as is), or back to unreviewed. Recorded in history."""
        pos = self.position(page_index, field_index)
        assert self.document is not None
        return self.push(changes_.plan_set_state(self.document, pos, state))

    def accept_suggestion(self, page_index: int, field_index: int) -> bool:
        """Take the value a check suggests (closest province, VIN with O->0, MRZ reading)."""
        pos = self.position(page_index, field_index)
        assert self.document is not None
        return self.push(changes_.plan_suggestion(self.document, pos))

    def confirm_many(self, positions: list[tuple[int, int]]) -> int:
        """Confirm the given unreviewed fields as one step ("confirm all high-confidence")."""
        if self.document is None:
            return 0
        planned = changes_.plan_confirm_all(self.document, positions)
        return len(planned.fields) if self.push(planned) and planned is not None else 0

    def sign_off(self, record: SignoffRecord | None = None) -> bool:
        """Ctrl+Enter: accept every untouched field (recorded as `signoff`) and mark the document
        reviewed, as one step, recording what was left open (`record`; counted with the default
        thresholds when not given); then `signedOff` is emitted (also when it was already reviewed)."""
        if self.document is None:
            return False
        if record is None:
            record = open_problems(self.document)
        untouched = [(p, i) for p, page in enumerate(self.document.pages)
                     for i, f in enumerate(page.fields) if f.state == FieldState.UNREVIEWED]
        self.push(changes_.plan_signoff(self.document, untouched, self.who(), record))
        self.signedOff.emit()
        return True

    def reject(self, reason: str) -> bool:
        """Mark the document rejected, with the clerk's reason (recorded in review.history)."""
        if self.document is None:
            return False
        return self.push(changes_.plan_reject(self.document, reason, self.who()))

    @property
    def status(self) -> ReviewStatus | None:
        return self.document.review.status if self.document is not None else None

    # --- what the undo commands call -------------------------------------------------------------
    def _apply(self, changes: ChangeSet, *, again: bool) -> None:
        self.core.apply(changes, again=again)  # its notice: fieldChanged, fieldsTouched, reviewChanged

    def _revert(self, changes: ChangeSet) -> None:
        self.core.revert(changes)
