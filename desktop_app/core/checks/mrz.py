"""Passport machine-readable zone, ICAO 9303 TD3 (two lines of 44 characters).

Written here rather than taken from the `mrz` package, which is GPL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.core import words
from desktop_app.core.model import Check
from desktop_app.core.words import Text

from ._base import MAX_LEN, FieldCheckResult, clean, error, warning

LINE_LENGTH = 44
_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
_WEIGHTS = (7, 3, 1)


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: 0-9 → 0-9, A-Z → 10-35, `<` → 0; weights 7, 3, 1; sum mod 10."""
    return str(sum(_VALUES.get(c, 0) * _WEIGHTS[i % 3] for i, c in enumerate(data)) % 10)


def compact(value: str) -> str:
    """OCR often puts spaces inside the MRZ; they are never part of it."""
    return clean(value).replace(" ", "").upper()


@dataclass(frozen=True)
class Td3Line2:
    text: str

    @property
    def number(self) -> str:
        return self.text[0:9].rstrip("<")

    @property
    def birth(self) -> str:
        return self.text[13:19]

    @property
    def sex(self) -> str:
        return self.text[20]

    @property
    def expiry(self) -> str:
        return self.text[21:27]

    @property
    def personal_number(self) -> str:
        return self.text[28:42].rstrip("<")

    def failed_digits(self) -> list[str]:
        """Names of the parts whose check digit is wrong: number, birth, expiry, personal, composite."""
        t = self.text
        parts = {
            "number": (t[0:9], t[9]),
            "birth": (t[13:19], t[19]),
            "expiry": (t[21:27], t[27]),
            "personal": (t[28:42], t[42]),
            "composite": (t[0:10] + t[13:20] + t[21:43], t[43]),
        }
        failed = []
        for name, (data, digit) in parts.items():
            if name == "personal" and digit == "<" and data == "<" * 14:
                continue  # an empty personal number may carry `<` as its check digit
            if check_digit(data) != digit:
                failed.append(name)
        return failed


def parse_line2(value: str | None) -> Td3Line2 | None:
    """Line 2 when it has the right length and alphabet, else None."""
    if not value:
        return None
    text = compact(value)
    return Td3Line2(text) if len(text) == LINE_LENGTH and _alphabet_ok(text) else None


def mrz_date(yymmdd: str, *, birth: bool, today: date) -> date | None:
    """A YYMMDD date with its century chosen: a birth date is never in the future."""
    if not re.fullmatch(r"\d{6}", yymmdd):
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    century = 1900 if birth and yy > today.year % 100 else 2000
    try:
        return date(century + yy, mm, dd)
    except ValueError:
        return None


def _alphabet_ok(text: str) -> bool:
    return re.fullmatch(r"[A-Z0-9<]*", text) is not None


def _part(part: str) -> Text:
    """The name of a part of MRZ line 2 (number, birth, expiry, personal, composite)."""
    return words.text(f"mrz.part.{part}")


def _shape_checks(line_text: str, line: int) -> list[Check]:
    checks = []
    if not _alphabet_ok(line_text):
        checks.append(
            error("mrz.characters", words.text("check.mrz.characters", line=line))
        )
    if len(line_text) != LINE_LENGTH:
        checks.append(
            error("mrz.length", words.text("check.mrz.length", line=line, count=len(line_text)))
        )
    return checks


def check_line1(value: str) -> FieldCheckResult:
    text = compact(value)[:MAX_LEN]
    result = FieldCheckResult(_shape_checks(text, 1), normalized=text)
    if text and text[0] != "P":
        result.checks.append(
            warning("mrz.not_passport", words.text("check.mrz.not_passport"))
        )
    return result


def check_line2(value: str, *, today: date) -> FieldCheckResult:
    text = compact(value)[:MAX_LEN]
    result = FieldCheckResult(_shape_checks(text, 2), normalized=text)
    if result.checks:
        return result
    line = Td3Line2(text)
    for part in line.failed_digits():
        result.checks.append(error("mrz.check_digit", words.text("check.mrz.check_digit", part=_part(part))))
    for part, birth in (("birth", True), ("expiry", False)):
        if mrz_date(getattr(line, part), birth=birth, today=today) is None:
            result.checks.append(error("mrz.date", words.text("check.mrz.date", part=_part(part))))
    return result


def surname_from_line1(value: str | None) -> str | None:
    if not value:
        return None
    text = compact(value)
    if len(text) != LINE_LENGTH or not _alphabet_ok(text):
        return None
    return text[5:].split("<<", 1)[0].replace("<", " ").strip() or None
