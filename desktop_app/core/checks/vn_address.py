"""Vietnamese addresses with the 1 July 2025 reform in mind: 63 provinces became 34, districts
were abolished, wards and communes now belong to a province directly (Resolution 202/2025/QH15).

A registration issued before the reform keeps its old address (`Quận 1, TP. Hồ Chí Minh`,
`Huyện Vị Xuyên, Tỉnh Hà Giang`); a newer one has ward and province only. Both are understood:
- a province found in neither list is a warning, with the nearest name as suggestion;
- an old province that is now part of another one gets a note saying which;
- a district that is not in its (old) province is a warning;
- in the new form (no district), a ward that is not in its province is a warning.
Data: data/vn_*.csv, converted from vietnamadminunits (MIT) by scripts/make_vn_admin_data.py.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from desktop_app.core import words
from desktop_app.core.model import Check

from ._base import MAX_LEN, clean, info, warning
from .provinces import edit_distance

_PROVINCE_WORDS = r"thanh pho|tp|tinh|t"
_DISTRICT_WORDS = r"quan|huyen|thi xa|thanh pho|tx|tp|q|h"
_WARD_WORDS = r"phuong|xa|thi tran|dac khu|tt|p|x"
_DISTRICT_PREFIX = re.compile(r"^(?:quan|huyen|thi xa|q|h|tx)\b\.?", re.IGNORECASE)
_WARD_PREFIX = re.compile(r"^(?:phuong|xa|thi tran|dac khu|p|x|tt)\b\.?", re.IGNORECASE)
_ALIASES = {"hcm": "hochiminh", "tphcm": "hochiminh", "hn": "hanoi", "saigon": "hochiminh"}


def fold(text: str) -> str:
    """Lower case without accents: `Thành phố Hồ Chí Minh` -> `thanh pho ho chi minh`."""
    text = clean(text).lower().replace("đ", "d")
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(text.replace(".", ". ").split())


def _key(name: str, words: str) -> str:
    folded = re.sub(rf"^(?:{words})\b\.?\s*", "", fold(name))
    folded = re.sub(r"[\s.\-]", "", folded)
    return _ALIASES.get(folded, folded)


@dataclass(frozen=True)
class Province:
    old_code: str
    old_name: str
    new_code: str
    new_name: str


def _read(name: str) -> list[dict[str, str]]:
    text = files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _provinces() -> tuple[Province, ...]:
    return tuple(Province(r["old_code"], r["old_name"], r["new_code"], r["new_name"])
                 for r in _read("vn_provinces.csv"))


@lru_cache(maxsize=1)
def _province_index() -> dict[str, list[Province]]:
    """Name key -> the old provinces of that name (old names), or that became it (new names)."""
    index: dict[str, list[Province]] = {}
    for p in _provinces():
        index.setdefault(_key(p.old_name, _PROVINCE_WORDS), []).append(p)
    for p in _provinces():
        new_key = _key(p.new_name, _PROVINCE_WORDS)
        if p not in index.setdefault(new_key, []):
            index[new_key].append(p)
    return index


@lru_cache(maxsize=1)
def _districts() -> dict[str, dict[str, str]]:
    """Old province code -> district key -> district name."""
    out: dict[str, dict[str, str]] = {}
    for r in _read("vn_districts_legacy.csv"):
        out.setdefault(r["old_province_code"], {})[_key(r["district"], _DISTRICT_WORDS)] = r["district"]
    return out


@lru_cache(maxsize=1)
def _wards() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for r in _read("vn_wards_2025.csv"):
        out.setdefault(r["new_province_code"], {})[_key(r["ward"], _WARD_WORDS)] = r["ward"]
    return out


def _nearest(name: str, choices: dict[str, str]) -> str | None:
    best: tuple[int, str] | None = None
    for k, shown in choices.items():
        distance = edit_distance(name, k)
        if distance <= max(1, len(k) // 4) and (best is None or distance < best[0]):
            best = (distance, shown)
    return best[1] if best else None


def find_province(name: str) -> list[Province]:
    return _province_index().get(_key(name, _PROVINCE_WORDS), [])


@dataclass(frozen=True)
class VnAddress:
    province: str | None = None
    district: str | None = None
    ward: str | None = None


def split_full(value: str) -> VnAddress:
    """Province, district and ward out of `Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh`."""
    parts = [p.strip() for p in clean(value)[:MAX_LEN].split(",") if p.strip()]
    if len(parts) < 2:
        return VnAddress()
    district = next((p for p in parts[:-1] if _DISTRICT_PREFIX.match(fold(p))), None)
    ward = next((p for p in parts[:-1] if _WARD_PREFIX.match(fold(p))), None)
    return VnAddress(parts[-1], district, ward)


def _province_checks(name: str) -> tuple[list[Check], list[Province]]:
    found = find_province(name)
    if not found:
        names = {_key(p.old_name, _PROVINCE_WORDS): p.old_name for p in _provinces()}
        names |= {_key(p.new_name, _PROVINCE_WORDS): p.new_name for p in _provinces()}
        suggestion = _nearest(_key(name, _PROVINCE_WORDS), names)
        key = "check.vn_address.unknown_province" + ("_suggest" if suggestion else "")
        return [warning("vn_address.unknown_province", words.text(key, name=name, suggestion=suggestion),
                        suggestion)], []
    merged = {p.new_name for p in found if p.new_code != p.old_code}
    if len(found) == 1 and merged:
        p = found[0]
        return [info("vn_address.merged",
                     words.text("check.vn_address.merged", old=p.old_name, new=p.new_name))], found
    return [], found


def check_vn_address(province: str | None, district: str | None, ward: str | None,
                     role: str) -> list[Check]:
    """The checks for the part `role` (province, district, ward or full) of one address."""
    if not province:
        return []
    province_checks, found = _province_checks(province)
    checks = province_checks if role in ("province", "full") else []
    if not found:
        return checks
    if district and role in ("district", "full"):
        districts = {k: v for p in found for k, v in _districts().get(p.old_code, {}).items()}
        if _key(district, _DISTRICT_WORDS) not in districts:
            suggestion = _nearest(_key(district, _DISTRICT_WORDS), districts)
            key = "check.vn_address.district_mismatch" + ("_suggest" if suggestion else "")
            checks.append(warning("vn_address.district_mismatch", words.text(
                key, district=district, province=province, suggestion=suggestion), suggestion))
    if ward and not district and role in ("ward", "full"):
        wards = {k: v for code in {p.new_code for p in found} for k, v in _wards().get(code, {}).items()}
        if _key(ward, _WARD_WORDS) not in wards:
            suggestion = _nearest(_key(ward, _WARD_WORDS), wards)
            key = "check.vn_address.ward_mismatch" + ("_suggest" if suggestion else "")
            checks.append(warning("vn_address.ward_mismatch", words.text(
                key, ward=ward, province=province, suggestion=suggestion), suggestion))
    return checks


_ROLE_OF_CHECK = {"vn_address.unknown_province": "province", "vn_address.district_mismatch": "district",
                  "vn_address.ward_mismatch": "ward"}


def _in_full(check: Check, value: str, parts: VnAddress) -> Check:
    """A part's suggestion made into the whole address with that part replaced."""
    role = _ROLE_OF_CHECK.get(check.id)
    old = getattr(parts, role) if role else None
    if check.suggestion is None or not old:
        return check
    text = clean(value)
    head, sep, tail = text.rpartition(old)
    return replace(check, suggestion=head + check.suggestion + tail if sep else None)


_PART_KEYS = {"address_town": "province", "address_district": "district", "address_ward": "ward"}


def check_field_address(key: str, value: str, context: Mapping[str, str | None]) -> list[Check]:
    if key == "address":
        parts = split_full(value)
        checks = check_vn_address(parts.province, parts.district, parts.ward, "full")
        return [_in_full(c, value, parts) for c in checks]
    role = _PART_KEYS.get(key)
    if role is None:
        return []
    given = {r: context.get(k) for k, r in _PART_KEYS.items()}
    given[role] = value
    if not given["province"] and context.get("address"):
        given["province"] = split_full(context["address"] or "").province
    return check_vn_address(given["province"], given["district"], given["ward"], role)
