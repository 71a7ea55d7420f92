"""The checks that know Thai addresses, Thai spelling pitfalls, title words and Vietnamese
addresses: run after a field's own check, with the document's other fields as context."""

from __future__ import annotations

from . import thai_address
from ._base import FieldCheckResult

Context = dict[str, str | None]
THAI_ADDRESS_DOC_TYPES = frozenset({"thai_id_card", "vehicle_book"})


def add_language_checks(doc_type: str, key: str, value: str, context: Context,
                        result: FieldCheckResult) -> FieldCheckResult:
    """`result` with the language checks' findings added (and `normalized` set where only they
    have a normal form)."""
    if doc_type in THAI_ADDRESS_DOC_TYPES:
        result.checks += thai_address.check_address(key, value, context).checks
    return result
