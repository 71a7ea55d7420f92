"""Which fields an edit can change the checks of: the edited keys and the keys whose checks read
them (the cross-field rules of rules.py). Lets the window check again only those after an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from desktop_app.core.lazy import lazy_module

if TYPE_CHECKING:
    from . import rules
else:  # at the first edit's re-check, not when the window imports the checks (issue 12)
    rules = lazy_module("desktop_app.core.checks.rules")


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
    return {key: frozenset(keys) for key, keys in reads.items()}


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
