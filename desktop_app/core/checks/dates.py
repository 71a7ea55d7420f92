"""Date parsing for Thai, English and numeric forms, with Buddhist Era years.

Accepted: `1 สิงหาคม 2556`, `14 ก.พ. 2531`, `14 Feb. 1988`, `14 February 1988`, `Feb 14, 1988`,
`04/03/1979` (day first; `.` and `-` also separate), `1988-02-14`. Thai digits are read as ASCII.
A four-digit year above 2400 is Buddhist Era (BE = CE + 543). A two-digit year after a Thai month
(`15 มี.ค. 62`) is not read silently: short_year.py suggests the year in full, by its century rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from desktop_app.core import words

from ._base import FieldCheckResult, clean, error, warning
from .short_year import two_digit_year_check

BE_OFFSET = 543

_TH_MONTHS = (
    ("มกราคม", "มค"),
    ("กุมภาพันธ์", "กพ"),
    ("มีนาคม", "มีค"),
    ("เมษายน", "เมย"),
    ("พฤษภาคม", "พค"),
    ("มิถุนายน", "มิย"),
    ("กรกฎาคม", "กค"),
    ("สิงหาคม", "สค"),
    ("กันยายน", "กย"),
    ("ตุลาคม", "ตค"),
    ("พฤศจิกายน", "พย"),
    ("ธันวาคม", "ธค"),
)
_EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTHS: dict[str, int] = {}
for _n, (_full, _abbr) in enumerate(_TH_MONTHS, start=1):
    _MONTHS[_full] = _MONTHS[_abbr] = _n
for _n, _name in enumerate(_EN_MONTHS, start=1):
    _MONTHS[_name] = _MONTHS[_name[:3]] = _n
_MONTHS["sept"] = 9

_PREFIX = re.compile(r"^(?:วันที่|date)\s*", re.IGNORECASE)
_ERA = re.compile(r"(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*(?=\d{4}$)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})\s*([^\d]{1,20}?)\s*(\d{4})")
_MONTH_FIRST = re.compile(r"([A-Za-z][A-Za-z.]{2,9})\s*(\d{1,2})\s*,?\s*(\d{4})")

LIFELONG = frozenset({"ตลอดชีพ", "lifelong", "lifetime"})


@dataclass(frozen=True)
class ParsedDate:
    """A date as read from a field, or why it could not be read."""

    value: date | None
    problem: Literal["unparseable", "impossible"] | None = None
    buddhist: bool = False


def _month(token: str) -> int | None:
    return _MONTHS.get(re.sub(r"[\s.,\-/]", "", token).lower())


def _build(year: int, month: int, day: int) -> ParsedDate:
    buddhist = year > 2400
    if buddhist:
        year -= BE_OFFSET
    try:
        return ParsedDate(date(year, month, day), buddhist=buddhist)
    except ValueError:
        return ParsedDate(None, "impossible", buddhist)


def parse_date(text: str) -> ParsedDate:
    s = clean(text)
    if not s or len(s) > 60:
        return ParsedDate(None, "unparseable")
    s = _ERA.sub("", _PREFIX.sub("", s)).strip()
    if m := _ISO.fullmatch(s):
        return _build(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(s):
        return _build(int(m[4]), int(m[3]), int(m[1]))
    if (m := _DAY_FIRST.fullmatch(s)) and (month := _month(m[2])):
        return _build(int(m[3]), month, int(m[1]))
    if (m := _MONTH_FIRST.fullmatch(s)) and (month := _month(m[1])):
        return _build(int(m[3]), month, int(m[2]))
    return ParsedDate(None, "unparseable")


def is_lifelong(text: str) -> bool:
    """The Thai ID card's expiry for people over 70: `ตลอดชีพ` / `LIFE LONG`."""
    return clean(text).replace(" ", "").lower() in LIFELONG


def check_date(value: str, *, today: date, lifelong_ok: bool = False) -> FieldCheckResult:
    """Single-field date check; the cross-field rules live in `rules.py`."""
    if lifelong_ok and is_lifelong(value):
        return FieldCheckResult()
    parsed = parse_date(value)
    if parsed.problem == "unparseable" and (short := two_digit_year_check(value, today, _month)):
        return short  # `15 มี.ค. 62`: a suggestion, never a silent guess (short_year.py)
    if parsed.problem == "unparseable":
        return FieldCheckResult(
            [
                error("date.unparseable", words.text("check.date.unparseable"))
            ]
        )
    if parsed.value is None:
        return FieldCheckResult(
            [
                error("date.invalid", words.text("check.date.invalid"))
            ]
        )
    result = FieldCheckResult(normalized=parsed.value.isoformat())
    if not 1900 <= parsed.value.year <= today.year + 60:
        result.checks.append(
            warning("date.implausible_year",
                    words.text("check.date.implausible_year", year=parsed.value.year))
        )
    return result
