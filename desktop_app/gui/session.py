"""The open document and its unsaved state: the one place a field is ever changed.

Every change to a field goes through `set_value` or `set_state`, which record a `HistoryEntry`
and mark the document dirty; the window and the field list only call these and listen to the
signals. (The keyboard-review issue wraps these two calls in QUndoCommands.)

The session is a QObject only for its signals; its logic is plain Python over the core model.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core import reviewfile
from ..core.engine import now_iso
from ..core.model import Document, Field, FieldState, HistoryEntry, ReviewStatus


class Session(QObject):
    documentChanged = Signal()  # a new document (or none), or new images before any OCR
    fieldChanged = Signal(int, int)  # page index, field index
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.image_paths: list[Path] = []
        self.document: Document | None = None
        self.review_path: Path | None = None  # where the document was loaded from / last saved
        self._dirty = False

    # --- state ---------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    @property
    def has_images(self) -> bool:
        return bool(self.image_paths)

    def display_name(self) -> str:
        if self.review_path is not None:
            return self.review_path.name
        if self.image_paths:
            return " + ".join(p.name for p in self.image_paths)
        return ""

    def image_for_page(self, page_index: int) -> Path | None:
        """The image file that page `page_index` of the document shows (its source)."""
        if self.document is not None and 0 <= page_index < len(self.document.pages):
            source = self.document.pages[page_index].source
            if 0 <= source < len(self.image_paths):
                return self.image_paths[source]
        return self.image_paths[0] if self.image_paths else None

    def default_save_path(self) -> Path | None:
        """The review file's default place: where it came from, else `<image name>.review.json`."""
        if self.review_path is not None:
            return self.review_path
        if self.image_paths:
            return reviewfile.review_path_for(self.image_paths[0])
        return None

    # --- opening -------------------------------------------------------------------------------
    def open_images(self, paths: list[str | os.PathLike[str]]) -> None:
        """Start over with new images and no OCR result yet."""
        self.image_paths = [Path(os.path.abspath(os.fspath(p))) for p in paths]
        self.document = None
        self.review_path = None
        self._set_dirty(False)
        self.documentChanged.emit()

    def open_review(self, path: str | os.PathLike[str]) -> None:
        """Continue a saved review. Raises `AppError` (FileFormatError, InputError) on a bad file;
        the current document is left as it was then."""
        target = Path(os.path.abspath(os.fspath(path)))
        document = reviewfile.load(target)
        self.image_paths = [Path(s.path) if os.path.isabs(s.path) else target.parent / s.path
                            for s in document.sources]
        self.document = document
        self.review_path = target
        self._set_dirty(False)
        self.documentChanged.emit()

    def set_result(self, document: Document) -> None:
        """A fresh OCR result for the open images: unsaved until the clerk saves it."""
        self.document = document
        self._set_dirty(True)
        self.documentChanged.emit()

    def close(self) -> None:
        self.image_paths = []
        self.document = None
        self.review_path = None
        self._set_dirty(False)
        self.documentChanged.emit()

    # --- saving --------------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, *, reviewer: str | None = None) -> Path:
        """Write the review file atomically (to `path`, else the default place) and return where.
        Raises `AppError("file.write")` and stays dirty when it cannot."""
        if self.document is None:
            raise ValueError("no document to save")
        target = Path(os.path.abspath(os.fspath(path))) if path else self.default_save_path()
        if target is None:
            raise ValueError("no place to save to")
        review = self.document.review
        stamp = now_iso()
        review.created = review.created or stamp
        review.updated = stamp
        if reviewer:
            review.reviewer = reviewer
        if review.status == ReviewStatus.UNREVIEWED and any(
                f.state != FieldState.UNREVIEWED for _, f in self.document.all_fields()):
            review.status = ReviewStatus.IN_REVIEW
        reviewfile.save(self.document, target)
        self.review_path = target
        self._set_dirty(False)
        return target

    # --- editing (the only way a field changes) ------------------------------------------------
    def field(self, page_index: int, field_index: int) -> Field:
        if self.document is None:
            raise IndexError("no document")
        return self.document.pages[page_index].fields[field_index]

    def set_value(self, page_index: int, field_index: int, value: str | None, by: str) -> bool:
        """The clerk's value for one field. Records an "edit" in its history; the state becomes
        "corrected", or "confirmed" when the value is back to what the OCR read. The OCR value is
        never touched. Returns False (and records nothing) when the value did not change."""
        f = self.field(page_index, field_index)
        if value == "" and f.ocr_value is None and f.value is None:
            return False  # an empty edit of a missing field is not a change
        if value == f.value:
            return False
        old = f.value
        f.value = value
        f.history.append(HistoryEntry(action="edit", old=old, new=value, at=now_iso(), by=by))
        f.state = FieldState.CONFIRMED if value == f.ocr_value else FieldState.CORRECTED
        self._changed(page_index, field_index)
        return True

    def set_state(self, page_index: int, field_index: int, state: FieldState, by: str) -> bool:
        """Mark a field confirmed (value checked as is), or back to unreviewed. Recorded in history."""
        f = self.field(page_index, field_index)
        state = FieldState(state)
        if f.state == state:
            return False
        action = "confirm" if state == FieldState.CONFIRMED else "status"
        f.history.append(HistoryEntry(action=action, old=str(f.state), new=str(state), at=now_iso(), by=by))
        f.state = state
        self._changed(page_index, field_index)
        return True

    def _changed(self, page_index: int, field_index: int) -> None:
        self._set_dirty(True)
        self.fieldChanged.emit(page_index, field_index)
