"""Review changes as data: what one clerk action does to a document, applied and reverted with
an append-only audit trail (docs/adr/0008-undo-keeps-an-append-only-audit-trail.md). No Qt.

A `ChangeSet` is one undoable step: zero or more field patches and at most one document status
change. `plan_*` functions compute it from the document as it is (None when the action would change
nothing); `apply` makes it happen and `revert` undoes it. Both append history entries, never remove
one: the first `apply` records the action itself, `revert` records an `undo` entry (old and new
swapped, `note` naming the action undone), a later `apply` records the action again with
`note="redo"`. Every field's history therefore stays a chain: each entry's `old` is the previous
entry's `new` for the same kind (value or state).

Also here: the document status rule (the first change starts the review; a change after a sign-off
or a rejection reopens it) and `ActivityClock`, the time spent reviewing.
"""

from __future__ import annotations

import functools
import getpass
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .model import Document, Field, FieldState, HistoryEntry, ReviewStatus, SignoffRecord
from .signoff import describe as describe_signoff


def now_iso() -> str:
    """Now, local time with its UTC offset, to the second: every time stamp of a review and a call."""
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")

Position = tuple[int, int]


def os_user() -> str:
    """Who made a change when the clerk gave no reviewer name: the login name (as
    `getpass.getuser`: the environment's LOGNAME, USER, LNAME or USERNAME, else the account's)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    return _account_name()


@functools.cache
def _account_name() -> str:
    """The account's name, looked up once: the password database was read for every edit (issue
    12: a tenth of what Enter does in Python where no login name is in the environment)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something
        return "unknown"


EDIT = "edit"
CONFIRM = "confirm"
SUGGESTION = "suggestion"
SIGNOFF = "signoff"
STATUS = "status"
UNDO = "undo"
REDO_NOTE = "redo"
BULK_NOTE = "confirm-all"  # note on the confirms made by "confirm all high-confidence fields"

_VALUE_ACTIONS = {EDIT, SUGGESTION}


@dataclass
class FieldPatch:
    """One field's change, for undo and redo: its value or state before and after."""

    page: int
    index: int
    action: str  # edit, suggestion (value changes) / confirm, signoff, status (state changes)
    old_value: str | None
    new_value: str | None
    old_state: FieldState
    new_state: FieldState
    note: str | None = None

    def entry_values(self) -> tuple[Any, Any]:
        """(old, new) as recorded in history: values for edits, states for confirms."""
        if self.action in _VALUE_ACTIONS:
            return self.old_value, self.new_value
        return str(self.old_state), str(self.new_state)


@dataclass
class StatusPatch:
    """The review status's change, for undo and redo."""

    old: ReviewStatus
    new: ReviewStatus
    action: str = STATUS  # or SIGNOFF
    note: str | None = None  # the reason of a rejection
    old_reviewer: str | None = None
    new_reviewer: str | None = None
    # review.signoff before and after: only a sign-off sets one; any other status change clears it
    old_signoff: SignoffRecord | None = None
    new_signoff: SignoffRecord | None = None


@dataclass
class ChangeSet:
    """What one undo step takes back: field changes and a status change."""

    name: str  # what the undo menu says (an i18n key: "undo.edit", "undo.signoff", ...)
    fields: list[FieldPatch] = field(default_factory=list)
    status: StatusPatch | None = None

    @property
    def empty(self) -> bool:
        return not self.fields and self.status is None

    def positions(self) -> list[Position]:
        return [(p.page, p.index) for p in self.fields]


def _field(document: Document, pos: Position) -> Field:
    page, index = pos
    return document.pages[page].fields[index]


# --- planning -------------------------------------------------------------------------------------

def plan_value(document: Document, pos: Position, value: str | None, *, action: str = EDIT,
               note: str | None = None) -> FieldPatch | None:
    """The clerk's value for one field: corrected, or confirmed when it is back to the OCR's."""
    f = _field(document, pos)
    if value == "" and f.ocr_value is None and f.value is None:
        return None  # an empty edit of a missing field is not a change
    if value == f.value:
        return None
    state = FieldState.CONFIRMED if value == f.ocr_value else FieldState.CORRECTED
    return FieldPatch(pos[0], pos[1], action, f.value, value, f.state, state, note)


def plan_state(document: Document, pos: Position, state: FieldState, *, action: str | None = None,
               note: str | None = None) -> FieldPatch | None:
    f = _field(document, pos)
    state = FieldState(state)
    if f.state == state:
        return None
    action = action or (CONFIRM if state == FieldState.CONFIRMED else STATUS)
    return FieldPatch(pos[0], pos[1], action, f.value, f.value, f.state, state, note)


def suggestion_of(f: Field) -> tuple[str, str] | None:
    """(suggested value, check id) of the field's first check that suggests something different
    from its value: errors before warnings before notes."""
    order = {"error": 0, "warning": 1, "info": 2}
    for check in sorted(f.checks, key=lambda c: order.get(str(c.severity), 3)):
        if check.suggestion and check.suggestion != f.value:
            return check.suggestion, check.id
    return None


def follow_status(document: Document, changes: ChangeSet) -> ChangeSet:
    """Add the status change a field change implies: the first change starts the review
    (unreviewed -> in review); a change after a sign-off or a rejection reopens it."""
    if changes.fields and changes.status is None and document.review.status != ReviewStatus.IN_REVIEW:
        reviewer = document.review.reviewer
        changes.status = StatusPatch(document.review.status, ReviewStatus.IN_REVIEW,
                                     old_reviewer=reviewer, new_reviewer=reviewer,
                                     old_signoff=document.review.signoff)
    return changes


def plan_edit(document: Document, pos: Position, value: str | None) -> ChangeSet | None:
    patch = plan_value(document, pos, value)
    return follow_status(document, ChangeSet("undo.edit", [patch])) if patch else None


def plan_confirm(document: Document, pos: Position) -> ChangeSet | None:
    patch = plan_state(document, pos, FieldState.CONFIRMED)
    return follow_status(document, ChangeSet("undo.confirm", [patch])) if patch else None


def plan_set_state(document: Document, pos: Position, state: FieldState) -> ChangeSet | None:
    patch = plan_state(document, pos, state)
    name = "undo.confirm" if FieldState(state) == FieldState.CONFIRMED else "undo.state"
    return follow_status(document, ChangeSet(name, [patch])) if patch else None


def plan_suggestion(document: Document, pos: Position) -> ChangeSet | None:
    f = _field(document, pos)
    suggested = suggestion_of(f)
    if suggested is None:
        return None
    value, check_id = suggested
    patch = plan_value(document, pos, value, action=SUGGESTION, note=check_id)
    return follow_status(document, ChangeSet("undo.suggestion", [patch])) if patch else None


def plan_confirm_all(document: Document, positions: Iterable[Position]) -> ChangeSet | None:
    """Confirm every field at `positions` (the high-confidence ones), as one step."""
    patches = [p for pos in positions
               if (p := plan_state(document, pos, FieldState.CONFIRMED, note=BULK_NOTE)) is not None]
    return follow_status(document, ChangeSet("undo.confirm_all", patches)) if patches else None


def plan_signoff(document: Document, untouched: Iterable[Position], reviewer: str,
                 record: SignoffRecord | None = None) -> ChangeSet | None:
    """The clerk's sign-off: every field not yet touched is `accepted` (recorded as `signoff`: taken
    as it was, not individually confirmed) and the document becomes reviewed, as one step; `record`
    (what was left open, core/signoff.py) goes to `review.signoff`. None when it is already
    reviewed and nothing is left."""
    patches = [p for pos in untouched
               if (p := plan_state(document, pos, FieldState.ACCEPTED, action=SIGNOFF)) is not None]
    review = document.review
    if not patches and review.status == ReviewStatus.REVIEWED:
        return None
    note = None
    if record is not None and record.open_problems:
        note = describe_signoff(record)
    status = StatusPatch(review.status, ReviewStatus.REVIEWED, SIGNOFF, note,
                         old_reviewer=review.reviewer, new_reviewer=reviewer,
                         old_signoff=review.signoff, new_signoff=record or SignoffRecord())
    return ChangeSet("undo.signoff", patches, status)


def plan_reject(document: Document, reason: str, reviewer: str) -> ChangeSet | None:
    reason = reason.strip()
    review = document.review
    if not reason:
        return None
    return ChangeSet("undo.reject", [], StatusPatch(review.status, ReviewStatus.REJECTED, STATUS, reason,
                                                    old_reviewer=review.reviewer, new_reviewer=reviewer,
                                                    old_signoff=review.signoff))


# --- applying -------------------------------------------------------------------------------------

def _note(note: str | None, again: bool) -> str | None:
    if not again:
        return note
    return f"{REDO_NOTE}: {note}" if note else REDO_NOTE


def apply(document: Document, changes: ChangeSet, by: str, at: str, *, again: bool = False) -> None:
    """Make `changes` happen; `again` marks a redo in the history entries' note."""
    for patch in changes.fields:
        f = _field(document, (patch.page, patch.index))
        f.value = patch.new_value
        f.state = patch.new_state
        old, new = patch.entry_values()
        f.history.append(HistoryEntry(patch.action, old, new, at, by, _note(patch.note, again)))
    if changes.status is not None:
        s = changes.status
        document.review.status = s.new
        document.review.reviewer = s.new_reviewer
        document.review.signoff = s.new_signoff
        document.review.history.append(
            HistoryEntry(s.action, str(s.old), str(s.new), at, by, _note(s.note, again)))


def revert(document: Document, changes: ChangeSet, by: str, at: str) -> None:
    """Undo `changes`: old values and states back, an `undo` entry appended for each."""
    for patch in reversed(changes.fields):
        f = _field(document, (patch.page, patch.index))
        f.value = patch.old_value
        f.state = patch.old_state
        old, new = patch.entry_values()
        f.history.append(HistoryEntry(UNDO, new, old, at, by, patch.action))
    if changes.status is not None:
        s = changes.status
        document.review.status = s.old
        document.review.reviewer = s.old_reviewer
        document.review.signoff = s.old_signoff
        document.review.history.append(HistoryEntry(UNDO, str(s.new), str(s.old), at, by, s.action))


# --- time spent -----------------------------------------------------------------------------------

IDLE_LIMIT = 120.0


class ActivityClock:
    """Seconds of active review: the gaps between the clerk's consecutive actions (keys, clicks)
    while the window is active. A gap longer than `idle_limit` counts as nothing (the clerk was
    away); so does the time the window is inactive. `take()` hands over what accumulated."""

    def __init__(self, idle_limit: float = IDLE_LIMIT, now: Callable[[], float] = time.monotonic) -> None:
        self.idle_limit = idle_limit
        self._now = now
        self._last: float | None = None
        self._pending = 0.0

    def _count_until(self, t: float) -> None:
        if self._last is not None:
            gap = t - self._last
            if 0 < gap <= self.idle_limit:
                self._pending += gap

    def activity(self) -> None:
        t = self._now()
        self._count_until(t)
        self._last = t

    def pause(self) -> None:
        """The window lost focus or the document closed: stop counting until the next activity."""
        self._count_until(self._now())
        self._last = None

    def reset(self) -> None:
        self._last = None
        self._pending = 0.0

    def take(self) -> float:
        """Seconds accumulated since the last take (counting up to now); keeps running."""
        if self._last is not None:
            t = self._now()
            self._count_until(t)
            self._last = t
        seconds, self._pending = self._pending, 0.0
        return seconds
