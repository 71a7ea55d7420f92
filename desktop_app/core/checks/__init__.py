"""Field checks: Thai ID digit, dates, MRZ, VIN, plates, provinces, numbers, required fields.

A check never blocks saving and never raises: whatever the OCR produced, the answer is a list of
`Check`s (error or warning, a few info) and a normalized form where one exists (ISO date,
13 digits, canonical province name, bare number). Keys are matched case-insensitively, since the
vendors' documents disagree on case (`Identification_number`).
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.core import words
from desktop_app.core.lazy import lazy_module
from desktop_app.core.model import IGNORED_CONFIDENCE, Check, Document, Field, Severity

from ._base import FieldCheckResult
from .invisible import invisible_check, strip_invisible
from .scope import affected_keys

if TYPE_CHECKING:
    from . import dates, language_checks, mrz, numbers, plates, provinces, rules, thai_id, vin
else:  # each check's patterns and tables load at its first use, not when the window (which shows
    # the checks' summary) is started (issue 12: start to mapped window)
    dates, language_checks, mrz, numbers, plates, provinces, rules, thai_id, vin = (
        lazy_module(f"{__name__}.{name}") for name in ("dates", "language_checks", "mrz", "numbers",
                                                        "plates", "provinces", "rules", "thai_id", "vin"))

__all__ = [
    "FieldCheckResult",
    "check_field",
    "checks_summary",
    "missing_required",
    "parse_date",
    "recheck",
    "recheck_positions",
    "required_keys",
    "run_checks",
]

Context = dict[str, str | None]


def parse_date(text: str) -> dates.ParsedDate:
    return dates.parse_date(text)


def required_keys(doc_type: str) -> set[str]:
    return set(rules.REQUIRED.get(doc_type, ()))


def _required_missing() -> Check:
    message = words.text("check.required.missing")
    return Check("required.missing", Severity.ERROR, message.en, message.th, None, message.vi)


def _single(doc_type: str, kind: str, value: str, context: Mapping[str, str | None],
            today: date) -> FieldCheckResult:
    match kind:
        case "thai_id_personal":
            country = (context.get("country_code") or "").strip().upper()
            if country and country != "THA":
                return FieldCheckResult()  # a foreign passport's personal number has no Thai check
            return thai_id.check_thai_id(value, personal_only=True)
        case "thai_id_any":
            return thai_id.check_thai_id(value, personal_only=False)
        case "th_plate":
            return plates.check_thai_plate(value)
        case "vn_plate":
            return plates.check_vn_plate(value)
        case "province":
            return provinces.check_province(value)
        case "vin":
            return vin.check_vin(value)
        case "mrz_1":
            return mrz.check_line1(value)
        case "mrz_2":
            return mrz.check_line2(value, today=today)
        case "year":
            return numbers.check_year(value, today=today)
        case "int" | "decimal":
            locale: numbers.Locale = "vn" if doc_type in rules.VN_LOCALE_DOC_TYPES else "th"
            return numbers.check_number(value, integer=kind == "int", locale=locale)
    return FieldCheckResult()


def check_field(
    doc_type: str,
    key: str,
    value: str | None,
    context: Context | None = None,
    today: date | None = None,
) -> FieldCheckResult:
    """Check one field's value. `context`: the other fields' current values on the same
    document (key -> value), used by the cross-field checks; `today` defaults to the local date."""
    key = key.lower()
    lowered = {k.lower(): v for k, v in (context or {}).items()}
    return _check(doc_type, key, value, _Others(lowered, key), today or date.today())


class _Others(Mapping):
    """The context without the field's own key, as a view: one copy per field would make the
    checks of a page cost the square of its field count."""

    __slots__ = ("_values", "_own")

    def __init__(self, values: Mapping[str, str | None], own: str) -> None:
        self._values, self._own = values, own

    def __getitem__(self, key: str) -> str | None:
        if key == self._own:
            raise KeyError(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return (k for k in self._values if k != self._own)

    def __len__(self) -> int:
        return len(self._values) - (self._own in self._values)


def _check(doc_type: str, key: str, value: str | None, ctx: Mapping[str, str | None],
           today: date) -> FieldCheckResult:
    if value is None or not value.strip():
        return FieldCheckResult([_required_missing()] if key in rules.REQUIRED.get(doc_type, ()) else [])

    date_spec = rules.DATES.get(doc_type, {}).get(key)
    if date_spec is not None:
        if date_spec.lifelong_ok and dates.is_lifelong(value):
            return FieldCheckResult(rules.lifelong_cross_checks(date_spec, ctx))
        result = dates.check_date(value, today=today, lifelong_ok=date_spec.lifelong_ok)
        if result.normalized is not None:
            parsed = date.fromisoformat(result.normalized)
            result.checks += rules.date_cross_checks(date_spec, parsed, ctx, today)
    else:
        kind = rules.KINDS.get(doc_type, {}).get(key)
        result = _single(doc_type, kind, value, ctx, today) if kind else FieldCheckResult()
    if doc_type == "passport":
        result.checks += rules.mrz_cross_checks(key, value, ctx, today)
    return language_checks.add_language_checks(doc_type, key, value, ctx, result)


def _filled(value: str | None) -> bool:
    return value is not None and bool(value.strip())


def run_checks(document: Document, today: date | None = None) -> None:
    """Set every field's `checks` and `normalized` in place.

    Context for the cross-field checks is the field's own page first, then the rest of the
    document (a multi-page PDF of ID cards keeps each card to itself; a Vietnamese front and
    back see each other).
    """
    _check_fields(document, None, today or date.today())


def recheck(document: Document, positions: Iterable[tuple[int, int]], today: date | None = None) -> int:
    """After an edit of the fields at `positions` (page index, field index): check again only the
    fields the edit can change (the same keys anywhere, and the keys whose cross-field checks read
    them). Gives what `run_checks` would; returns how many fields were checked."""
    return len(recheck_positions(document, positions, today))


def recheck_positions(document: Document, positions: Iterable[tuple[int, int]],
                      today: date | None = None) -> list[tuple[int, int]]:
    """`recheck`, returning the (page index, field index) of every field checked again: what the
    window shows anew after the edit."""
    keys = {document.pages[p].fields[i].key for p, i in positions
            if 0 <= p < len(document.pages) and 0 <= i < len(document.pages[p].fields)}
    checked: list[tuple[int, int]] = []
    _check_fields(document, affected_keys(document.doc_type, keys), today or date.today(), checked)
    return checked


def _check_fields(document: Document, keys: set[str] | None, today: date,
                  checked_at: list[tuple[int, int]] | None = None) -> int:
    """Check the fields whose (lower-case) key is in `keys` (every field for None); their
    positions are added to `checked_at` when given."""
    page_values: list[Context] = []
    document_values: Context = {}
    for page in document.pages:
        values: Context = {}  # a key's last filled value on the page
        for f in page.fields:
            value = f.value
            if value is not None and value.strip():
                key = f.key.lower()
                values[key] = value
                if key not in document_values:  # the document: a key's first filled value
                    document_values[key] = value
        page_values.append(values)
    checked = 0
    for p, (page, values) in enumerate(zip(document.pages, page_values, strict=True)):
        wanted = [(i, f) for i, f in enumerate(page.fields) if keys is None or f.key.lower() in keys]
        context = ChainMap(values, document_values)  # the page first, then the document; no copy
        for _i, f in wanted:
            _set_checks(document.doc_type, f, context, today)
        checked += len(wanted)
        if checked_at is not None:
            checked_at.extend((p, i) for i, _f in wanted)
    return checked


def _set_checks(doc_type: str, f: Field, context: Mapping[str, str | None], today: date) -> None:
    key = f.key.lower()
    hidden = invisible_check(f.value)  # what is shown would not be what is saved: said on the field
    value = strip_invisible(f.value) if hidden is not None and f.value is not None else f.value
    result = _check(doc_type, key, value, _Others(context, key), today)
    f.checks = result.checks + ([hidden] if hidden is not None else []) + _confidence_note(f)
    f.normalized = result.normalized if result.normalized is not None or hidden is None else value


def _confidence_note(f: Field) -> list[Check]:
    """The API sent a confidence that is no number from 0 to 1 (nor -1): say so on the field."""
    raw = f.extra.get(IGNORED_CONFIDENCE)
    if raw is None:
        return []
    message = words.text("check.confidence.ignored", raw=raw)
    return [Check("confidence.ignored", Severity.WARNING, message.en, message.th, None, message.vi)]


def checks_summary(document: Document) -> tuple[int, int]:
    """(errors, warnings) over every field of the document."""
    errors = warnings = 0
    for _, f in document.all_fields():
        for c in f.checks:
            errors += c.severity == Severity.ERROR
            warnings += c.severity == Severity.WARNING
    return errors, warnings


def missing_required(document: Document) -> list[str]:
    """Required keys for which the document has no field at all (an empty field is reported on
    the field itself as `required.missing`)."""
    present = {f.key.lower() for _, f in document.all_fields()}
    return sorted(required_keys(document.doc_type) - present)
