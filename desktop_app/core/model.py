"""The domain model: a document has pages, a page has fields, a field has boxes.

Plain dataclasses, no Qt. Coordinates are always in the page's *displayed* pixel space: the
user's image after EXIF orientation, at its original size. Whatever the image preparation did
before upload (scaling, rotation) is undone by the provider when it parses an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import CATALOGUE as ERROR_CATALOGUE

Point = tuple[float, float]
Polygon = tuple[Point, Point, Point, Point]


class FieldState(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    # Left untouched and taken as it was by the clerk's sign-off: nobody looked at it on its own.
    ACCEPTED = "accepted"


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    IN_REVIEW = "in_review"
    REVIEWED = "reviewed"
    REJECTED = "rejected"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


IGNORED_CONFIDENCE = "ignored_confidence"  # Field.extra: a confidence the API sent that was unusable


@dataclass
class Check:
    """The outcome of one field check (see core/checks)."""

    id: str
    severity: Severity
    message_en: str
    message_th: str
    suggestion: str | None = None
    # Not in review files (the checks run again when one is opened), so not part of equality either.
    message_vi: str = field(default="", compare=False)

    def message(self, language: str = "en") -> str:
        """The message in `language` (en, th, vi); English where no Vietnamese was kept."""
        if language == "th":
            return self.message_th
        return self.message_vi if language == "vi" and self.message_vi else self.message_en


@dataclass
class HistoryEntry:
    """One accountable change to a field or to the document's status."""

    action: str  # "edit", "confirm", "suggestion", "signoff", "status"
    old: Any
    new: Any
    at: str  # ISO 8601 with timezone
    by: str
    note: str | None = None


@dataclass
class Field:
    """One field of a page: the service's value, the clerk's, its box, confidence and checks."""

    key: str
    label_th: str
    label_en: str
    ocr_value: str | None  # None: the API returned `{}` for this key (not found)
    value: str | None
    confidence: float | None = None  # None: the API gave none; -1.0 is kept as the API said it
    boxes: list[Polygon] = field(default_factory=list)
    state: FieldState = FieldState.UNREVIEWED
    checks: list[Check] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    normalized: str | None = None
    # API extras that belong to the field (ID card `valid`, `error_message`, `datetime_iso`, ...)
    extra: dict[str, Any] = field(default_factory=dict)
    # The catalogue's Vietnamese label (the CVVN fields' own names); not in review files: set from
    # the catalogue when a field is made or read (core/catalogue). "" for an unknown key.
    label_vi: str = field(default="", compare=False)

    def label(self, language: str = "en") -> str:
        """The label in `language`; an unknown key is shown as itself."""
        if not self.known:
            return self.key
        if language == "th":
            return self.label_th
        return self.label_vi if language == "vi" and self.label_vi else self.label_en

    @property
    def missing(self) -> bool:
        return self.ocr_value is None

    @property
    def known(self) -> bool:
        """False when the key is not in the catalogue and is shown under its raw key."""
        return bool(self.label_en) and self.label_en != self.key


@dataclass
class PageError:
    """Why a page has no (or only part of its) answer, in English and Thai."""

    code: str
    message_en: str
    message_th: str
    retryable: bool = False
    page: int | None = None  # 0-based page index where known
    detail: str | None = None  # what the API said, verbatim, when it said something
    message_vi: str = field(default="", compare=False)  # not in review files: the code tells it

    def message(self, language: str = "en") -> str:
        """The sentence in `language` (en, th, vi)."""
        if language == "th":
            return self.message_th
        if language == "vi":
            if self.message_vi:
                return self.message_vi
            known = ERROR_CATALOGUE.get(self.code)  # a page error read from a review file
            return known.vi if known is not None and known.vi else self.message_en
        return self.message_en


@dataclass
class Page:
    """One page of a document: its size, its fields and what went wrong with it."""

    index: int
    width: int
    height: int
    fields: list[Field] = field(default_factory=list)
    error: PageError | None = None
    # Images the API returned for this page, base64 PNG/JPEG: "face", "thumb", "processed_image"
    images: dict[str, str] = field(default_factory=dict)
    # Boxes that belong to those images (e.g. the passport face's rotated 4-point box)
    image_boxes: dict[str, list[Polygon]] = field(default_factory=dict)
    # Non-field results (ID card gender, signed, CVVN page type, ...)
    extras: dict[str, Any] = field(default_factory=dict)
    source: int = 0  # which Source this page comes from
    source_page: int = 0  # page within that source (PDF/TIFF)
    # The answer that produced this page when it was re-run alone (core/desk.py read_page); None when it
    # came from the document's own `ocr` answer.
    ocr: OcrRecord | None = None

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    def has_review_work(self) -> bool:
        """True when the clerk confirmed or corrected something here (a re-run would replace it)."""
        return any(f.state != FieldState.UNREVIEWED or f.history for f in self.fields)


@dataclass
class Source:
    """An image the document was read from: its path, digest and size."""

    path: str
    sha256: str
    width: int
    height: int
    page_count: int = 1


@dataclass
class SentImage:
    """What was actually uploaded for one source."""

    source: int
    width: int
    height: int
    scale_x: float
    scale_y: float
    rotation: int  # degrees clockwise applied from the file's EXIF orientation
    bytes: int
    mime: str


@dataclass
class OcrRecord:
    """One call to the service: when, its status and the verbatim answer."""

    at: str
    http_status: int | None
    response_text: str  # the verbatim body, decoded as UTF-8 (with replacement) so nothing is lost
    sent: list[SentImage] = field(default_factory=list)
    elapsed_seconds: float | None = None
    from_cache: bool = False
    not_stored: str | None = None  # why the answer could not be stored in the data folder (not saved)


@dataclass
class SignoffRecord:
    """What was still open when the clerk signed the document off (core/signoff.py counts it)."""

    errors: int = 0  # error checks left on the document's fields
    warnings: int = 0  # warning checks left
    attention: int = 0  # unreviewed fields that needed attention, accepted by the sign-off
    empty_required: int = 0  # required fields left empty
    accepted: int = 0  # fields nobody looked at, accepted by the sign-off

    @property
    def open_problems(self) -> bool:
        return bool(self.errors or self.attention or self.empty_required)


@dataclass
class ReviewInfo:
    """The review's status, who reviewed it and when."""

    status: ReviewStatus = ReviewStatus.UNREVIEWED
    reviewer: str | None = None
    created: str | None = None
    updated: str | None = None
    seconds_spent: float = 0.0
    history: list[HistoryEntry] = field(default_factory=list)
    signoff: SignoffRecord | None = None  # the sign-off in force (status reviewed), else None


@dataclass
class Document:
    """A document under review: its sources, pages, the calls made and the review."""

    doc_type: str
    sources: list[Source]
    provider_id: str
    endpoint: str
    options: dict[str, Any] = field(default_factory=dict)
    pages: list[Page] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)
    ocr: OcrRecord | None = None
    review: ReviewInfo = field(default_factory=ReviewInfo)
    simulated: bool = False  # True for the demo provider and the stand-in: never real results
    # the field checks have run over it as it is (core/desk.py: `read_document`); never saved
    checked: bool = field(default=False, compare=False, repr=False)

    def all_fields(self) -> list[tuple[Page, Field]]:
        return [(p, f) for p in self.pages for f in p.fields]
