"""Read the parts of a Thai address out of one text: sub-district, district, province, postcode.

The vehicle book gives only a full address (`ownership_adress`), the ID card gives both a full
address and the parts. Markers: ต./ตำบล and แขวง (Bangkok) for the sub-district; อ./อำเภอ/กิ่งอำเภอ
and เขต (Bangkok) for the district; จ./จังหวัด for the province, which may also stand bare
(`กรุงเทพมหานคร`, `กทม.`). OCR glues words (`แขวงห้วยขวางเซตห้วยขวาง`, from the vendor's own v1
sample, where เขต was read as เซต), so a marker also splits a word when a name follows it; names
that end in a marker word (`หลักเขต`, `สามตำบล`) are left whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import provinces
from ._base import MAX_LEN, clean

SUB_MARKERS = ("ตำบล", "แขวง", "ต.")
DISTRICT_MARKERS = ("กิ่งอำเภอ", "อำเภอ", "เขต", "เซต", "อ.")
PROVINCE_MARKERS = ("จังหวัด", "จว.", "จ.")
_LEVEL = {m: "sub" for m in SUB_MARKERS} | {m: "district" for m in DISTRICT_MARKERS} | {
    m: "province" for m in PROVINCE_MARKERS
}
# Longest first, so that อำเภอ wins over อ. and จังหวัด over จ.
_MARKER = "|".join(re.escape(m) for m in sorted(_LEVEL, key=len, reverse=True))
# A marker at the start of a word, or glued inside one when a Thai letter follows it.
_FIND = re.compile(rf"(?:(?<=\s)|^)({_MARKER})\s*"
                   rf"|(?<=[\u0e00-\u0e7f])({_MARKER})(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_POSTCODE = re.compile(r"(?<!\d)([1-9]\d{4})(?!\d)")


@dataclass(frozen=True)
class Part:
    """One part as written: `marker` (`ต.`, `แขวง`, '' when bare) and `name` (no marker)."""

    marker: str
    name: str
    start: int  # where the name starts in the cleaned text
    end: int


@dataclass(frozen=True)
class AddressParts:
    """The parts found in one address text (None: not found)."""

    text: str  # the cleaned text the positions refer to
    sub: Part | None = None
    district: Part | None = None
    province: Part | None = None
    postcode: Part | None = None

    def filled(self) -> int:
        return sum(p is not None for p in (self.sub, self.district, self.province, self.postcode))


def split_marker(value: str, level: str) -> tuple[str, str]:
    """(marker, name) of one part written alone: `ต.หัวไผ่` -> (`ต.`, `หัวไผ่`)."""
    text = clean(value)
    for marker in sorted((m for m, lv in _LEVEL.items() if lv == level), key=len, reverse=True):
        if text.startswith(marker) and len(text) > len(marker):
            return marker, text[len(marker):].strip()
    return "", text


def parse(value: str) -> AddressParts:
    """The parts found in a full address; a part not found is None."""
    text = clean(value)[:MAX_LEN]
    found: dict[str, Part] = {}
    marks = list(_FIND.finditer(text))
    consumed_to = 0
    for i, m in enumerate(marks):
        marker = m.group(1) or m.group(2)
        level = _LEVEL[marker]
        start = m.end()
        limit = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        rest = text[start:limit]
        name = rest.split()[0] if rest.split() else ""
        if not name or level in found:
            continue
        name_start = text.index(name, start)
        found[level] = Part(marker.strip(), name, name_start, name_start + len(name))
        consumed_to = max(consumed_to, name_start + len(name))
    codes = list(_POSTCODE.finditer(text))
    if codes:
        c = codes[-1]
        found["postcode"] = Part("", c.group(1), c.start(1), c.end(1))
    if "province" not in found:
        bare = _bare_province(text, consumed_to, found.get("postcode"))
        if bare is not None:
            found["province"] = bare
    return AddressParts(text, found.get("sub"), found.get("district"), found.get("province"),
                        found.get("postcode"))


def _bare_province(text: str, after: int, postcode: Part | None) -> Part | None:
    """A province written without จ. (`... เขตคลองเตย กรุงเทพมหานคร 10110`): the words after the
    last marked part, up to the postcode, when they name a province or nearly do."""
    end = postcode.start if postcode and postcode.start >= after else len(text)
    words = text[after:end].split()
    if not words:
        return None
    candidate = words[-1]
    if provinces.canonical(candidate) is None and provinces.closest(candidate) is None:
        return None
    start = text.index(candidate, after)
    return Part("", candidate, start, start + len(candidate))
