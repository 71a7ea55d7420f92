"""Numbers where numbers belong: engine size, weights, seats, years...

Tolerated: Thai digits, thousands separators and a trailing unit (`1,850 กก.`, `1998 cm3`,
`171 แรงม้า`); normalized is the bare number (`1850`). A lone dash means "not applicable" on
these forms and is accepted with no normalized value. Separators follow the document's locale:
Thai documents write `1,850.5`, Vietnamese ones `1.850,5`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from desktop_app.core import words

from ._base import MAX_LEN, FieldCheckResult, clean, error

Locale = Literal["th", "vn"]

# A unit: letters (Thai marks included), dots, slashes, optionally ending in 2/3 (cm3, m2).
_UNIT = r"(?:\s*[^\W\d_][^\d]*?[23²³]?\.?)?"
_PATTERNS = {
    "th": re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?" + _UNIT),
    "vn": re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?" + _UNIT),
}
_NOT_APPLICABLE = frozenset({"-", "–", "—"})


def _not_numeric() -> FieldCheckResult:
    return FieldCheckResult(
        [
            error("number.not_numeric", words.text("check.number.not_numeric"))
        ]
    )


def check_number(value: str, *, integer: bool, locale: Locale = "th") -> FieldCheckResult:
    text = clean(value)
    if text in _NOT_APPLICABLE:
        return FieldCheckResult()
    m = _PATTERNS[locale].fullmatch(text[:MAX_LEN]) if len(text) <= MAX_LEN else None
    if m is None:
        return _not_numeric()
    whole = re.sub(r"[,.]", "", m[1]).lstrip("0") or "0"
    fraction = (m[2] or "").rstrip("0")
    if integer and fraction:
        return FieldCheckResult(
            [
                error("number.not_integer", words.text("check.number.not_integer"))
            ],
            normalized=f"{whole}.{fraction}",
        )
    return FieldCheckResult(normalized=f"{whole}.{fraction}" if fraction else whole)


def check_year(value: str, *, today: date) -> FieldCheckResult:
    """A model or manufacturing year in CE, 1900..next year; a BE year gets its CE suggestion."""
    result = check_number(value, integer=True)
    if result.checks or result.normalized is None:
        return result
    year, latest = int(result.normalized), today.year + 1
    if not 1900 <= year <= latest:
        ce = year - 543
        suggestion = str(ce) if 1900 <= ce <= latest else None
        result.checks.append(
            error(
                "number.year_range",
                words.text("check.number.year_range_be" if suggestion else "check.number.year_range",
                           latest=latest, year=year, ce=ce),
                suggestion,
            )
        )
    return result
