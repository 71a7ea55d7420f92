"""What the clerks' corrections say about the OCR: the figures of the report, without charts.

Only signed-off documents count for the outcomes (a document still in review may yet be
corrected): per provider and per field, how often the OCR value was **kept**, **corrected** or
**missing** (the service found nothing); the **straight-through rate** (signed off with no
correction and nothing left open); review time per document; and **threshold calibration**: at
threshold t, the share of fields the service was at least t sure of (they would be accepted without
review) and the share of those the clerks corrected (wrong), from the fields a clerk looked at (not
those a sign-off took unseen, `accepted`). The suggested threshold of a field is the lowest t at
which at most `TARGET_ERROR` of the accepted fields were wrong, given at least `MIN_SAMPLES` readings.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..catalogue import DOC_TYPES, labels
from ..catalogue.canonical import canonical_name
from ..model import Document, Field, FieldState, ReviewStatus

KEPT, CORRECTED, MISSING = "kept", "corrected", "missing"
THRESHOLDS = tuple(round(0.50 + 0.01 * i, 2) for i in range(50))  # 0.50 .. 0.99
TARGET_ERROR = 0.01
MIN_SAMPLES = 20


def outcome(f: Field) -> str:
    """kept / corrected / missing for a field of a signed-off document."""
    if f.ocr_value is None:
        return MISSING
    if f.state == FieldState.CORRECTED or (f.value or "").strip() != f.ocr_value.strip():
        return CORRECTED
    return KEPT


@dataclass
class Counts:
    kept: int = 0
    corrected: int = 0
    missing: int = 0

    def add(self, result: str) -> None:
        setattr(self, result, getattr(self, result) + 1)

    @property
    def total(self) -> int:
        return self.kept + self.corrected + self.missing

    def share(self, result: str) -> float:
        return getattr(self, result) / self.total if self.total else 0.0


@dataclass
class FieldStats:
    provider: str
    doc_type: str
    name: str  # canonical name, else the vendor key
    label_en: str
    label_th: str
    counts: Counts = field(default_factory=Counts)
    readings: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, was wrong)

    def calibration(self) -> list[tuple[float, float, float]]:
        """(threshold, share accepted, share of accepted that was wrong) per threshold."""
        return calibrate(self.readings)

    def suggested(self) -> float | None:
        return suggest(self.readings)


@dataclass
class ProviderStats:
    """One provider reading one document type (the demo reads several: one group each)."""

    provider: str
    doc_type: str
    simulated: bool
    documents: int = 0
    signed_off: int = 0
    straight_through: int = 0
    seconds: list[float] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)

    @property
    def label(self) -> str:
        return f"{self.provider} · {DOC_TYPES.get(self.doc_type, (self.doc_type, self.doc_type))[1]}"

    @property
    def straight_through_rate(self) -> float:
        return self.straight_through / self.signed_off if self.signed_off else 0.0

    @property
    def median_seconds(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None


@dataclass
class ReportStats:
    documents: int = 0
    signed_off: int = 0
    simulated: int = 0
    providers: dict[tuple[str, str], ProviderStats] = field(default_factory=dict)  # (provider, doc type)
    fields: dict[tuple[str, str, str], FieldStats] = field(default_factory=dict)  # (.., .., name)
    readings: list[tuple[float, bool]] = field(default_factory=list)  # every field, pooled

    def calibration(self) -> list[tuple[float, float, float]]:
        return calibrate(self.readings)


def calibrate(readings: list[tuple[float, bool]]) -> list[tuple[float, float, float]]:
    rows = []
    for t in THRESHOLDS:
        accepted = [wrong for confidence, wrong in readings if confidence >= t]
        share = len(accepted) / len(readings) if readings else 0.0
        wrong = sum(accepted) / len(accepted) if accepted else 0.0
        rows.append((t, share, wrong))
    return rows


def suggest(readings: list[tuple[float, bool]]) -> float | None:
    """The lowest threshold whose accepted fields were at most TARGET_ERROR wrong; None with fewer
    than MIN_SAMPLES readings (too few to say)."""
    if len(readings) < MIN_SAMPLES:
        return None
    for t, share, wrong in calibrate(readings):
        if share > 0 and wrong <= TARGET_ERROR:
            return t
    return THRESHOLDS[-1]


def _usable(confidence: float | None) -> bool:
    return confidence is not None and 0.0 <= confidence <= 1.0  # -1: the API's validation failed


def collect(documents: Iterable[Document]) -> ReportStats:
    stats = ReportStats()
    for document in documents:
        stats.documents += 1
        stats.simulated += bool(document.simulated)
        group = (document.provider_id, document.doc_type)
        provider = stats.providers.setdefault(
            group, ProviderStats(document.provider_id, document.doc_type, bool(document.simulated)))
        provider.simulated = provider.simulated or bool(document.simulated)
        provider.documents += 1
        if document.review.status != ReviewStatus.REVIEWED:
            continue
        stats.signed_off += 1
        provider.signed_off += 1
        provider.seconds.append(float(document.review.seconds_spent))
        corrected_any = False
        for _, f in document.all_fields():
            result = outcome(f)
            corrected_any = corrected_any or result == CORRECTED
            provider.counts.add(result)
            name = canonical_name(document.doc_type, f.key) or f.key
            key = (*group, name)
            if key not in stats.fields:
                th, en = labels(document.doc_type, f.key)
                stats.fields[key] = FieldStats(document.provider_id, document.doc_type, name, en, th)
            stats.fields[key].counts.add(result)
            # a field the sign-off took unseen (accepted) says nothing about whether the OCR was right
            seen = f.state != FieldState.ACCEPTED
            if seen and result != MISSING and f.confidence is not None and _usable(f.confidence):
                reading = (float(f.confidence), result == CORRECTED)
                stats.fields[key].readings.append(reading)
                stats.readings.append(reading)
        left_open = document.review.signoff is not None and document.review.signoff.open_problems
        provider.straight_through += not corrected_any and not left_open
    return stats
