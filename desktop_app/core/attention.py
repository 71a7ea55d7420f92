"""Which fields need the clerk's attention, in what order the keyboard visits them, and the
confidence thresholds (a global one plus stricter or looser ones per field of a document type).

No Qt. A field *needs attention* while it is unreviewed and at least one reason holds:

- its confidence is below its threshold, the API's validation failed (-1), or the API gave no
  confidence at all (nothing says the value is sure);
- the API did not find it (`missing`), or a required field is empty;
- a check of severity error or warning is on it (info notes do not count).

A field the clerk confirmed or corrected never needs attention again, whatever its checks say
(remaining errors and warnings are counted separately, see `checks.checks_summary`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .checks import required_keys
from .model import Document, Field, FieldState, Severity

DEFAULT_THRESHOLD = 0.90

# Per document type and key: where a wrong value is costly (identity numbers, plates, VIN, MRZ)
# the bar is higher; where OCR is often right but scores itself low (short Thai colour words) it is
# lower. Keys are the catalogue keys, lower case.
DEFAULT_FIELD_THRESHOLDS: dict[str, dict[str, float]] = {
    "vehicle_book": {
        "registration_number_car": 0.97,
        "car_number": 0.97,
        "engine_number": 0.97,
        "ownership_number_of_card": 0.97,
        "owner_number_of_card": 0.97,
        "color": 0.80,
    },
    "thai_id_card": {
        "id_number": 0.97,
    },
    "passport": {
        "passport_number": 0.97,
        "identification_number": 0.97,
        "mrz_1": 0.97,
        "mrz_2": 0.97,
    },
    "vn_vehicle_registration": {
        "plate": 0.97,
        "chassis": 0.97,
        "engine": 0.97,
        "color": 0.80,
    },
}

Position = tuple[int, int]  # (page index, field index in that page)

# Reasons, as stable ids (the window words them).
LOW_CONFIDENCE = "low_confidence"
NO_CONFIDENCE = "no_confidence"
MISSING = "missing"
REQUIRED_EMPTY = "required_empty"
CHECK_ERROR = "check_error"
CHECK_WARNING = "check_warning"


def copy_table(table: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    return {doc_type: dict(keys) for doc_type, keys in table.items()}


@dataclass
class Thresholds:
    """The global threshold and the per-field overrides (doc type -> key -> threshold)."""

    global_threshold: float = DEFAULT_THRESHOLD
    per_field: dict[str, dict[str, float]] = field(
        default_factory=lambda: copy_table(DEFAULT_FIELD_THRESHOLDS))

    def for_key(self, doc_type: str | None, key: str) -> float:
        overrides = self.per_field.get(doc_type or "", {})
        value = overrides.get(key.lower())
        return self.global_threshold if value is None else value

    def for_field(self, doc_type: str | None, f: Field) -> float:
        return self.for_key(doc_type, f.key)


def _filled(value: str | None) -> bool:
    return value is not None and bool(value.strip())


def attention_reasons(f: Field, threshold: float, doc_type: str | None = None) -> list[str]:
    """Every reason the field would need attention (whatever its state)."""
    reasons: list[str] = []
    if f.missing and not _filled(f.value):
        reasons.append(MISSING)
    elif f.confidence is None:
        reasons.append(NO_CONFIDENCE)
    elif f.confidence < threshold:  # also -1.0, the API's own validation failed
        reasons.append(LOW_CONFIDENCE)
    if doc_type and not _filled(f.value) and f.key.lower() in required_keys(doc_type):
        reasons.append(REQUIRED_EMPTY)
    severities = {c.severity for c in f.checks}
    if Severity.ERROR in severities:
        reasons.append(CHECK_ERROR)
    if Severity.WARNING in severities:
        reasons.append(CHECK_WARNING)
    return reasons


def needs_attention(f: Field, threshold: float, doc_type: str | None = None) -> bool:
    return f.state == FieldState.UNREVIEWED and bool(attention_reasons(f, threshold, doc_type))


class Attention:
    """`needs_attention` over a document with its thresholds: what the keyboard flow asks."""

    def __init__(self, document: Document, thresholds: Thresholds) -> None:
        self.document = document
        self.thresholds = thresholds

    def threshold(self, f: Field) -> float:
        return self.thresholds.for_field(self.document.doc_type, f)

    def field(self, pos: Position) -> Field:
        page, index = pos
        return self.document.pages[page].fields[index]

    def needs(self, pos: Position) -> bool:
        f = self.field(pos)
        return needs_attention(f, self.threshold(f), self.document.doc_type)

    def reasons(self, pos: Position) -> list[str]:
        f = self.field(pos)
        return attention_reasons(f, self.threshold(f), self.document.doc_type)

    def positions(self) -> list[Position]:
        return [(p, i) for p, page in enumerate(self.document.pages) for i in range(len(page.fields))]

    def pending(self) -> list[Position]:
        """Every field that still needs attention, in document order."""
        return [pos for pos in self.positions() if self.needs(pos)]

    def high_confidence(self) -> list[Position]:
        """Unreviewed fields that need no attention: what "confirm all high-confidence" confirms."""
        return [pos for pos in self.positions()
                if self.field(pos).state == FieldState.UNREVIEWED and not self.needs(pos)]

    def untouched(self) -> list[Position]:
        """Fields not yet confirmed or corrected: what the sign-off accepts."""
        return [pos for pos in self.positions() if self.field(pos).state == FieldState.UNREVIEWED]


def visit_order(page_orders: Sequence[Sequence[int]]) -> list[Position]:
    """Document order from each page's row order (as the list shows it)."""
    return [(page, index) for page, order in enumerate(page_orders) for index in order]


def step(order: Sequence[Position], current: Position | None, delta: int) -> Position | None:
    """Tab / Shift+Tab: the next (delta=+1) or previous (-1) field, wrapping around."""
    if not order:
        return None
    if current not in order:
        return order[0] if delta >= 0 else order[-1]
    return order[(order.index(current) + delta) % len(order)]


def next_field(order: Sequence[Position], current: Position | None,
               needs: Callable[[Position], bool]) -> Position | None:
    """Enter: the next field after `current` that needs attention (wrapping around, so a field
    skipped earlier comes back); when none is left, simply the next field in order."""
    if not order:
        return None
    start = order.index(current) + 1 if current in order else 0
    rotated = list(order[start:]) + list(order[:start])
    for pos in rotated:
        if pos != current and needs(pos):
            return pos
    return step(order, current, +1)


def first_needing(order: Iterable[Position], needs: Callable[[Position], bool]) -> Position | None:
    return next((pos for pos in order if needs(pos)), None)
