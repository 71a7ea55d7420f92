"""Two-digit Buddhist-era years (`15 มี.ค. 62`), read with a written-down century rule and offered
as a suggestion, never silently normalised.

The century rule: a two-digit year after a Thai month name is a Buddhist-era year. It is 25YY,
unless 25YY is more than `FUTURE_YEARS` (20) years after the current year, and then it is 24YY.
(In 2026, BE 2569: `62` is 2562 = 2019 CE and `85` is 2585 = 2042 CE, an expiry date still
plausible; `95` would be 2595 = 2052 CE, so it is read as 2495 = 1952 CE, a birth year.)

The check is a warning with the four-digit date as its suggestion (Alt+Enter in the window); the
field's `normalized` stays empty until the clerk takes it, because the century is a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desktop_app.core import words

from ._base import FieldCheckResult, clean, warning

BE_OFFSET = 543
FUTURE_YEARS = 20
_SHORT = re.compile(r"(\d{1,2})\s*([^\d]{1,20}?)\s*(\d{2})")
_THAI = re.compile(r"[\u0e01-\u0e5b]")


def century(two_digits: int, today: date) -> int:
    """The Buddhist-era year a two-digit year stands for, by the century rule above."""
    year = 2500 + two_digits
    return year if year - BE_OFFSET <= today.year + FUTURE_YEARS else year - 100


def two_digit_year_check(value: str, today: date,
                         month_of: Callable[[str], int | None]) -> FieldCheckResult | None:
    """A warning suggesting the date with its year written in full, when `value` is a day, a Thai
    month and a two-digit year (`month_of` reads the month); None for anything else."""
    text = clean(value)
    m = _SHORT.fullmatch(text)
    if m is None or not _THAI.search(m[2]) or month_of(m[2]) is None:
        return None
    year = century(int(m[3]), today)
    try:
        date(year - BE_OFFSET, month_of(m[2]) or 0, int(m[1]))
    except ValueError:
        return None  # not a day of that month: the date check's own "unparseable" says enough
    full = f"{text[:m.start(3)].rstrip()} {year}"
    return FieldCheckResult([warning(
        "date.two_digit_year",
        words.text("check.date.two_digit_year", short=m[3], year=year, ce=year - BE_OFFSET,
                   ahead=FUTURE_YEARS),
        suggestion=full)])
