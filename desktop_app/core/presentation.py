"""Presentation mode without Qt: which values are personal data, and how they are masked.

Shown on a projector, a real document must not expose its holder: the ID number keeps only its
last four characters, the laser code, religion, date of birth and MRZ lines are hidden, the face
photo is covered, and names and addresses are hidden when the clerk asks for that too. The window
(gui/flows/presentation.py) applies this to the field list, the crops and the image; exports taken in
presentation mode go through `mask_value` as well. Categories come from the canonical tables
(core/catalogue/canonical.py).
"""

from __future__ import annotations

from .catalogue.canonical import canonical_for

ALWAYS = frozenset({"id", "dob", "religion", "mrz", "laser"})
ON_REQUEST = frozenset({"name", "address"})
KEEP_LAST = 4
DOT = "•"


def category(doc_type: str, key: str) -> str | None:
    """The personal-data category of a vendor key, or None."""
    if "laser" in key.lower():  # the ID card's back (laser code): whichever key a service uses
        return "laser"
    found = canonical_for(doc_type, key)
    return found.personal if found is not None else None


def is_masked(doc_type: str, key: str, *, names: bool) -> bool:
    """True when presentation mode hides this key's value (`names`: hide names and addresses too)."""
    kind = category(doc_type, key)
    return kind in ALWAYS or (names and kind in ON_REQUEST)


def mask_value(value: str | None, kind: str | None) -> str | None:
    """`value` as presentation mode shows it. An ID number keeps its last four letters or digits;
    anything else personal becomes a row of dots of a fixed length (the length would tell)."""
    if value is None or not value.strip():
        return value
    if kind == "id":
        visible = [ch for ch in value if ch.isalnum()]
        tail = "".join(visible[-KEEP_LAST:]) if len(visible) > KEEP_LAST else ""
        return DOT * 9 + tail
    return DOT * 8


def masked(doc_type: str, key: str, value: str | None, *, names: bool) -> str | None:
    """`value` masked when presentation mode hides `key`, else unchanged."""
    if not is_masked(doc_type, key, names=names):
        return value
    return mask_value(value, category(doc_type, key))
