"""Thailand's provinces, districts, sub-districts and postcodes, from the `geothai` package.

geothai (MIT code) ships GeoThai/data (CC BY 4.0, credit "GeoThai"): DOPA's administrative codes
and names, Thailand Post's postcodes. See data/README.md. This module only indexes it for the
address check: names in one compare form, and the nearest consistent combination of parts.

It reads a compact copy, thai_places_data.py (written from geothai by
scripts/make_thai_places.py, checked against it by the tests): importing geothai and building
its 7,436 objects, then ours, cost a quarter of a second in every process that checks an address
(`desktop-app ocr`, issue 12; docs/adr/0019-thai-places-shipped-compact.md). The copy holds the
index's columns and name indexes as literals, loaded by the import system from its compiled form;
a `Place` is made only for the places a check looks at.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import overload

from .provinces import edit_distance

BANGKOK_CODE = "10"
DATA_MODULE = Path(__file__).resolve().parent / "thai_places_data.py"
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


class _Table:
    """The places in columns (thai_places_data.py): place i is the i-th sub-district."""

    def __init__(self, data: ModuleType) -> None:
        self.data_version: str = data.DATA_VERSION
        self.province_names: dict[str, str] = data.PROVINCE_NAMES
        self.district_names: dict[str, str] = data.DISTRICT_NAMES
        self.sub_names: tuple[str, ...] = data.SUB_NAMES
        self.district_codes: tuple[str, ...] = data.DISTRICT_CODES
        self.postcodes: tuple[str, ...] = data.POSTCODES
        self.sub_keys: dict[str, list[int]] = data.SUB_KEYS  # a name's compare form -> its places
        self.district_keys: dict[str, list[int]] = data.DISTRICT_KEYS
        self._made: list[Place | None] = [None] * len(self.sub_names)

    def place(self, index: int) -> Place:
        made = self._made[index]
        if made is None:
            code = self.district_codes[index]
            made = self._made[index] = Place(
                self.sub_names[index], self.district_names[code], self.province_names[code[:2]],
                code[:2], code, tuple(self.postcodes[index].split(" ")))
        return made


_READ: list[_Table] = []
_READING = threading.Lock()


def _table() -> _Table:
    if not _READ:
        with _READING:  # read once, also when a warm-up thread and a check ask at the same time
            if not _READ:
                from . import thai_places_data

                _READ.append(_Table(thai_places_data))
    return _READ[0]


class _Places(Sequence[Place]):
    """Every place, each made when first read."""

    def __init__(self, table: _Table) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table.sub_names)

    @overload
    def __getitem__(self, index: int) -> Place: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Place]: ...

    def __getitem__(self, index: int | slice) -> Place | Sequence[Place]:
        if isinstance(index, slice):
            return [self._table.place(i) for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._table.place(index)

    def __iter__(self) -> Iterator[Place]:
        return (self._table.place(i) for i in range(len(self)))


@lru_cache(maxsize=1)
def places() -> Sequence[Place]:
    return _Places(_table())


def _sub_keys() -> dict[str, list[int]]:
    return _table().sub_keys


def _district_keys() -> dict[str, list[int]]:
    return _table().district_keys


@lru_cache(maxsize=1)
def _capital_districts() -> tuple[int, ...]:
    """Places in a province's capital district (`อ.เมือง`, code XX01; Bangkok has none)."""
    codes = _table().district_codes
    return tuple(i for i, code in enumerate(codes) if code.endswith("01") and code[:2] != BANGKOK_CODE)


@lru_cache(maxsize=128)
def province_postcodes(province_key: str) -> frozenset[str] | None:
    """Every postcode used in the province whose compare form is `province_key`; None when no
    province has that name."""
    table = _table()
    codes = {code for code, name in table.province_names.items() if key(name) == province_key}
    if not codes:
        return None
    return frozenset(pc for i, district in enumerate(table.district_codes) if district[:2] in codes
                     for pc in table.postcodes[i].split(" "))


def warm() -> None:
    """Read the places now (a few milliseconds), e.g. on a worker thread at start, so that the
    first check on the GUI thread does not pay for it."""
    _table()


def data_version() -> str:
    return _table().data_version


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
            return list(_capital_districts())
        keys = [k for k in _district_keys()
                if (k == district if not fuzzy else near(district, k) is not None)]
        return [i for k in keys for i in _district_keys()[k]]
    return []
