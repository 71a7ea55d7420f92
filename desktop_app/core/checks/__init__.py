"""Field checks: Thai ID digit, dates, MRZ, VIN, plates, provinces, numbers, required fields.

A check never blocks saving and never raises: whatever the OCR produced, the answer is a list of
`Check`s (error or warning, a few info) and a normalized form where one exists (ISO date,
13 digits, canonical province name, bare number). Keys are matched case-insensitively, since the
vendors' documents disagree on case (`Identification_number`).
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.model import IGNORED_CONFIDENCE, Check, Document, Field, Severity

from . import mrz, numbers, plates, provinces, rules, thai_id, vin
from ._base import FieldCheckResult
from .dates import check_date, is_lifelong, parse_date

__all__ = [
    "FieldCheckResult",
    "check_field",
    "checks_summary",
    "missing_required",
    "parse_date",
    "required_keys",
    "run_checks",
]

Context = dict[str, str | None]


def required_keys(doc_type: str) -> set[str]:
    return set(rules.REQUIRED.get(doc_type, ()))


def _required_missing() -> Check:
    return Check(
        "required.missing",
        Severity.ERROR,
        "This field is required but empty.",
        "ช่องนี้จำเป็นต้องกรอก แต่ยังว่างอยู่",
    )


def _single(doc_type: str, kind: str, value: str, context: Context, today: date) -> FieldCheckResult:
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
    today = today or date.today()
    key = key.lower()
    ctx: Context = {k.lower(): v for k, v in (context or {}).items() if k.lower() != key}
    if value is None or not value.strip():
        return FieldCheckResult([_required_missing()] if key in rules.REQUIRED.get(doc_type, ()) else [])

    date_spec = rules.DATES.get(doc_type, {}).get(key)
    if date_spec is not None:
        if date_spec.lifelong_ok and is_lifelong(value):
            return FieldCheckResult(rules.lifelong_cross_checks(date_spec, ctx))
        result = check_date(value, today=today, lifelong_ok=date_spec.lifelong_ok)
        if result.normalized is not None:
            parsed = date.fromisoformat(result.normalized)
            result.checks += rules.date_cross_checks(date_spec, parsed, ctx, today)
    else:
        kind = rules.KINDS.get(doc_type, {}).get(key)
        result = _single(doc_type, kind, value, ctx, today) if kind else FieldCheckResult()
    if doc_type == "passport":
        result.checks += rules.mrz_cross_checks(key, value, ctx, today)
    return result


def _filled(value: str | None) -> bool:
    return value is not None and bool(value.strip())


def run_checks(document: Document, today: date | None = None) -> None:
    """Set every field's `checks` and `normalized` in place.

    Context for the cross-field checks is the field's own page first, then the rest of the
    document (a multi-page PDF of ID cards keeps each card to itself; a Vietnamese front and
    back see each other).
    """
    today = today or date.today()
    document_values: Context = {}
    for _, f in document.all_fields():
        if _filled(f.value):
            document_values.setdefault(f.key.lower(), f.value)
    for page in document.pages:
        context = dict(document_values)
        context.update({f.key.lower(): f.value for f in page.fields if _filled(f.value)})
        for f in page.fields:
            result = check_field(document.doc_type, f.key, f.value, context, today)
            f.checks = result.checks + _confidence_note(f)
            f.normalized = result.normalized


def _confidence_note(f: Field) -> list[Check]:
    """The API sent a confidence that is no number from 0 to 1 (nor -1): say so on the field."""
    raw = f.extra.get(IGNORED_CONFIDENCE)
    if raw is None:
        return []
    return [Check("confidence.ignored", Severity.WARNING,
                  f"The service sent an unusable confidence ({raw}) for this field; check the value "
                  "against the image.",
                  f"บริการส่งค่าความมั่นใจที่ใช้ไม่ได้ ({raw}) มาสำหรับช่องนี้ กรุณาตรวจค่ากับภาพ")]


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
