"""Thai 13-digit numbers: personal ID (PIN) and juristic-person (company) registration numbers.

Both share one check digit (python-stdnum `stdnum.th.pin` / `stdnum.th.moa`); a PIN starts with
1-8, a juristic-person number with 0, nothing starts with 9.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from desktop_app.core import words

from ..lazy import lazy_module
from ._base import MAX_LEN, FieldCheckResult, clean, error, info

if TYPE_CHECKING:
    from stdnum.th import moa, pin
else:  # python-stdnum's import is ~100 ms of the window's start: at the first ID number checked
    moa = lazy_module("stdnum.th.moa")
    pin = lazy_module("stdnum.th.pin")

Kind = Literal["personal", "juristic"]

_SEPARATORS = re.compile(r"[\s\-\u2013.]")


def compact(value: str) -> str:
    """The value without spaces, dashes and dots, Thai digits as ASCII."""
    return _SEPARATORS.sub("", clean(value))


def kind_of(number: str) -> Kind | None:
    """Which kind a 13-digit number is by its first digit; None when it can be neither."""
    if len(number) != 13 or not number.isascii() or not number.isdigit():
        return None
    if number[0] == "0":
        return "juristic"
    return None if number[0] == "9" else "personal"


def is_valid(number: str) -> bool:
    kind = kind_of(number)
    if kind == "juristic":
        return moa.is_valid(number)
    return kind == "personal" and pin.is_valid(number)


def check_thai_id(value: str, *, personal_only: bool) -> FieldCheckResult:
    """`personal_only`: the field can only hold a PIN (ID card, passport); otherwise either kind."""
    number = compact(value)
    if len(number) > MAX_LEN or not re.fullmatch(r"[0-9]+", number):
        return FieldCheckResult(
            [
                error("thai_id.not_numeric", words.text("check.thai_id.not_numeric"))
            ]
        )
    if len(number) != 13:
        return FieldCheckResult(
            [
                error("thai_id.length", words.text("check.thai_id.length", count=len(number)))
            ]
        )
    result = FieldCheckResult(normalized=number)
    kind = kind_of(number)
    if kind is None or (personal_only and kind == "juristic"):
        result.checks.append(
            error("thai_id.first_digit", words.text(
                "check.thai_id.first_digit" + ("_zero" if number[0] == "0" else ""), digit=number[0]))
        )
    # The check digit is the same arithmetic for both kinds; calc_check_digit works for any prefix.
    if pin.calc_check_digit(number[:12]) != number[12]:
        named = "juristic" if kind == "juristic" and not personal_only else "personal"
        result.checks.append(error("thai_id.checksum", words.text(
            "check.thai_id.checksum", kind=words.text(f"thai_id.kind.{named}"))))
    elif not personal_only and kind is not None:
        # Owner fields of the vehicle book hold either kind: tell the clerk which one this is.
        if kind == "juristic":
            result.checks.append(
                info("thai_id.kind", words.text("check.thai_id.kind_juristic"))
            )
        else:
            result.checks.append(
                info("thai_id.kind", words.text("check.thai_id.kind_personal"))
            )
    return result
