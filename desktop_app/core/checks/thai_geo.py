"""Thailand's provinces, districts, sub-districts and postcodes, from the `geothai` package.

geothai (MIT code) ships GeoThai/data (CC BY 4.0, credit "GeoThai"): DOPA's administrative codes
and names, Thailand Post's postcodes. See data/README.md. This module only indexes it for the
address check: names in one compare form, and the nearest consistent combination of parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lazy import lazy_module

if TYPE_CHECKING:
    import geothai
else:  # imported by the first address check (or the start's warm-up thread), not at start
    geothai = lazy_module("geothai")

from .provinces import edit_distance

BANGKOK_CODE = "10"
_LEVEL_WORD = re.compile(r"^(?:จังหวัด|กิ่งอำเภอ|อำเภอ|เขต|ตำบล|แขวง)")
_MARKS = re.compile(r"[\s.'\-()]")


def key(name: str) -> str:
    """A name in compare form: no level word, spaces, dots or hyphens, lower case."""
    return _LEVEL_WORD.sub("", _MARKS.sub("", name).lower())


def bare(name: str) -> str:
    """A data name without its level word: Bangkok's districts are stored as `เขตคลองเตย`."""
    return _LEVEL_WORD.sub("", name)


@dataclass(frozen=True)
class Place:
    """One consistent combination: a sub-district with its district, province and postcodes."""

    sub: str
    district: str
    province: str
    province_code: str
    district_code: str
    postcodes: tuple[str, ...]

    @property
    def bangkok(self) -> bool:
        return self.province_code == BANGKOK_CODE


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    out = []
    province_names = {p.code: p.name_th for p in geothai.provinces()}
    for p in geothai.provinces():
        for d in geothai.districts(p.code):
            for s in geothai.subdistricts(d.code):
                out.append(Place(s.name_th, bare(d.name_th), province_names[p.code], p.code, d.code,
                                 tuple(s.postal_codes)))
    return tuple(out)


@lru_cache(maxsize=1)
def _sub_keys() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, place in enumerate(places()):
        index.setdefault(key(place.sub), []).append(i)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _district_keys() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, place in enumerate(places()):
        index.setdefault(key(place.district), []).append(i)
    return {k: tuple(v) for k, v in index.items()}


def warm() -> None:
    """Build the indexes now (about 150 ms), e.g. on a worker thread at start, so that the first
    check on the GUI thread does not pay for it."""
    places()
    _sub_keys()
    _district_keys()


def data_version() -> str:
    return geothai.DATA_VERSION


def near(name: str, target: str) -> int | None:
    """Edit distance when `name` may be a misreading of `target` (at most a third of its length,
    and at least 1 allowed), else None."""
    allowed = max(1, len(target) // 3)
    if abs(len(name) - len(target)) > allowed:
        return None
    # k edits change at most 2k distinct letters: a cheap filter before the edit distance.
    if len(set(name) ^ set(target)) > 2 * allowed:
        return None
    distance = edit_distance(name, target)
    return distance if distance <= allowed else None


def district_distance(name: str, place: Place) -> int | None:
    """`อ.เมือง` alone is the capital district of a province (code XX01; Bangkok has none)."""
    if name in ("เมือง", "mueang") and place.district_code.endswith("01") and not place.bangkok:
        return 0
    return near(name, key(place.district))


def postcode_distance(code: str, place: Place) -> int | None:
    """Digits that differ from the nearest of the place's postcodes (at most 2), else None."""
    best = min((sum(a != b for a, b in zip(code, pc, strict=True)) for pc in place.postcodes
                if len(pc) == len(code)), default=None)
    return best if best is not None and best <= 2 else None


def sub_known(sub: str) -> bool:
    """Some sub-district's name is `sub` or a misreading of it."""
    return sub in _sub_keys() or any(near(sub, k) is not None for k in _sub_keys())


def candidates(sub: str | None, district: str | None, fuzzy: bool) -> list[int]:
    """Indexes of the places worth scoring: those whose sub-district name is what was read (with
    `fuzzy`, also a misreading of it), or, with no sub-district (or one found nowhere), those
    whose district is."""
    if sub:
        if not fuzzy:
            return list(_sub_keys().get(sub, ()))
        found = [i for k, idx in _sub_keys().items() if near(sub, k) is not None for i in idx]
        if found:
            return found
    if district:
        if district in ("เมือง", "mueang"):
            return [i for i, p in enumerate(places()) if district_distance(district, p) == 0]
        keys = [k for k in _district_keys()
                if (k == district if not fuzzy else near(district, k) is not None)]
        return [i for k in keys for i in _district_keys()[k]]
    return []
