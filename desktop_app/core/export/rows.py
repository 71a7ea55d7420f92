"""One export row per document: the review's facts, then one column per canonical field.

Columns depend only on the document types exported, never on which keys a provider happened to
answer (AIGEN v1 leaves out what it did not find, v2 answers `{}`): the same documents read
through v1 and v2 give the same columns. A canonical field read in several places (on front and
back, or in Thai and in English) is one column; the first non-empty reading wins and a reading
that differs after normalising is reported in `disagreements`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..catalogue import DOC_TYPES
from ..catalogue.canonical import Canonical, canonical_for, table
from ..model import Document, ReviewStatus
from ..presentation import is_masked as _is_masked
from ..presentation import mask_value
from .normalise import normalise

META_COLUMNS: tuple[str, ...] = (
    "document_type", "status", "reviewer", "signed_off_at", "provider", "simulated",
    "source_file", "source_sha256", "review_file", "seconds_spent", "disagreements",
    # what the sign-off left open (review.signoff): a downstream system can tell a blind sign-off
    "open_errors", "open_attention", "empty_required", "accepted_unseen",
)
SIGNOFF = "signoff"


@dataclass
class Disagreement:
    column: str
    readings: list[tuple[str, str]]  # (where: "page 2, dob_en", normalised value)

    def text(self) -> str:
        return f"{self.column}: " + " ≠ ".join(f"{value!r} ({where})" for where, value in self.readings)


@dataclass
class Row:
    values: dict[str, Any]
    disagreements: list[Disagreement] = field(default_factory=list)


def columns_for(doc_types: list[str]) -> list[str]:
    """META_COLUMNS, then each document type's canonical names (in DOC_TYPES order, each once)."""
    known = [t for t in DOC_TYPES if t in doc_types]
    ordered = known + sorted(t for t in set(doc_types) if t not in DOC_TYPES)
    names: list[str] = list(META_COLUMNS)
    for doc_type in ordered:
        names += [c.name for c in table(doc_type) if c.name not in names]
    return names


def signed_off_at(document: Document) -> str | None:
    """When the document was last signed off; None unless it is reviewed now."""
    if document.review.status != ReviewStatus.REVIEWED:
        return None
    for entry in reversed(document.review.history):
        if entry.action == SIGNOFF and entry.new == str(ReviewStatus.REVIEWED):
            return entry.at
    return document.review.updated


def _context(document: Document) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for _, f in document.all_fields():
        if f.value is not None and f.value.strip():
            values.setdefault(f.key.lower(), f.value)
    return values


def canonical_values(document: Document) -> tuple[dict[str, str | None], list[Disagreement]]:
    """canonical name -> normalised value (None when empty), and the disagreements found."""
    context = _context(document)
    readings: dict[str, list[tuple[int, str, str]]] = {}  # name -> (key rank, where, value)
    columns: dict[str, Canonical] = {}
    for page, f in document.all_fields():
        column = canonical_for(document.doc_type, f.key)
        if column is None:
            continue  # an unknown key: kept in the review file, not a column
        columns[column.name] = column
        value = normalise(document.doc_type, f.key, f.value, column, context)
        if value is None:
            continue
        rank = column.keys.index(f.key.lower())
        readings.setdefault(column.name, []).append((rank, f"page {page.index + 1}, {f.key}", value))
    values: dict[str, str | None] = {c.name: None for c in table(document.doc_type)}
    disagreements: list[Disagreement] = []
    for name, found in readings.items():
        found.sort(key=lambda item: item[0])  # the preferred key first, then page order
        values[name] = found[0][2]
        if len({value for _, _, value in found}) > 1:
            disagreements.append(Disagreement(name, [(where, value) for _, where, value in found]))
    return values, disagreements


def build_row(document: Document, review_file: str | None = None, *, masked: bool = False,
              mask_names: bool = False) -> Row:
    """The export row of one document. With `masked` (presentation mode), personal values are
    masked as on screen."""
    values, disagreements = canonical_values(document)
    if masked:
        hidden = {c.name: c.personal for c in table(document.doc_type)
                  if c.personal and _is_masked(document.doc_type, c.keys[0], names=mask_names)}
        for name, kind in hidden.items():
            values[name] = mask_value(values[name], kind)
        disagreements = [Disagreement(d.column, [(w, mask_value(v, hidden[d.column]) or "")
                                                 for w, v in d.readings]) if d.column in hidden else d
                         for d in disagreements]
    row: dict[str, Any] = {
        "document_type": document.doc_type,
        "status": str(document.review.status),
        "reviewer": document.review.reviewer,
        "signed_off_at": signed_off_at(document),
        "provider": document.provider_id,
        "simulated": bool(document.simulated),
        "source_file": "; ".join(s.path for s in document.sources),
        "source_sha256": "; ".join(s.sha256 for s in document.sources),
        "review_file": review_file,
        "seconds_spent": round(float(document.review.seconds_spent), 1),
        "disagreements": "; ".join(d.text() for d in disagreements) or None,
        **_left_open(document),
    }
    row.update(values)
    return Row(row, disagreements)


def _left_open(document: Document) -> dict[str, int | None]:
    """The sign-off's counts of what it left open; None for a document not signed off."""
    record = document.review.signoff if document.review.status == ReviewStatus.REVIEWED else None
    return {"open_errors": record.errors if record else None,
            "open_attention": record.attention if record else None,
            "empty_required": record.empty_required if record else None,
            "accepted_unseen": record.accepted if record else None}


def as_document(item: Document | Mapping[str, Any]) -> Document:
    """A loaded `Document`, or a review file's structure (a dict, as `reviewfile.to_dict` gives)."""
    if isinstance(item, Document):
        return item
    from ..reviewfile import from_dict

    return from_dict(dict(item))
