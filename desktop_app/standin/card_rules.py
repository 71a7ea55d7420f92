"""The ID card rules the AIGEN ID card options apply (field validation, ISO dates)."""

from __future__ import annotations

import re


def thai_id_valid(number: str) -> bool:
    if not re.fullmatch(r"\d{13}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:12], range(13, 1, -1), strict=True))
    return (11 - total % 11) % 10 == int(number[12])


_TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
_EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def parse_card_date(text: str) -> str | None:
    """`3 พ.ย. 2535` or `3 Nov. 1992` -> `1992-11-03`; None when it is not such a date."""
    parts = text.replace(",", " ").split()
    if len(parts) != 3 or not parts[0].isdigit() or not parts[2].isdigit():
        return None
    day, month_text, year = int(parts[0]), parts[1], int(parts[2])
    if month_text in _TH_MONTHS:
        month, year = _TH_MONTHS.index(month_text) + 1, year - 543
    elif month_text.rstrip(".").lower()[:3] in _EN_MONTHS:
        month = _EN_MONTHS.index(month_text.rstrip(".").lower()[:3]) + 1
    else:
        return None
    if not (1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
