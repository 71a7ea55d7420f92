"""Which fields an edit can change the checks of: the edited keys and the keys whose checks read
them (the cross-field rules of rules.py and of language_checks.py). Lets the window check again
only those after an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from desktop_app.core.lazy import lazy_module

if TYPE_CHECKING:
    from . import language_checks, names, rules, thai_address, vn_address
else:  # at the first edit's re-check, not when the window imports the checks (issue 12)
    language_checks = lazy_module("desktop_app.core.checks.language_checks")
    names = lazy_module("desktop_app.core.checks.names")
    rules = lazy_module("desktop_app.core.checks.rules")
    thai_address = lazy_module("desktop_app.core.checks.thai_address")
    vn_address = lazy_module("desktop_app.core.checks.vn_address")


@cache
def _reads(doc_type: str) -> dict[str, frozenset[str]]:
    """key -> the other keys its checks read (lower case)."""
    reads: dict[str, set[str]] = {}
    for key, spec in rules.DATES.get(doc_type, {}).items():
        wanted = set(spec.issue_keys) | {k for k in (spec.twin, spec.not_before) if k}
        reads.setdefault(key, set()).update(wanted)
    for key, kind in rules.KINDS.get(doc_type, {}).items():
        if kind == "thai_id_personal":
            reads.setdefault(key, set()).add("country_code")
    if doc_type == "passport":
        for key in rules._MRZ_VISUAL:
            reads.setdefault(key, set()).update({"mrz_1", "mrz_2"})
    for key, others in _language_reads(doc_type).items():
        reads.setdefault(key, set()).update(others)
    return {key: frozenset(keys) for key, keys in reads.items()}


def _language_reads(doc_type: str) -> dict[str, set[str]]:
    """What language_checks.py reads besides the field itself: the other title words and the sex
    (names.py), the other parts of a Thai or a Vietnamese address (thai_address, vn_address)."""
    reads: dict[str, set[str]] = {}

    def group(keys: Iterable[str], extra: Iterable[str] = ()) -> None:
        keys = set(keys)
        for key in keys:
            reads.setdefault(key, set()).update((keys - {key}) | set(extra))

    group((*names.THAI_TITLE_KEYS.get(doc_type, ()), *names.ENGLISH_TITLE_KEYS.get(doc_type, ())),
          ("sex",))
    if doc_type in language_checks.THAI_ADDRESS_DOC_TYPES:
        group(thai_address.PART_KEYS)
    if doc_type == "vn_vehicle_registration":
        group(vn_address._PART_KEYS, ("address",))
    return reads


@cache
def _readers(doc_type: str) -> dict[str, frozenset[str]]:
    """key -> the keys whose checks read it."""
    readers: dict[str, set[str]] = {}
    for reader, keys in _reads(doc_type).items():
        for key in keys:
            readers.setdefault(key, set()).add(reader)
    return {key: frozenset(keys) for key, keys in readers.items()}


def affected_keys(doc_type: str, edited: Iterable[str]) -> set[str]:
    """The edited keys and every key whose checks read one of them (lower case)."""
    readers = _readers(doc_type)
    keys = {key.lower() for key in edited}
    return keys | {reader for key in keys for reader in readers.get(key, ())}
