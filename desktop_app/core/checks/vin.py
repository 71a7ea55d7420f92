"""VIN (ISO 3779), the vehicle book's `car_number`. Outside North America the check digit is
optional, so every finding here is a warning."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop_app.core import words
from desktop_app.core.lazy import lazy_module

from ._base import MAX_LEN, FieldCheckResult, clean, warning

if TYPE_CHECKING:
    import vininfo
else:  # its makers' tables: at the first VIN checked, not in every process that checks a card
    vininfo = lazy_module("vininfo")

_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "Q": "0"})


def compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", clean(value)).upper()


def checksum_ok(vin: str) -> bool | None:
    """True/False for a well-formed 17-character VIN; None when the maker does not use the
    SAE check digit or vininfo rejects the VIN."""
    try:
        parsed = vininfo.Vin(vin)
        if not getattr(parsed.assembler, "uses_sae_checkdigit", True):
            return None
        return parsed.verify_checksum(check_year=False)
    except Exception:  # vininfo's brand decoders are third-party code: a VIN must never crash a check
        return None


def check_vin(value: str) -> FieldCheckResult:
    vin = compact(value)[:MAX_LEN]
    result = FieldCheckResult(normalized=vin)
    if not re.fullmatch(r"[A-Z0-9]+", vin):
        result.checks.append(
            warning("vin.characters", words.text("check.vin.characters"))
        )
        return result
    confusable = re.search(r"[IOQ]", vin) is not None
    if confusable:
        fixed = vin.translate(_CONFUSABLE)
        suggestion = fixed if len(fixed) == 17 and checksum_ok(fixed) else None
        result.checks.append(
            warning(
                "vin.characters",
                words.text("check.vin.confusable" + ("_fixed" if suggestion else ""), fixed=fixed),
                suggestion,
            )
        )
    if len(vin) != 17:
        result.checks.append(
            warning("vin.length", words.text("check.vin.length", count=len(vin)))
        )
    elif not confusable and checksum_ok(vin) is False:
        result.checks.append(
            warning("vin.check_digit", words.text("check.vin.check_digit"))
        )
    return result
