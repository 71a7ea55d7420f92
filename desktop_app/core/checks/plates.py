"""Registration plates: Thai car plates (`2กด 6465`) and Vietnamese plates (`59X3-123.45`)."""

from __future__ import annotations

import re

from desktop_app.core import words

from ._base import MAX_LEN, FieldCheckResult, clean, error, warning

# Optional leading digit, 1-3 Thai consonants (ก..ฮ), a space, 1-4 digits. The space and a dash
# are tolerated when read wrong; the normalized form always has exactly one space.
_THAI = re.compile(r"([1-9]?)\s*([ก-ฮ]{1,3})\s*-?\s*([0-9]{1,4})")
# Two-digit area code, series of 1-2 letters with an optional digit, then `123.45` or `1234`.
# Letters no Vietnamese series uses (they look like digits or are not Vietnamese letters): a sign
# of a misread. R is used (trailers, `51R-123.45`).
_VN_UNUSED_LETTERS = frozenset("IJOQW")
_VN = re.compile(r"([0-9]{2})([A-Z]{1,2}[0-9]?)-?(?:([0-9]{3})\.?([0-9]{2})|([0-9]{4}))")


def check_thai_plate(value: str) -> FieldCheckResult:
    m = _THAI.fullmatch(clean(value)[:MAX_LEN])
    if m is None:
        return FieldCheckResult(
            [
                error("plate.pattern", words.text("check.plate.thai_pattern"))
            ]
        )
    return FieldCheckResult(normalized=f"{m[1]}{m[2]} {m[3]}")


def check_vn_plate(value: str) -> FieldCheckResult:
    text = clean(value)[:MAX_LEN].upper()
    # `59-X3 123.45`: the two-line motorbike plate written on one line, the dash after the area code.
    text = re.sub(r"^([0-9]{2})\s*-\s*(?=[A-Z])", r"\1", text)
    if "-" not in text:
        # `30A 123.45`: the last space is where the dash was; without any separator
        # (`30A12345`) the series and the number cannot be told apart reliably.
        head, _, tail = text.rpartition(" ")
        text = f"{head}-{tail}" if head else tail
    text = re.sub(r"\s", "", text)
    m = _VN.fullmatch(text)
    if m is None:
        return FieldCheckResult(
            [
                warning("plate.pattern", words.text("check.plate.vn_pattern"))
            ]
        )
    tail = f"{m[3]}.{m[4]}" if m[3] else m[5]
    checks = []
    if unused := sorted(set(m[2]) & _VN_UNUSED_LETTERS):
        checks.append(warning("plate.vn_series_letter",
                              words.text("check.plate.vn_series_letter", letters=", ".join(unused))))
    return FieldCheckResult(checks, normalized=f"{m[1]}{m[2]}-{tail}")
