"""The document session both front ends use (the window through gui/state/session.py, `desktop-app ocr`
and the batch directly), without Qt.

- `review_beside` / `load_review`: an image opens with its review when one is there (made from
  this very file), a review with the sources that are not its files withheld.
- `read_document(job)`: one OCR run whose document comes back already checked (the field checks
  run here, once, after the engine; `Document.checked` says so and nobody checks it again).
- `read_page(document, index)`: one page read again alone, numbered for its place
  (`PageRead`); `DocumentSession.swap_page` is the one merge (the window's session makes it undoable).
- `save_result` / `check_replaceable`: the one rule for when a file may be replaced: a result no
  clerk reviewed (a fresh OCR result of the command line or the batch) never replaces a review
  file holding a clerk's work; the clerk's own save replaces the file the clerk chose.
- `DocumentSession`: the open document, its images and unsaved state, opening, saving and every
  change (planned in core/review.py), each told as a typed notice of what it touched
  (`tell(notice)`: `DocumentOpened`, `FieldsTouched`, `PageReplaced`; core/desk_notes.py).
  The window's session adds only the undo stack and the signals.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import review as changes_
from .checks import recheck_positions, run_checks
from .desk_notes import DocumentOpened, FieldsTouched, Notice, PageRead, PageReplaced, PendingSave
from .desk_pages import PageSources
from .errors import AppError
from .lazy import lazy_module
from .model import Document, Field, Page, PageError
from .review import ActivityClock, ChangeSet, now_iso, os_user

if TYPE_CHECKING:
    from . import engine, reviewfile
    from .engine import OcrJob
else:  # the OCR engine and the review files' reader and writer at first use: the window's session
    engine = lazy_module("desktop_app.core.engine")  # is made before its first paint (issue 12)
    reviewfile = lazy_module("desktop_app.core.reviewfile")
from .source_check import mismatched_sources

# --- OCR: checked in one place ---------------------------------------------------------------------

def checked(document: Document) -> Document:
    """Run the field checks over `document` unless they already ran; returns it."""
    if not document.checked:
        run_checks(document)
        document.checked = True
    return document


def read_document(job: OcrJob, **kwargs: Any) -> Document:
    """`engine.run_ocr` (same arguments), the field checks run over the result. With `page`, the
    one page read stands alone (its pages numbered from 0, `engine.standing_alone`)."""
    document = engine.run_ocr(job, **kwargs)
    if kwargs.get("page") is not None:
        document = engine.standing_alone(document)
    return checked(document)


def read_page(document: Document, index: int, **kwargs: Any) -> PageRead:
    """Page `index` of `document` sent alone again (`engine.read_page`, same keyword arguments),
    numbered for its place; `document` is not touched (the window passes a copy taken in the GUI
    thread). Merge it with `DocumentSession.swap_page`."""
    part = engine.read_page(document, index, **kwargs)
    page, errors = engine.placed_page(document, part, index)
    return PageRead(index, page, errors, document.sources[document.pages[index].source].sha256)


# --- opening: an image with its review, a review with its sources checked ---------------------------

def review_beside(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The review file of a single opened image, when one is there (`<image>.review.json`): the
    image opens with it (yesterday's work is not hidden behind a bare image)."""
    if len(paths) != 1:
        return None
    target = reviewfile.review_path_for(paths[0])
    try:
        return target if target.is_file() and target.stat().st_size > 0 else None
    except OSError:  # e.g. "<name>.review.json" longer than a file name may be: there is none
        return None


def load_review(target: Path, image: str | os.PathLike[str] | None = None) -> tuple[Document, list[str]]:
    """Read a review file (off the GUI thread: it hashes the images) and the sources it names that
    are not the files it was made from (core/source_check.py: never shown, never sent). With
    `image` (a review found beside it): `AppError("review.other_image")` unless made from this very
    file. Raises the review file's own `AppError`s (newer, damaged)."""
    document = reviewfile.load(target)
    if image is not None:
        import hashlib  # at first use: not at the window's start (issue 12)

        sha = hashlib.sha256(Path(image).read_bytes()).hexdigest()
        if document.sources and document.sources[0].sha256 != sha:
            raise AppError("review.other_image", target.name)
    return document, mismatched_sources(document)


# --- saving: one rule ------------------------------------------------------------------------------

def check_replaceable(target: Path, *, by_clerk: bool) -> None:
    """Refuse (an `AppError`, before anything is sent) to write over a file the rule protects:
    never a newer or damaged review file; for a result no clerk reviewed, never one holding a
    clerk's work either."""
    reviewfile.ensure_replaceable(target, keep_clerk_work=not by_clerk)


def save_result(document: Document, target: Path, *, by_clerk: bool) -> None:
    """Write the review file atomically under the same rule (checked again at write time: a clerk
    may have saved a review there meanwhile)."""
    reviewfile.save(document, target, keep_clerk_work=not by_clerk)


# --- the open document -----------------------------------------------------------------------------

class DocumentSession(PageSources):
    """The open document and its unsaved state: the one place a field is ever changed."""

    def __init__(self, who: Callable[[], str] | None = None,
                 tell: Callable[[Notice], None] | None = None) -> None:
        self.tell: Callable[[Notice], None] = tell or (lambda _notice: None)  # every change's notice
        self.image_paths: list[Path] = []
        self.page_counts: list[int] = []  # pages in each image file (a PDF, a TIFF), 1 until counted
        self.document: Document | None = None
        self.review_path: Path | None = None  # where the document was loaded from / last saved
        self.who: Callable[[], str] = who or os_user  # recorded as `by` in every history entry
        self.clock = ActivityClock()  # fed by the window's activity watcher; added on save
        self.unsaved_result = False  # a fresh OCR result: unsaved until saved
        self.source_problems: list[str] = []  # sources of an opened review that are not its files

    def start(self, document: Document | None, *, unsaved: bool, source_problems: Sequence[str] = ()) -> None:
        """A new document (or none): checked (unless it already is), the clock restarted."""
        self.clock.reset()
        self.source_problems = list(source_problems)  # known before anyone asks for a page's image
        self.document = checked(document) if document is not None else None
        self.unsaved_result = unsaved
        self.tell(DocumentOpened(self.document))

    # --- opening -------------------------------------------------------------------------------
    def open_images(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Start over with new images and no OCR result yet."""
        self.image_paths = [Path(os.path.abspath(os.fspath(p))) for p in paths]
        self.page_counts = [1] * len(self.image_paths)
        self.review_path = None
        self.start(None, unsaved=False)

    def open_loaded(self, document: Document, target: Path, source_problems: Sequence[str] = ()) -> None:
        """Continue `document`, read from the review file `target`. The sources in
        `source_problems` (core/source_check.py) are withheld: their files are not shown nor sent."""
        self.image_paths = [Path(s.path) if os.path.isabs(s.path) else target.parent / s.path
                            for s in document.sources]
        self.review_path = target
        self.start(document, unsaved=False, source_problems=source_problems)

    def open_review(self, path: str | os.PathLike[str]) -> None:
        """Continue a saved review. Raises `AppError` on a bad file; the current document stays."""
        target = Path(os.path.abspath(os.fspath(path)))
        self.open_loaded(reviewfile.load(target), target)

    def set_result(self, document: Document) -> None:
        """A fresh OCR result for the open images: unsaved until the clerk saves it."""
        self.start(document, unsaved=True)

    def restore(self, document: Document, review_path: str | os.PathLike[str] | None,
                *, unsaved: bool = True) -> None:
        """Continue `document` (a restored draft, a document finished in the batch queue): its
        images are its sources; unsaved until saved (`unsaved=False` for one just loaded)."""
        self.image_paths = [Path(s.path) for s in document.sources]
        self.review_path = Path(review_path) if review_path else None
        self.start(document, unsaved=unsaved)

    def close(self) -> None:
        self.image_paths = []
        self.review_path = None
        self.start(None, unsaved=False)

    # --- a page read again: the one merge --------------------------------------------------------
    def accepts(self, read: PageRead) -> bool:
        """True when `read` belongs to the open document (the same file, a page it has)."""
        doc = self.document
        if doc is None or not 0 <= read.index < len(doc.pages):
            return False
        return doc.sources[doc.pages[read.index].source].sha256 == read.source_sha256

    def swap_page(self, index: int, page: Page, errors: list[PageError]) -> tuple[Page, list[PageError]]:
        """Put `page` and its errors in place of page `index` and re-check the document; returns
        the page and errors taken out (what an undo puts back)."""
        doc = self.document
        assert doc is not None
        old = doc.pages[index], [e for e in doc.errors if e.page == index]
        engine.swap_page(doc, index, page, errors)
        run_checks(doc)
        self.tell(PageReplaced(index))
        return old

    # --- saving --------------------------------------------------------------------------------
    def default_save_path(self) -> Path | None:
        """The review file's default place: where it came from, else `<image name>.review.json`."""
        if self.review_path is not None:
            return self.review_path
        if self.image_paths:
            return reviewfile.review_path_for(self.image_paths[0])
        return None

    def begin_save(self, path: str | os.PathLike[str] | None = None, *, reviewer: str | None = None,
                   undo_index: int = 0,
                   snapshot: Callable[[Document], Document] = copy.deepcopy) -> PendingSave:
        """Stamp the review (created, updated, reviewer, time spent) and take the copy to write
        (`snapshot`: the window's autosaver copies only the fields changed since its last copy)."""
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
        return PendingSave(target, snapshot(self.document), self.document, undo_index, before, spent)

    def end_save(self, pending: PendingSave, error: BaseException | None) -> bool:
        """The write is over. True when it saved the open document (now where it was saved); on
        failure the stamps go back (the time spent is counted next time)."""
        if pending.document is not self.document:
            return False  # another document was opened meanwhile (the write itself still happened)
        review = self.document.review
        if error is not None:
            review.created, review.updated, review.reviewer, review.seconds_spent = pending.before
            review.seconds_spent += pending.spent
            return False
        self.review_path = pending.target
        self.unsaved_result = False
        return True

    def write(self, pending: PendingSave) -> None:
        """Write a pending save (the clerk's own: it replaces the file the clerk chose)."""
        save_result(pending.snapshot, pending.target, by_clerk=True)

    # --- editing -------------------------------------------------------------------------------
    def field(self, page_index: int, field_index: int) -> Field:
        if self.document is None:
            raise IndexError("no document")
        return self.document.pages[page_index].fields[field_index]

    def apply(self, changes: ChangeSet, *, again: bool) -> FieldsTouched:
        assert self.document is not None
        changes_.apply(self.document, changes, self.who(), now_iso(), again=again)
        return self._touched(changes)

    def revert(self, changes: ChangeSet) -> FieldsTouched:
        assert self.document is not None
        changes_.revert(self.document, changes, self.who(), now_iso())
        return self._touched(changes)

    def _touched(self, changes: ChangeSet) -> FieldsTouched:
        assert self.document is not None
        # only what the change can affect is checked again: its fields and the cross-field readers
        edited = list(changes.positions())
        rechecked = recheck_positions(self.document, edited)
        touched = FieldsTouched(frozenset(edited) | frozenset(rechecked), tuple(edited))
        self.tell(touched)
        return touched
