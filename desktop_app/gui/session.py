"""The open document and its unsaved state: the one place a field is ever changed.

Every change (a value, a confirm, an accepted suggestion, "confirm all", the sign-off, a rejection)
is planned as a `core.review.ChangeSet` and pushed onto the session's `QUndoStack` as one command,
whose redo/undo apply or revert it with history entries (docs/adr/0008). After every change, and
after OCR or opening a review file, the field checks run again over the whole document, so
cross-field checks (birth after issue, MRZ against the visual fields) follow each edit. The unsaved
mark follows the undo stack's clean state (plus a fresh OCR result not yet saved).

The session is a QObject only for its signals and the undo stack; its logic is the Qt-free core.
"""

from __future__ import annotations

import copy
import getpass
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from ..core import review as changes_
from ..core import reviewfile
from ..core.checks import recheck_positions, run_checks
from ..core.engine import now_iso
from ..core.model import Document, Field, FieldState, Page, PageError, ReviewStatus, SignoffRecord
from ..core.review import ActivityClock, ChangeSet
from ..core.signoff import open_problems
from . import i18n
from .session_notes import FieldsTouched, PendingSave


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something
        return "unknown"


class ChangeCommand(QUndoCommand):
    """One undoable step: a ChangeSet applied (redo) or reverted (undo) through the session."""

    def __init__(self, session: Session, changes: ChangeSet) -> None:
        super().__init__(i18n.t(changes.name))
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
        super().__init__(i18n.t("undo.rerun_page", n=index + 1))
        self.session = session
        self.index = index
        self.page = page
        self.errors = errors
        self.old_page: Page | None = None
        self.old_errors: list[PageError] = []

    def redo(self) -> None:
        doc = self.session.document
        assert doc is not None
        self.old_page = doc.pages[self.index]
        self.old_errors = [e for e in doc.errors if e.page == self.index]
        self.session._swap_page(self.index, self.page, self.errors)

    def undo(self) -> None:
        assert self.old_page is not None
        self.session._swap_page(self.index, self.old_page, self.old_errors)


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
        self.image_paths: list[Path] = []
        self.page_counts: list[int] = []  # pages in each image file (a PDF, a TIFF), 1 until counted
        self.document: Document | None = None
        self.review_path: Path | None = None  # where the document was loaded from / last saved
        self.who: Callable[[], str] = who or os_user  # recorded as `by` in every history entry
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_dirty())
        self.clock = ActivityClock()  # fed by gui/activity.py; added to review.seconds_spent on save
        self._unsaved_result = False  # a fresh OCR result: unsaved though the stack is clean
        self._dirty = False
        self.source_problems: list[str] = []  # sources of an opened review that are not its files
        # the copy a save writes from (the autosaver's, which copies only the fields changed since)
        self.snapshot: Callable[[Document], Document] = copy.deepcopy

    # --- state ---------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def fresh_result(self) -> bool:
        """An OCR result not saved yet (it replaces whatever the review file holds)."""
        return self._unsaved_result

    def _update_dirty(self) -> None:
        if not isValid(self.undo_stack):
            return  # the stack is being destroyed with the window
        dirty = self._unsaved_result or not self.undo_stack.isClean()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _start(self, document: Document | None, *, unsaved: bool,
               source_problems: Sequence[str] = ()) -> None:
        """A new document (or none): a fresh undo stack, checks run, the clock restarted."""
        self.undo_stack.clear()
        self.clock.reset()
        self.source_problems = list(source_problems)  # known before anyone asks for a page's image
        self.document = document
        if document is not None:
            run_checks(document)
        self._unsaved_result = unsaved
        self._update_dirty()
        self.documentChanged.emit()

    @property
    def has_images(self) -> bool:
        return bool(self.image_paths)

    def display_name(self) -> str:
        if self.review_path is not None:
            return self.review_path.name
        if self.image_paths:
            return " + ".join(p.name for p in self.image_paths)
        return ""

    def withheld(self, source: int) -> bool:
        """True when source `source` of the open review is not the file it was made from: its
        image is never shown (nor a crop or thumbnail of it) and never sent."""
        doc = self.document
        return (doc is not None and bool(self.source_problems) and 0 <= source < len(doc.sources)
                and doc.sources[source].path in self.source_problems)

    def image_for_page(self, page_index: int) -> Path | None:
        """The image file that page `page_index` of the document shows (its source)."""
        if self.document is not None and 0 <= page_index < len(self.document.pages):
            source = self.document.pages[page_index].source
            if self.withheld(source):
                return None
            if 0 <= source < len(self.image_paths):
                return self.image_paths[source]
        return self.image_paths[0] if self.image_paths else None

    def page_source(self, page_index: int) -> tuple[Path, int] | None:
        """(image file, page within that file) that page `page_index` shows: a PDF or TIFF page is
        rendered from its own file; before any OCR, page i of the open file(s). None for a page
        whose file is withheld (`withheld`)."""
        doc = self.document
        if doc is not None and 0 <= page_index < len(doc.pages):
            page = doc.pages[page_index]
            if self.withheld(page.source):
                return None
            if 0 <= page.source < len(self.image_paths):
                return self.image_paths[page.source], page.source_page
        if doc is None:
            before_ocr = self._pages_before_ocr()
            if 0 <= page_index < len(before_ocr):
                return before_ocr[page_index]
        return (self.image_paths[0], 0) if self.image_paths else None

    def _pages_before_ocr(self) -> list[tuple[Path, int]]:
        counts = self.page_counts if len(self.page_counts) == len(self.image_paths) else []
        return [(path, page) for path, count in zip(self.image_paths, counts or [1] * len(self.image_paths),
                                                    strict=True) for page in range(max(1, count))]

    def page_sources(self) -> list[tuple[str, int]]:
        """`page_source` of every page (the page strip's entries); a withheld page has no file ("")."""
        doc = self.document
        if doc is None:
            return [(str(path), page) for path, page in self._pages_before_ocr()]
        if not self.image_paths:
            return []
        found = [self.page_source(i) for i in range(len(doc.pages))]
        return [(str(f[0]), f[1]) if f is not None else ("", 0) for f in found]

    def set_page_counts(self, paths: list[Path], counts: list[int]) -> None:
        """The page counts of `paths`, read on a worker; ignored when other files are open by now."""
        if paths != self.image_paths or len(counts) != len(paths) or counts == self.page_counts:
            return
        self.page_counts = list(counts)
        self.pagesCounted.emit()

    def default_save_path(self) -> Path | None:
        """The review file's default place: where it came from, else `<image name>.review.json`."""
        if self.review_path is not None:
            return self.review_path
        if self.image_paths:
            return reviewfile.review_path_for(self.image_paths[0])
        return None

    # --- opening -------------------------------------------------------------------------------
    def open_images(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Start over with new images and no OCR result yet."""
        self.image_paths = [Path(os.path.abspath(os.fspath(p))) for p in paths]
        self.page_counts = [1] * len(self.image_paths)
        self.review_path = None
        self._start(None, unsaved=False)

    def open_review(self, path: str | os.PathLike[str]) -> None:
        """Continue a saved review. Raises `AppError` (FileFormatError, InputError) on a bad file;
        the current document is left as it was then."""
        target = Path(os.path.abspath(os.fspath(path)))
        self.open_loaded(reviewfile.load(target), target)

    def open_loaded(self, document: Document, target: Path, source_problems: Sequence[str] = ()) -> None:
        """Continue `document`, read (on a worker) from the review file `target`. The sources in
        `source_problems` (core/source_check.py) are withheld: their files are not shown nor sent."""
        self.image_paths = [Path(s.path) if os.path.isabs(s.path) else target.parent / s.path
                            for s in document.sources]
        self.review_path = target
        self._start(document, unsaved=False, source_problems=source_problems)

    def set_result(self, document: Document) -> None:
        """A fresh OCR result for the open images: unsaved until the clerk saves it."""
        self._start(document, unsaved=True)

    def restore(self, document: Document, review_path: str | os.PathLike[str] | None,
                *, unsaved: bool = True) -> None:
        """Continue `document` (a restored draft, a document finished in the batch queue): its
        images are its sources; unsaved until saved (`unsaved=False` for one just loaded)."""
        self.image_paths = [Path(s.path) for s in document.sources]
        self.review_path = Path(review_path) if review_path else None
        self._start(document, unsaved=unsaved)

    def replace_page(self, index: int, page: Page, errors: list[PageError]) -> bool:
        """Put a page read again (engine.rerun_page) in place of page `index`, as one undoable step."""
        if self.document is None or not 0 <= index < len(self.document.pages):
            return False
        self.undo_stack.push(ReplacePageCommand(self, index, page, errors))
        return True

    def _swap_page(self, index: int, page: Page, errors: list[PageError]) -> None:
        doc = self.document
        assert doc is not None
        doc.pages[index] = page
        doc.errors = [e for e in doc.errors if e.page != index] + list(errors)
        doc.errors.sort(key=lambda e: (e.page is None, e.page or 0))
        run_checks(doc)
        self.pageReplaced.emit(index)
        self.reviewChanged.emit()

    def close(self) -> None:
        self.image_paths = []
        self.review_path = None
        self._start(None, unsaved=False)

    # --- saving --------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, *, reviewer: str | None = None) -> Path:
        """Write the review file atomically, here and now (to `path`, else the default place) and
        return where. Raises `AppError("file.write")` and stays dirty when it cannot. (The window
        saves on its IO worker with `begin_save` / `end_save` instead.)"""
        pending = self.begin_save(path, reviewer=reviewer)
        try:
            reviewfile.save(pending.snapshot, pending.target)
        except Exception as exc:
            self.end_save(pending, exc)
            raise
        self.end_save(pending, None)
        return pending.target

    def begin_save(self, path: str | os.PathLike[str] | None = None, *,
                   reviewer: str | None = None) -> PendingSave:
        """Stamp the review (created, updated, reviewer, time spent) and take the copy to write."""
        if self.document is None:
            raise ValueError("no document to save")
        target = Path(os.path.abspath(os.fspath(path))) if path else self.default_save_path()
        if target is None:
            raise ValueError("no place to save to")
        review = self.document.review
        stamp = now_iso()
        spent = self.clock.take()
        before = (review.created, review.updated, review.reviewer, review.seconds_spent)
        review.created = review.created or stamp
        review.updated = stamp
        if reviewer:
            review.reviewer = reviewer
        review.seconds_spent = round(review.seconds_spent + spent, 1)
        return PendingSave(target, self.snapshot(self.document), self.document, self.undo_stack.index(),
                           before, spent)

    def end_save(self, pending: PendingSave, error: BaseException | None) -> None:
        """The write is over: on success the document is clean (unless it changed meanwhile); on
        failure the stamps go back and it stays dirty (the time spent is counted next time)."""
        if pending.document is not self.document:
            return  # another document was opened meanwhile (the write itself still happened)
        review = self.document.review
        if error is not None:
            review.created, review.updated, review.reviewer, review.seconds_spent = pending.before
            review.seconds_spent += pending.spent
            return
        self.review_path = pending.target
        self._unsaved_result = False
        if self.undo_stack.index() == pending.undo_index:
            self.undo_stack.setClean()
        self._update_dirty()
        self.saved.emit(str(pending.target))

    # --- editing (the only way a field changes) ------------------------------------------------
    def field(self, page_index: int, field_index: int) -> Field:
        if self.document is None:
            raise IndexError("no document")
        return self.document.pages[page_index].fields[field_index]

    def position(self, page_index: int, field_index: int) -> tuple[int, int]:
        self.field(page_index, field_index)  # IndexError when there is no such field
        return page_index, field_index

    def push(self, changes: ChangeSet | None) -> bool:
        """Do `changes` as one undoable step. False (nothing pushed) for None or an empty set."""
        if changes is None or changes.empty or self.document is None:
            return False
        self.undo_stack.push(ChangeCommand(self, changes))
        return True

    def set_value(self, page_index: int, field_index: int, value: str | None, by: str | None = None) -> bool:
        """The clerk's value for one field. Records an "edit" in its history; the state becomes
        "corrected", or "confirmed" when the value is back to what the OCR read. The OCR value is
        never touched. Returns False (and records nothing) when the value did not change.
        (`by` is accepted for compatibility; the session's `who` is recorded.)"""
        pos = self.position(page_index, field_index)
        assert self.document is not None
        return self.push(changes_.plan_edit(self.document, pos, value))

    def set_state(self, page_index: int, field_index: int, state: FieldState, by: str | None = None) -> bool:
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
        assert self.document is not None
        changes_.apply(self.document, changes, self.who(), now_iso(), again=again)
        self._after(changes)

    def _revert(self, changes: ChangeSet) -> None:
        assert self.document is not None
        changes_.revert(self.document, changes, self.who(), now_iso())
        self._after(changes)

    def _after(self, changes: ChangeSet) -> None:
        assert self.document is not None
        # only what the change can affect is checked again: its fields and the cross-field readers
        edited = list(changes.positions())
        rechecked = recheck_positions(self.document, edited)
        for page_index, field_index in edited:
            self.fieldChanged.emit(page_index, field_index)
        self.fieldsTouched.emit(FieldsTouched(frozenset(edited) | frozenset(rechecked)))
        self.reviewChanged.emit()
