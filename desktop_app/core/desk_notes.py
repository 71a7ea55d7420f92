"""What the document session (core/desk.py) hands to the front ends: typed notices of what a
change touched, a page read again, and a save under way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Document, Page, PageError


@dataclass(frozen=True)
class FieldsTouched:
    """A change's typed notice: the fields (page index, field index) it edited or whose checks it
    ran again. Only these can look different afterwards, so the field list re-reads only their rows
    and the autosave copies only them (a page read again is a `PageReplaced`: everything)."""

    positions: frozenset[tuple[int, int]]
    edited: tuple[tuple[int, int], ...] = ()  # the fields the change itself edited, in its order


@dataclass(frozen=True)
class PageReplaced:
    """Page `index` was read again (or the re-read undone): its fields, errors and answer are new,
    and the whole document was checked again."""

    index: int


@dataclass(frozen=True)
class DocumentOpened:
    """A new document (or none), or new images before any OCR."""

    document: Document | None = field(compare=False)


@dataclass
class PageRead:
    """Page `index` of a document read again alone (`desk.read_page`): the page and its errors, already
    numbered for their place. `source_sha256` says which file it was read from, so an answer that comes
    back after another document was opened is not merged into it."""

    index: int
    page: Page
    errors: list[PageError]
    source_sha256: str


@dataclass
class PendingSave:
    """A save under way (on the window's IO worker): what is written (a copy taken when it was asked
    for) and what to undo on the live document if writing fails."""

    target: Path
    snapshot: Document
    document: Document
    undo_index: int
    before: tuple
    spent: float


Notice = DocumentOpened | FieldsTouched | PageReplaced  # what `DocumentSession.tell` is given
