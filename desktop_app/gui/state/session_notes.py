"""What the session hands to others: the typed notice of a change and a save under way
(kept out of session.py, which holds the logic)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...core.model import Document


@dataclass(frozen=True)
class FieldsTouched:
    """A change's typed notice: the fields (page index, field index) it edited or whose checks it
    ran again. Only these can look different afterwards, so the field list re-reads only their rows
    and the autosave copies only them (a page read again is `pageReplaced`: everything)."""

    positions: frozenset[tuple[int, int]]


@dataclass
class PendingSave:
    """A save under way on the IO worker: what is written (a copy taken when it was asked for)
    and what to undo on the live document if writing fails."""

    target: Path
    snapshot: Document
    document: Document
    undo_index: int
    before: tuple
    spent: float
