"""The normalised value of a field for an export: ISO dates, digits-only ID numbers, canonical
province names, bare numbers. The field checks (core/checks) already know most of these forms;
this adds a fallback by kind when no check applies, and never loses a value: one that cannot be
normalised is exported as the clerk left it (whitespace tidied)."""

from __future__ import annotations

import re

from ..catalogue.canonical import Canonical
from ..checks import check_field, parse_date
from ..checks.dates import is_lifelong
from ..checks.provinces import canonical as province_name
from ..checks.thai_id import compact

_SPACES = re.compile(r"\s+")


def tidy(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def normalise(doc_type: str, key: str, value: str | None, column: Canonical,
              context: dict[str, str | None]) -> str | None:
    """`value` of vendor key `key` in its canonical form; None for an empty value."""
    if value is None or not value.strip():
        return None
    result = check_field(doc_type, key, value, context)
    if result.normalized is not None:
        return result.normalized
    text = tidy(value)
    match column.kind:
        case "date":
            if is_lifelong(text):
                return "lifelong"
            parsed = parse_date(text).value
            return parsed.isoformat() if parsed is not None else text
        case "id_number":
            digits = compact(text)
            return digits if digits.isdigit() else text
        case "province":
            return province_name(text) or text
        case "plate" | "code":
            return text.upper() if text.isascii() else text
    return text
