"""Registration plates: Thai car plates (`2กด 6465`) and Vietnamese plates (`59X3-123.45`)."""

from __future__ import annotations

import re

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
                error(
                    "plate.pattern",
                    "Not a Thai registration number: expected an optional digit, 1-3 Thai consonants, "
                    "a space and 1-4 digits (e.g. 2กด 6465, กข 1234).",
                    "รูปแบบเลขทะเบียนไม่ถูกต้อง: ควรเป็นตัวเลขนำหน้า (ถ้ามี) พยัญชนะไทย 1-3 ตัว เว้นวรรค "
                    "และตัวเลข 1-4 หลัก เช่น 2กด 6465, กข 1234",
                )
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
                warning(
                    "plate.pattern",
                    "Not the usual Vietnamese plate form (e.g. 59X3-123.45, 30A-123.45, 30A-1234).",
                    "รูปแบบป้ายทะเบียนเวียดนามไม่ตรงกับที่พบทั่วไป (เช่น 59X3-123.45, 30A-123.45, 30A-1234)",
                )
            ]
        )
    tail = f"{m[3]}.{m[4]}" if m[3] else m[5]
    checks = []
    if unused := sorted(set(m[2]) & _VN_UNUSED_LETTERS):
        checks.append(warning(
            "plate.vn_series_letter",
            f"Vietnamese plate series do not use the letter {', '.join(unused)}; check it against the image "
            "(O for 0 or D, I for 1?).",
            f"ป้ายทะเบียนเวียดนามไม่ใช้ตัวอักษร {', '.join(unused)} ในชุดตัวอักษร กรุณาตรวจกับภาพ "
            "(O กับ 0 หรือ D, I กับ 1)",
        ))
    return FieldCheckResult(checks, normalized=f"{m[1]}{m[2]}-{tail}")
