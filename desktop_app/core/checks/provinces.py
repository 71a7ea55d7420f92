"""Thai province names against the 77 provinces (data/thai_provinces.csv, see data/README.md)."""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib.resources import files

from desktop_app.core import words

from ._base import FieldCheckResult, clean, error

BANGKOK = "กรุงเทพมหานคร"
_BANGKOK_ALIASES = frozenset({"กทม", "กรุงเทพ", "กรุงเทพฯ", "bangkok", "bkk", "krungthepmahanakhon"})
# `จ.อ่างทอง`, `จังหวัดอ่างทอง`, `จว.อ่างทอง`; a bare `จ` only with a dot or a space after it,
# since provinces such as จันทบุรี start with จ.
_PREFIX = re.compile(r"^(?:จังหวัด|จว\.|จ\.|จ\s)\s*")
_SUFFIX = re.compile(r"\s*\bprovince$", re.IGNORECASE)
_MAX_NAME = 60


@lru_cache(maxsize=1)
def provinces() -> tuple[tuple[str, str], ...]:
    """(name_th, name_en) of the 77 provinces, in the file's order."""
    text = files(__package__).joinpath("data", "thai_provinces.csv").read_text(encoding="utf-8")
    return tuple((row["name_th"], row["name_en"]) for row in csv.DictReader(io.StringIO(text)))


def _key(name: str) -> str:
    return re.sub(r"[\s.\-]", "", name).lower()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index = {_key(alias): BANGKOK for alias in _BANGKOK_ALIASES}
    for name_th, name_en in provinces():
        index[_key(name_th)] = index[_key(name_en)] = name_th
    return index


def strip_prefix(value: str) -> str:
    return _SUFFIX.sub("", _PREFIX.sub("", clean(value))).strip()


def canonical(value: str) -> str | None:
    """The province's Thai name, or None when `value` names no province."""
    return _index().get(_key(strip_prefix(value)))


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance; with `limit`, any distance above it is answered `limit + 1` as soon
    as it is certain (the length difference, or a row of the table all above it)."""
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest(value: str) -> str | None:
    """The nearest Thai province name when it is near enough to be a misreading, else None.

    Near enough: at most max(2, a third of the name's length) edits, so `กรงเทพมหานคร` (one
    dropped vowel) finds Bangkok while unrelated text gets no suggestion. Latin text is compared
    with the English names and answered with the Thai name. (Each distance is computed only as far
    as it could still win: it runs on every unknown province of every document of a batch.)
    """
    name = _key(strip_prefix(value))
    if not name or len(name) > _MAX_NAME:
        return None
    latin = name.isascii()
    best: tuple[int, str] | None = None
    for name_th, name_en in provinces():
        target = _key(name_en) if latin else _key(name_th)
        limit = max(2, len(target) // 3) if best is None else min(max(2, len(target) // 3), best[0] - 1)
        if limit < 0:
            continue
        distance = edit_distance(name, target, limit)
        if distance <= limit:
            best = (distance, name_th)
    return best[1] if best else None


def check_province(value: str) -> FieldCheckResult:
    found = canonical(value)
    if found is not None:
        return FieldCheckResult(normalized=found)
    suggestion = closest(value)
    return FieldCheckResult(
        [
            error(
                "province.unknown",
                words.text("check.province.unknown_suggest" if suggestion else "check.province.unknown",
                           suggestion=suggestion),
                suggestion,
            )
        ]
    )
