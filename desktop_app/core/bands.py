"""Confidence bands and the low-confidence-first order, without Qt: how sure the API was about a
field, and which fields the list (sorted "low first") and the keyboard visit first. The window only
colours the bands (gui/widgets/colors.py); the canvas, the field list and the review flow all read these,
so a field has the same band and the same place everywhere. What *needs attention* is
core/attention.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import Field, Severity

HIGH = "high"
LOW = "low"
BAD = "bad"
NONE = "none"
BANDS = (HIGH, LOW, BAD, NONE)

BAD_FACTOR = 0.7  # below threshold * 0.7 a value is "bad", not merely "low"

_ATTENTION_RANK = {BAD: 0, LOW: 1, HIGH: 3}  # "none" (no confidence) and missing: 2


def band(confidence: float | None, threshold: float, failed_check: bool = False) -> str:
    """The band of a field: "high", "low", "bad" or "none".

    A failed error check or the API's -1.0 ("validation failed") is always "bad"; no confidence at
    all is "none"; otherwise the confidence is compared with the clerk's threshold.
    """
    if failed_check:
        return BAD
    if confidence is None:
        return NONE
    if confidence < 0:
        return BAD
    if confidence >= threshold:
        return HIGH
    if confidence < threshold * BAD_FACTOR:
        return BAD
    return LOW


def field_failed(f: Field) -> bool:
    """An error check is on the field."""
    return any(check.severity == Severity.ERROR for check in f.checks)


def field_band(f: Field, threshold: float) -> str:
    return band(f.confidence, threshold, field_failed(f))


def attention_key(f: Field, threshold: float) -> float:
    """Sort key: failed/very low first, then low, then no confidence or missing, then sure ones."""
    rank = 2 if f.missing else _ATTENTION_RANK.get(field_band(f, threshold), 2)
    return rank * 10.0 + (f.confidence if f.confidence is not None else 0.0)


def low_first(fields: Sequence[Field], threshold_of: Callable[[Field], float]) -> list[int]:
    """The field indexes of one page, low confidence first (`attention_key`; ties keep their order)."""
    return sorted(range(len(fields)), key=lambda i: attention_key(fields[i], threshold_of(fields[i])))
