"""The checks that know Thai addresses, Thai spelling pitfalls, title words and Vietnamese
addresses: run after a field's own check, with the document's other fields as context."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from desktop_app.core.lazy import lazy_module

from . import names, thai_text
from ._base import FieldCheckResult

if TYPE_CHECKING:
    from . import thai_address, vn_address
else:  # each country's address check (patterns, place data) at its first document of that country
    thai_address = lazy_module("desktop_app.core.checks.thai_address")
    vn_address = lazy_module("desktop_app.core.checks.vn_address")

Context = Mapping[str, str | None]
THAI_ADDRESS_DOC_TYPES = frozenset({"thai_id_card", "vehicle_book"})


def _fixed(value: str | None) -> str | None:
    return thai_text.normalize(value)[0] if value else value


class _Fixed(Mapping[str, str | None]):
    """The other fields' values with the Thai spelling fixed, each fixed when it is read: a copy
    for every field would make checking a page quadratic in its field count."""

    def __init__(self, context: Context) -> None:
        self._context = context

    def __getitem__(self, key: str) -> str | None:
        return _fixed(self._context[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._context)

    def __len__(self) -> int:
        return len(self._context)


def add_language_checks(doc_type: str, key: str, value: str, context: Context,
                        result: FieldCheckResult) -> FieldCheckResult:
    """`result` with the language checks' findings added, and `normalized` set to the fixed Thai
    spelling where the field's own check has no normal form."""
    spelling = thai_text.check_thai_text(value)
    result.checks += spelling.checks
    if result.normalized is None and spelling.normalized is not None:
        result.normalized = spelling.normalized
    # The other checks compare the fixed spelling: a decomposed Sara Am is no address mismatch.
    text = spelling.normalized or value
    fixed_context = _Fixed(context)
    if doc_type in THAI_ADDRESS_DOC_TYPES:
        result.checks += thai_address.check_address(key, text, fixed_context).checks
    result.checks += names.check_titles(doc_type, key, text, fixed_context)
    if doc_type == "vn_vehicle_registration":
        result.checks += vn_address.check_field_address(key, value, context)
    return result
