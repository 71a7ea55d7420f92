"""run_checks over whole documents, required fields, the summary, and a fuzz loop."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop_app.core.catalogue import DOC_TYPES
from desktop_app.core.checks import check_field, checks_summary, missing_required, required_keys, run_checks
from desktop_app.core.checks.rules import DATES, KINDS
from desktop_app.core.model import Check, Document, Field, Page, Severity

TODAY = date(2025, 6, 1)


def make_document(doc_type: str, *pages: dict[str, str | None]) -> Document:
    return Document(
        doc_type=doc_type,
        sources=[],
        provider_id="demo",
        endpoint="test",
        pages=[
            Page(
                index=i,
                width=100,
                height=100,
                fields=[
                    Field(key=k, label_th=k, label_en=k, ocr_value=v, value=v) for k, v in values.items()
                ],
            )
            for i, values in enumerate(pages)
        ],
    )


def by_key(document: Document, page: int = 0) -> dict[str, Field]:
    return {f.key: f for f in document.pages[page].fields}


def test_vehicle_book_sample():
    doc = make_document(
        "vehicle_book",
        {
            "registration_date": "1 สิงหาคม 2556",
            "registration_number_car": "2กด 6465",
            "province": "กรงเทพมหานคร",
            "car_number": "MR0ZZ69G503129240",
            "year_model": "2013",
            "weight_car": "1850",
            "ownership_number_of_card": "0107537000211",
            "ownership_birthday_date": "25 มกราคม 2537",
            "color": "เกา",
            "owner": None,
        },
    )
    run_checks(doc, TODAY)
    f = by_key(doc)
    assert f["registration_date"].normalized == "2013-08-01"
    assert f["registration_number_car"].normalized == "2กด 6465"
    assert [(c.id, c.suggestion) for c in f["province"].checks] == [("province.unknown", "กรุงเทพมหานคร")]
    assert f["car_number"].checks == [] and f["car_number"].normalized == "MR0ZZ69G503129240"
    assert [c.id for c in f["ownership_number_of_card"].checks] == ["thai_id.kind"]
    assert f["ownership_birthday_date"].normalized == "1994-01-25"
    assert f["weight_car"].normalized == "1850"
    assert f["color"].checks == [] and f["color"].normalized is None
    assert f["owner"].checks == []  # missing but not required
    assert checks_summary(doc) == (1, 0)  # the info on the owner number counts as neither


def test_id_card_cross_field_warnings():
    # The vendor sample: the English issue and expiry years disagree with the Thai ones.
    doc = make_document(
        "thai_id_card",
        {
            "id_number": "0000000000000",
            "title_name_surname_th": "นาย ตัวอย่าง บัตรประชาชน",
            "dob_th": "14 ก.พ. 2531",
            "dob_en": "14 Feb. 1988",
            "doi_th": "14 ก.พ. 2561",
            "doi_en": "14 Feb. 2011",
            "doe_th": "13 ก.พ. 2570",
            "doe_en": "13 Feb. 2017",
            "address_province": "จ.อ่างทอง",
        },
    )
    run_checks(doc, TODAY)
    f = by_key(doc)
    assert [c.id for c in f["id_number"].checks] == ["thai_id.first_digit", "thai_id.checksum"]
    assert f["dob_th"].checks == [] and f["dob_en"].checks == []
    assert [c.id for c in f["doi_th"].checks] == ["date.th_en_mismatch"]
    assert [c.id for c in f["doi_en"].checks] == ["date.th_en_mismatch"]
    assert [c.id for c in f["doe_th"].checks] == ["date.th_en_mismatch"]
    assert [c.id for c in f["doe_en"].checks] == ["date.expired", "date.th_en_mismatch"]
    assert f["doe_th"].normalized == "2027-02-13"
    assert f["address_province"].normalized == "อ่างทอง"
    assert checks_summary(doc) == (2, 5)


def test_passport_with_mrz():
    doc = make_document(
        "passport",
        {
            "passport_number": "L898902C3",
            "surname_en": "ERIKSSON",
            "date_of_birth": "12/08/1974",
            "date_of_issue": "16/04/2002",
            "date_of_expiry": "15/04/2013",
            "sex": "F",
            "mrz_1": "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "mrz_2": "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        },
    )
    run_checks(doc, TODAY)
    f = by_key(doc)
    assert f["date_of_birth"].normalized == "1974-08-12"
    assert [(c.id, c.suggestion) for c in f["date_of_expiry"].checks] == [
        ("date.expired", None),
        ("mrz.mismatch.expiry", "15/04/2012"),
    ]
    for key in ("passport_number", "surname_en", "date_of_birth", "sex", "mrz_1", "mrz_2"):
        assert f[key].checks == [], key


def test_required_fields():
    assert required_keys("vehicle_book") == {"registration_number_car", "province", "car_number"}
    assert required_keys("thai_id_card") == {"id_number", "title_name_surname_th", "dob_th"}
    assert required_keys("passport") == {"passport_number", "surname_en", "date_of_birth", "mrz_1", "mrz_2"}
    assert required_keys("vn_vehicle_registration") == {"plate", "chassis", "engine"}
    assert required_keys("nonsense") == set()
    doc = make_document("vn_vehicle_registration", {"plate": "30A-123.45", "chassis": "  ", "engine": None})
    run_checks(doc, TODAY)
    f = by_key(doc)
    assert f["plate"].checks == []
    for key in ("chassis", "engine"):
        assert [(c.id, c.severity) for c in f[key].checks] == [("required.missing", Severity.ERROR)]
        assert f[key].checks[0].message_th
    assert checks_summary(doc) == (2, 0)
    assert missing_required(make_document("vehicle_book", {"province": "ตาก"})) == [
        "car_number",
        "registration_number_car",
    ]


def test_each_page_sees_its_own_values_first():
    card = {"id_number": "3100600445635", "title_name_surname_th": "นาย ก", "doi_th": "1 ม.ค. 2560"}
    doc = make_document(
        "thai_id_card",
        dict(card, dob_th="1 ม.ค. 2530"),
        dict(card, dob_th="1 ม.ค. 2565", doi_th="1 ม.ค. 2566"),
    )
    run_checks(doc, TODAY)
    assert by_key(doc, 0)["dob_th"].checks == []
    assert by_key(doc, 1)["dob_th"].checks == []  # compared with its own page's 2566, not page 0's 2560
    doc.pages[1].fields = [f for f in doc.pages[1].fields if f.key != "doi_th"]
    run_checks(doc, TODAY)
    assert [c.id for c in by_key(doc, 1)["dob_th"].checks] == ["date.birth_after_issue"]  # falls back to 2560


def test_run_checks_replaces_previous_results():
    doc = make_document("vehicle_book", {"province": "ตาก"})
    field = doc.pages[0].fields[0]
    field.checks = [Check("stale", Severity.ERROR, "x", "x")]
    field.normalized = "stale"
    run_checks(doc, TODAY)
    assert field.checks == [] and field.normalized == "ตาก"
    field.value = "ตากก"
    run_checks(doc, TODAY)
    assert [(c.id, c.suggestion) for c in field.checks] == [("province.unknown", "ตาก")]
    assert field.normalized is None


def test_unknown_doc_type_and_key_are_left_alone():
    assert check_field("nonsense", "anything", "value").checks == []
    assert check_field("vehicle_book", "brand_car", "TOYOTA").checks == []


ODD_VALUES = [
    None,
    "",
    " ",
    "\n\t",
    "-",
    "0",
    "๐",
    "🚗",
    "🚗" * 500,
    "x" * 100_000,
    "1" * 5000,
    "<" * 44,
    "14 ก.พ.",
    "/ / /",
    "31/31/3131",
    "ก" * 300,
    "\x00\ufeff\u200b",
    "L898902C36UTO" + "🙂" * 31,
    "1,,,,",
    "9" * 40,
    "จ.",
    "จังหวัด",
    "P<" * 22,
    "\u0e4d\u0e32" * 50,
    "2" * 17,
    "ตลอดชีพ",
]


def _random_text(rng: random.Random) -> str:
    alphabet = "0123456789๐๑๒๓๔๕๖๗๘๙ABCIOQXZ<./-, กขฮะาำ่้็ัมพฯ\u0e4d🚗é\t\n"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70)))


def test_checks_never_raise_on_odd_input():
    rng = random.Random(1234)
    keys = {
        doc_type: sorted(
            {
                *KINDS.get(doc_type, {}),
                *DATES.get(doc_type, {}),
                *required_keys(doc_type),
                "passport_number",
                "sex",
                "surname_en",
                "identification_number",
                "unknown_key",
            }
        )
        for doc_type in DOC_TYPES
    }
    for doc_type, doc_keys in keys.items():
        for key in doc_keys:
            values = ODD_VALUES + [_random_text(rng) for _ in range(40)]
            for value in values:
                context = {k: rng.choice(values) for k in doc_keys}
                result = check_field(doc_type, key, value, context, TODAY)
                assert all(isinstance(c, Check) and c.message_en and c.message_th for c in result.checks)
                assert result.normalized is None or isinstance(result.normalized, str)
        doc = make_document(doc_type, {k: rng.choice(ODD_VALUES) for k in doc_keys})
        run_checks(doc, TODAY)
        errors, warnings = checks_summary(doc)
        assert errors >= 0 and warnings >= 0


@pytest.mark.parametrize("doc_type", sorted(DOC_TYPES))
def test_every_check_has_real_thai(doc_type):
    values = ["??", "1", "31/02/2020", "2999", "x" * 30]
    for key in sorted({*KINDS.get(doc_type, {}), *DATES.get(doc_type, {})}):
        for value in values:
            for check in check_field(doc_type, key, value, today=TODAY).checks:
                assert any("\u0e01" <= ch <= "\u0e5b" for ch in check.message_th), (key, value, check)
