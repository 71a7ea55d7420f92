"""VIN (ISO 3779), the vehicle book's `car_number`. Outside North America the check digit is
optional, so every finding here is a warning."""

from __future__ import annotations

import re

from vininfo import Vin

from ._base import MAX_LEN, FieldCheckResult, clean, warning

_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "Q": "0"})
_HINT_EN = "A VIN never contains I, O or Q: O is probably 0 and I is probably 1."
_HINT_TH = "เลขตัวรถ (VIN) ไม่มีตัว I, O และ Q: ตัว O น่าจะเป็นเลข 0 และตัว I น่าจะเป็นเลข 1"


def compact(value: str) -> str:
    return re.sub(r"[\s\-]", "", clean(value)).upper()


def checksum_ok(vin: str) -> bool | None:
    """True/False for a well-formed 17-character VIN; None when the maker does not use the
    SAE check digit or vininfo rejects the VIN."""
    try:
        parsed = Vin(vin)
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
            warning(
                "vin.characters",
                "A VIN holds only letters A-Z (except I, O, Q) and digits.",
                "เลขตัวรถ (VIN) มีได้เฉพาะตัวอักษร A-Z (ยกเว้น I, O, Q) และตัวเลข",
            )
        )
        return result
    confusable = re.search(r"[IOQ]", vin) is not None
    if confusable:
        fixed = vin.translate(_CONFUSABLE)
        suggestion = fixed if len(fixed) == 17 and checksum_ok(fixed) else None
        result.checks.append(
            warning(
                "vin.characters",
                _HINT_EN + (f" With that fixed the VIN is valid: {fixed}." if suggestion else ""),
                _HINT_TH + (f" เมื่อแก้แล้วได้เลขที่ถูกต้อง: {fixed}" if suggestion else ""),
                suggestion,
            )
        )
    if len(vin) != 17:
        result.checks.append(
            warning(
                "vin.length",
                f"A VIN has 17 characters; this one has {len(vin)} (older or locally built vehicles may "
                "differ). Check for dropped characters and O/0, I/1 confusion.",
                f"เลขตัวรถ (VIN) มาตรฐานมี 17 ตัว แต่อ่านได้ {len(vin)} ตัว (รถเก่าหรือรถประกอบในประเทศอาจต่างไป) "
                "ตรวจสอบตัวที่ตกหล่น และความสับสนระหว่าง O/0, I/1",
            )
        )
    elif not confusable and checksum_ok(vin) is False:
        result.checks.append(
            warning(
                "vin.check_digit",
                "The VIN's check digit (9th character) does not match: a character may be misread "
                "(not every maker outside North America uses it).",
                "เลขตรวจสอบของ VIN (ตัวที่ 9) ไม่ตรง อาจอ่านตัวอักษรผิด (ผู้ผลิตนอกอเมริกาเหนือบางรายไม่ใช้เลขตรวจสอบนี้)",
            )
        )
    return result
