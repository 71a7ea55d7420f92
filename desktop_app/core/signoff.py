"""What a sign-off would leave open, and how the review file records it. No Qt.

Before the clerk's sign-off (Ctrl+Enter) the window asks first when errors, fields needing
attention or empty required fields are left (`open_problems`), naming the counts and offering "go
to the first one" as the default. A sign-off made anyway is recorded: every field nobody looked at
becomes `accepted` (taken as it was by the sign-off, not individually confirmed), and
`review.signoff` in the review file (version 2) says how many errors, warnings, attention fields
and empty required fields were left (`to_dict` / `from_dict`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .attention import REQUIRED_EMPTY, Attention, Position, Thresholds
from .model import Document, FieldState, Severity, SignoffRecord


def open_problems(document: Document, thresholds: Thresholds | None = None) -> SignoffRecord:
    """The counts a sign-off of `document` as it is now would leave open."""
    attention = Attention(document, thresholds or Thresholds())
    record = SignoffRecord()
    for pos in attention.positions():
        f = attention.field(pos)
        severities = [c.severity for c in f.checks]
        record.errors += severities.count(Severity.ERROR)
        record.warnings += severities.count(Severity.WARNING)
        record.attention += attention.needs(pos)
        record.empty_required += REQUIRED_EMPTY in attention.reasons(pos)
        record.accepted += f.state == FieldState.UNREVIEWED
    return record


def first_problem(document: Document, order: Sequence[Position],
                  needs: Callable[[Position], bool]) -> Position | None:
    """The first field in `order` that needs attention, else the first with an error check left
    (one the clerk confirmed or corrected as it is), else None."""
    fields = {pos: document.pages[pos[0]].fields[pos[1]] for pos in order}
    for pos in order:
        if needs(pos):
            return pos
    for pos in order:
        if any(c.severity == Severity.ERROR for c in fields[pos].checks):
            return pos
    return None


_KEYS = ("errors", "warnings", "attention", "empty_required", "accepted")


def to_dict(record: SignoffRecord | None) -> dict[str, int] | None:
    if record is None:
        return None
    return {key: int(getattr(record, key)) for key in _KEYS}


def from_dict(value: Any) -> SignoffRecord | None:
    """The record in a review file's `review.signoff`; ValueError when it is not one."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("'signoff' is not an object or null")
    counts: dict[str, int] = {}
    for key in _KEYS:
        number = value.get(key)
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise ValueError(f"signoff.{key} is not a count")
        counts[key] = number
    return SignoffRecord(**counts)


def describe(record: SignoffRecord) -> str:
    """The note on the sign-off's history entry, e.g. "signed off with 2 errors, 3 attention"."""
    return (f"signed off with {record.errors} errors, {record.attention} needing attention, "
            f"{record.empty_required} required empty")
