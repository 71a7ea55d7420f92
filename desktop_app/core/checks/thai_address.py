"""Do a Thai address's sub-district, district, province and postcode belong together?

The parts come from the field's own value and the other address fields of the document: the ID
card's derived parts (`address_sub_district`, ...) or, where the API gives only a full address
(`address_full`, the vehicle book's `ownership_adress`/`owner_adress`), the parts read out of it
(`address_parts.py`). They are scored against every consistent combination in the GeoThai data
(`thai_geo.py`); the cheapest one is the closest consistent address. A part that differs from it
is named in a warning, and the corrected value is the suggestion (Alt+Enter).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from desktop_app.core import words
from desktop_app.core.model import Check

from . import address_parts, provinces, thai_geo
from ._base import FieldCheckResult, clean, warning

ROLES = ("sub", "district", "province", "postcode")
# Keys holding one part (ID card) and keys holding a whole address.
PART_KEYS = {
    "address_sub_district": "sub",
    "address_district": "district",
    "address_province": "province",
    "address_postcode": "postcode",
}
FULL_KEYS = frozenset({"address_full", "ownership_adress", "owner_adress"})
_FAR = 8  # the cost of a part that is no misreading of the place's part at all

Context = Mapping[str, str | None]


@dataclass(frozen=True)
class Reading:
    """The parts' names as read (no marker), in compare form; None for a part not read."""

    sub: str | None = None
    district: str | None = None
    province: str | None = None
    postcode: str | None = None

    def get(self, role: str) -> str | None:
        return getattr(self, role)

    def given(self) -> list[str]:
        return [r for r in ROLES if self.get(r)]


@dataclass(frozen=True)
class Verdict:
    """How a reading compares with the places: the closest one and the parts that do not fit."""

    place: thai_geo.Place | None  # the closest consistent address; None when there is no single one
    misfits: tuple[str, ...]  # roles that differ from it
    unknown: tuple[str, ...] = ()  # roles whose name is in no place at all
    ambiguous: bool = False  # several combinations fit as well: `misfits` are the roles in doubt


def _province_key(name: str) -> str:
    found = provinces.canonical(name)
    return thai_geo.key(found if found else name)


def _cost(reading: Reading, place: thai_geo.Place) -> tuple[int, tuple[str, ...]]:
    total, misfits = 0, []
    for role in reading.given():
        read = reading.get(role)
        assert read is not None
        if role == "sub":
            distance = thai_geo.near(read, thai_geo.key(place.sub))
        elif role == "district":
            distance = thai_geo.district_distance(read, place)
        elif role == "province":
            distance = 0 if read == thai_geo.key(place.province) else thai_geo.near(read, thai_geo.key(
                place.province))
        else:
            distance = thai_geo.postcode_distance(read, place)
        distance = _FAR if distance is None else distance
        if distance:
            misfits.append(role)
        total += distance
    return total, tuple(misfits)


@lru_cache(maxsize=256)
def judge(reading: Reading) -> Verdict | None:
    """The verdict on a reading with at least two parts; None when there is nothing to compare."""
    given = reading.given()
    if len(given) < 2:
        return None
    if not reading.sub and not reading.district:
        return _judge_postcode(reading)
    everything = thai_geo.places()
    exact = thai_geo.candidates(reading.sub, reading.district, fuzzy=False)
    scored = sorted((_cost(reading, everything[i]), i) for i in exact)
    if scored and scored[0][0][0] == 0:
        return Verdict(everything[scored[0][1]], ())
    if reading.sub and not thai_geo.sub_known(reading.sub):
        # A name found nowhere: say so, and judge the other parts among themselves.
        rest = judge(replace(reading, sub=None))
        return replace(rest, unknown=("sub",)) if rest else Verdict(None, (), ("sub",))
    unknown: tuple[str, ...] = ()
    pool = thai_geo.candidates(reading.sub, reading.district, fuzzy=True)
    scored = sorted((_cost(reading, everything[i]), i) for i in pool)
    if not scored:
        return Verdict(None, (), unknown) if unknown else None
    (best_cost, misfits), best_index = scored[0]
    if best_cost == 0:
        return Verdict(everything[best_index], (), unknown)
    # Half the parts must fit for the combination to be a correction rather than a guess.
    if best_cost >= _FAR * ((len(given) + 1) // 2):
        return Verdict(None, (), unknown)
    ties = [(m, everything[i]) for (cost, m), i in scored if cost == best_cost]
    if all(m == misfits for m, _ in ties) and _agree([p for _, p in ties], misfits):
        return Verdict(everything[best_index], misfits, unknown)
    either = tuple(r for r in ROLES if any(r in m for m, _ in ties))
    return Verdict(None, either, unknown, ambiguous=True)


def _judge_postcode(reading: Reading) -> Verdict | None:
    """Only a province and a postcode: the postcode must be used somewhere in the province."""
    if not reading.province or not reading.postcode:
        return None
    used = thai_geo.province_postcodes(reading.province)
    if used is None or reading.postcode in used:
        return None
    return Verdict(None, ("postcode",))


def _agree(ties: list[thai_geo.Place], misfits: tuple[str, ...]) -> bool:
    """Tied combinations are one suggestion when they agree on every part to be corrected."""
    first = ties[0]
    return all(all(_value(t, r) == _value(first, r) for r in misfits) for t in ties[1:])


def _value(place: thai_geo.Place, role: str, read_postcode: str | None = None) -> str:
    if role == "sub":
        return place.sub
    if role == "district":
        return place.district
    if role == "province":
        return place.province
    if read_postcode:
        return min(place.postcodes, key=lambda pc: sum(a != b for a, b in zip(pc, read_postcode,
                                                                              strict=False)))
    return place.postcodes[0]


def describe(place: thai_geo.Place, postcode: str | None = None) -> str:
    """`ต.หัวไผ่ อ.เมืองอ่างทอง จ.อ่างทอง 14000`; Bangkok: `แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110`."""
    code = _value(place, "postcode", postcode)
    if place.bangkok:
        return f"แขวง{place.sub} เขต{place.district} {place.province} {code}"
    return f"ต.{place.sub} อ.{place.district} จ.{place.province} {code}"


# --- reading the parts from the document ---------------------------------------------------------

def _from_parts(parts: dict[str, str]) -> Reading:
    values: dict[str, str] = {}
    for role, raw in parts.items():
        if role == "postcode":
            digits = "".join(ch for ch in clean(raw) if ch.isdigit())
            if len(digits) == 5:
                values[role] = digits
        elif role == "province":
            values[role] = _province_key(address_parts.split_marker(raw, "province")[1])
        else:
            name = address_parts.split_marker(raw, role)[1]
            values[role] = thai_geo.key(name)
    return Reading(**{r: v for r, v in values.items() if v})


def _reading_of_full(parsed: address_parts.AddressParts) -> Reading:
    parts = {role: getattr(parsed, role).name for role in ROLES if getattr(parsed, role) is not None}
    return _from_parts(parts)


def _part_fields(key: str, value: str, context: Context) -> dict[str, str]:
    parts = {role: v for k, role in PART_KEYS.items() if (v := context.get(k)) and v.strip()}
    parts[PART_KEYS[key]] = value
    return parts


# --- the checks ---------------------------------------------------------------------------------

def _part(role: str, name: str, place: thai_geo.Place | None) -> words.Text:
    """One part as a mismatch names it: "the district X" (Bangkok: แขวง and เขต in Thai)."""
    bangkok = place is not None and place.bangkok and role in ("sub", "district")
    return words.text(f"address.part.{role}" + ("_bangkok" if bangkok else ""), name=name)


def _unknown_check(reading: Reading) -> Check:
    name = reading.sub or ""
    return warning("address.unknown_sub_district", words.text(
        "check.address.unknown_sub_district", name=name, version=thai_geo.data_version()))


def _mismatch_check(misfits: tuple[str, ...], shown: dict[str, str], place: thai_geo.Place | None,
                    postcode: str | None, suggestion: str | None, ambiguous: bool = False,
                    name_closest: bool = True) -> Check:
    joiner = words.text("address.parts.or" if ambiguous else "address.parts.and")
    parts = joiner.join([_part(r, shown[r], place) for r in misfits])
    count = 1 if ambiguous else len(misfits)  # "X or Y does not fit", "X and Y do not fit"
    if place is None:
        return warning("address.mismatch", words.text("check.address.mismatch", parts=parts, count=count))
    if suggestion is not None and not name_closest:
        # The suggestion is the whole corrected address (the closest consistent one): it is not
        # said twice, so that message and suggestion fit under the crop.
        return warning("address.mismatch",
                       words.text("check.address.mismatch_part", parts=parts, count=count), suggestion)
    closest = describe(place, postcode)
    return warning("address.mismatch", words.text("check.address.mismatch_closest", parts=parts,
                                                  count=count, closest=closest), suggestion)


def check_part(key: str, value: str, context: Context) -> list[Check]:
    """One part field of the ID card (`address_sub_district` ...), against the other parts, or
    against the full address when the parts are missing."""
    role = PART_KEYS[key]
    parts = _part_fields(key, value, context)
    if len(parts) < 2 and (full := context.get("address_full")):
        parsed = address_parts.parse(full)
        parts = {r: getattr(parsed, r).name for r in ROLES if getattr(parsed, r) is not None}
        parts[role] = value
    reading = _from_parts(parts)
    if role == "province" and provinces.canonical(value) is None:
        return []  # the province check already says it is no province
    verdict = judge(reading)
    if verdict is None:
        return []
    if role == "sub" and verdict.unknown:
        return [_unknown_check(reading)]
    if role not in verdict.misfits:
        return []
    shown = {r: clean(v) for r, v in parts.items()}
    if verdict.ambiguous:
        return [_mismatch_check(verdict.misfits, shown, None, reading.postcode, None, ambiguous=True)]
    suggestion = None
    if verdict.place is not None:
        marker, _ = address_parts.split_marker(value, role)
        name = _value(verdict.place, role, reading.postcode)
        suggestion = f"{marker}{name}" if role != "postcode" else name
    return [_mismatch_check((role,), shown, verdict.place, reading.postcode, suggestion)]


def check_full(value: str) -> list[Check]:
    """A whole address in one field: its parts against each other."""
    parsed = address_parts.parse(value)
    reading = _reading_of_full(parsed)
    verdict = judge(reading)
    if verdict is None:
        return []
    checks: list[Check] = [_unknown_check(reading)] if verdict.unknown else []
    if not verdict.misfits:
        return checks
    shown = {r: getattr(parsed, r).name for r in ROLES if getattr(parsed, r) is not None}
    suggestion = None
    if verdict.place is not None:
        text = parsed.text
        for role in sorted(verdict.misfits, key=lambda r: getattr(parsed, r).start, reverse=True):
            part = getattr(parsed, role)
            text = text[: part.start] + _value(verdict.place, role, reading.postcode) + text[part.end:]
        suggestion = text
    return checks + [_mismatch_check(verdict.misfits, shown, verdict.place, reading.postcode, suggestion,
                                     verdict.ambiguous, name_closest=False)]


def check_address(key: str, value: str, context: Context) -> FieldCheckResult:
    key = key.lower()
    if key in PART_KEYS:
        return FieldCheckResult(check_part(key, value, context))
    if key in FULL_KEYS:
        return FieldCheckResult(check_full(value))
    return FieldCheckResult()
