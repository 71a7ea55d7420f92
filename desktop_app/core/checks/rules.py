"""Which check applies to which key of which document type, and the cross-field rules."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_app.core import words
from desktop_app.core.model import Check

from . import mrz
from ._base import clean, warning
from .dates import is_lifelong, parse_date

# Single-field validators by key. Kinds: thai_id_personal, thai_id_any, th_plate, vn_plate,
# province, vin, int, decimal, year, mrz_1, mrz_2, date (dates also appear in DATES below).
KINDS: dict[str, dict[str, str]] = {
    "vehicle_book": {
        "registration_number_car": "th_plate",
        "province": "province",
        "car_number": "vin",
        "ownership_number_of_card": "thai_id_any",
        "owner_number_of_card": "thai_id_any",
        "engine_size": "decimal",
        "weight_car": "decimal",
        "weight_all": "decimal",
        "weight_loading": "decimal",
        "horsepower": "decimal",
        "number_of_seat": "int",
        "number_of_cylinders": "int",
        "year_model": "year",
    },
    "thai_id_card": {
        "id_number": "thai_id_personal",
        "address_province": "province",
    },
    "passport": {
        "identification_number": "thai_id_personal",
        "mrz_1": "mrz_1",
        "mrz_2": "mrz_2",
    },
    "vn_vehicle_registration": {
        "plate": "vn_plate",
        "capacity": "decimal",
        "pay_load": "decimal",
        "year_of_manufacture": "year",
        "lie": "int",
        "sit": "int",
        "stand": "int",
    },
}

REQUIRED: dict[str, frozenset[str]] = {
    "vehicle_book": frozenset({"registration_number_car", "province", "car_number"}),
    "thai_id_card": frozenset({"id_number", "title_name_surname_th", "dob_th"}),
    "passport": frozenset({"passport_number", "surname_en", "date_of_birth", "mrz_1", "mrz_2"}),
    "vn_vehicle_registration": frozenset({"plate", "chassis", "engine"}),
}


@dataclass(frozen=True)
class DateSpec:
    """What a date field of a document type is, and the dates it is compared with."""

    role: str  # birth, issue, expiry, event (registration, possession, contract...)
    issue_keys: tuple[str, ...] = ()  # the issue date(s) to compare with, first found wins
    twin: str | None = None  # the same date printed in the other language (ID card)
    lifelong_ok: bool = False
    not_before: str | None = None  # a date this one may not precede (VN last vs first issue)


DATES: dict[str, dict[str, DateSpec]] = {
    "vehicle_book": {
        "registration_date": DateSpec("event"),
        "date_of_posession": DateSpec("event"),
        "hire_purchase_contract_date": DateSpec("event"),
        "ownership_birthday_date": DateSpec("birth"),
        "owner_birthday_date": DateSpec("birth"),
    },
    "thai_id_card": {
        "dob_th": DateSpec("birth", ("doi_th", "doi_en"), twin="dob_en"),
        "dob_en": DateSpec("birth", ("doi_en", "doi_th"), twin="dob_th"),
        "doi_th": DateSpec("issue", twin="doi_en"),
        "doi_en": DateSpec("issue", twin="doi_th"),
        "doe_th": DateSpec("expiry", ("doi_th", "doi_en"), twin="doe_en", lifelong_ok=True),
        "doe_en": DateSpec("expiry", ("doi_en", "doi_th"), twin="doe_th", lifelong_ok=True),
    },
    "passport": {
        "date_of_birth": DateSpec("birth", ("date_of_issue",)),
        "date_of_issue": DateSpec("issue"),
        "date_of_expiry": DateSpec("expiry", ("date_of_issue",)),
    },
    # `issued_at` is the issuing office (a place), not a date.
    "vn_vehicle_registration": {
        "first_issue_date": DateSpec("event"),
        "last_issue_date": DateSpec("event", not_before="first_issue_date"),
    },
}

VN_LOCALE_DOC_TYPES = frozenset({"vn_vehicle_registration"})

Context = Mapping[str, str | None]


def _date_of(context: Context, key: str) -> date | None:
    value = context.get(key)
    return parse_date(value).value if value else None


def date_cross_checks(spec: DateSpec, value: date, context: Context, today: date) -> list[Check]:
    checks: list[Check] = []
    issued = next((d for k in spec.issue_keys if (d := _date_of(context, k)) is not None), None)
    if spec.role == "birth" and issued is not None and value > issued:
        checks.append(
            warning("date.birth_after_issue",
                    words.text("check.date.birth_after_issue", issued=issued.isoformat()))
        )
    if spec.role == "expiry":
        if issued is not None and value < issued:
            checks.append(
                warning("date.expiry_before_issue",
                        words.text("check.date.expiry_before_issue", issued=issued.isoformat()))
            )
        if value < today:
            checks.append(warning("date.expired", words.text("check.date.expired")))
    elif value > today:
        checks.append(
            warning("date.in_future", words.text("check.date.in_future"))
        )
    if spec.not_before and (earlier := _date_of(context, spec.not_before)) and value < earlier:
        checks.append(
            warning("date.before_first_issue",
                    words.text("check.date.before_first_issue", earlier=earlier.isoformat()))
        )
    if spec.twin and (twin_value := context.get(spec.twin)):
        other = parse_date(twin_value).value
        if other is not None and other != value:
            checks.append(
                warning("date.th_en_mismatch",
                        words.text("check.date.th_en_mismatch", twin=spec.twin, other=other.isoformat()))
            )
        elif other is None and spec.lifelong_ok and is_lifelong(twin_value):
            checks.append(
                warning("date.th_en_mismatch", words.text("check.date.twin_lifelong", twin=spec.twin))
            )
    return checks


def lifelong_cross_checks(spec: DateSpec, context: Context) -> list[Check]:
    """A lifelong expiry whose other-language twin is a date."""
    if spec.twin and (twin_value := context.get(spec.twin)) and parse_date(twin_value).value:
        return [
            warning("date.th_en_mismatch", words.text("check.date.lifelong_twin_date", twin=spec.twin))
        ]
    return []


# --- passport: the MRZ repeats the visual fields -------------------------------------------------

_MRZ_VISUAL = {
    "passport_number": ("mrz.mismatch.number", "mrz.part.number"),
    "date_of_birth": ("mrz.mismatch.birth", "mrz.part.birth"),
    "date_of_expiry": ("mrz.mismatch.expiry", "mrz.part.expiry"),
    "sex": ("mrz.mismatch.sex", "mrz.part.sex"),
    "surname_en": ("mrz.mismatch.surname", "mrz.part.surname"),
    "identification_number": ("mrz.mismatch.personal_number", "mrz.part.identification"),
}
_SEX = {"M": "M", "MALE": "M", "ชาย": "M", "F": "F", "FEMALE": "F", "หญิง": "F", "X": "X"}


def _compact_upper(value: str) -> str:
    return clean(value).replace(" ", "").replace("-", "").upper()


def _mrz_says(key: str, value: str, context: Context, today: date) -> tuple[bool, str | None] | None:
    """(mismatch, suggestion) for one visual field, or None when there is nothing to compare."""
    line2 = mrz.parse_line2(context.get("mrz_2"))
    failed = line2.failed_digits() if line2 else []
    if key == "surname_en":
        surname = mrz.surname_from_line1(context.get("mrz_1"))
        if surname is None:
            return None
        visual = "".join(ch for ch in clean(value).upper() if ch.isalpha())
        name = surname.replace(" ", "")
        # Long names are truncated in the MRZ: a prefix either way is a match.
        return (not (visual.startswith(name) or name.startswith(visual)), None)
    if line2 is None:
        return None
    if key == "passport_number":
        return (_compact_upper(value) != line2.number, None if "number" in failed else line2.number)
    if key == "identification_number":
        if len(line2.personal_number) != 13 or not line2.personal_number.isdigit():
            return None
        mismatch = _compact_upper(value) != line2.personal_number
        return (mismatch, None if "personal" in failed else line2.personal_number)
    if key == "sex":
        visual_sex = _SEX.get(_compact_upper(value).rstrip("."))
        if visual_sex is None or line2.sex not in "MFX":
            return None
        return (visual_sex != line2.sex, None)
    part = "birth" if key == "date_of_birth" else "expiry"
    visual_date = parse_date(value).value
    if visual_date is None:
        return None
    mrz_text = getattr(line2, part)
    mismatch = visual_date.strftime("%y%m%d") != mrz_text  # the MRZ has no century: compare YYMMDD
    full = mrz.mrz_date(mrz_text, birth=part == "birth", today=today)
    suggestion = full.strftime("%d/%m/%Y") if full and part not in failed else None
    return (mismatch, suggestion)


def mrz_cross_checks(key: str, value: str, context: Context, today: date) -> list[Check]:
    if key not in _MRZ_VISUAL:
        return []
    outcome = _mrz_says(key, value, context, today)
    if outcome is None or not outcome[0]:
        return []
    check_id, part = _MRZ_VISUAL[key]
    suggestion = outcome[1]
    return [
        warning(
            check_id,
            words.text("check.mrz.mismatch_reads" if suggestion else "check.mrz.mismatch",
                       part=words.text(part), suggestion=suggestion),
            suggestion,
        )
    ]
