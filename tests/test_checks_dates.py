"""Dates: Thai months, Buddhist Era, Thai digits, English and numeric forms; cross-field rules."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.checks import check_field, parse_date
from desktop_app.core.model import Severity

TODAY = date(2025, 6, 1)


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1 สิงหาคม 2556", "2013-08-01"),
        ("14 ก.พ. 2531", "1988-02-14"),
        ("25 มกราคม 2537", "1994-01-25"),
        ("14 Feb. 1988", "1988-02-14"),
        ("14 February 1988", "1988-02-14"),
        ("14 FEB 1988", "1988-02-14"),
        ("Feb 14, 1988", "1988-02-14"),
        ("04/03/1979", "1979-03-04"),
        ("4.3.1979", "1979-03-04"),
        ("1988-02-14", "1988-02-14"),
        ("๑๔ ก.พ. ๒๕๓๑", "1988-02-14"),
        ("14 ก. พ. 2531", "1988-02-14"),
        ("14 กพ 2531", "1988-02-14"),
        ("14ก.พ.2531", "1988-02-14"),
        ("1 สิงหาคม พ.ศ. 2556", "2013-08-01"),
        ("วันที่ 1 สิงหาคม 2556", "2013-08-01"),
        ("14/02/2531", "1988-02-14"),
        ("3 Sept. 2001", "2001-09-03"),
        ("31 ธ.ค. 2567", "2024-12-31"),
    ],
)
def test_parses(text, iso):
    assert parse_date(text).value == date.fromisoformat(iso)
    result = check_field("vehicle_book", "registration_date", text, today=TODAY)
    assert result.normalized == iso
    assert result.checks == []


# VALIDATION.md's month table, full and abbreviated, in order
THAI_MONTHS = [("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
               ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
               ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค.")]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("form", ["full", "abbreviated", "abbreviated without dots"])
def test_every_thai_month_full_and_abbreviated(month, form):
    full, short = THAI_MONTHS[month - 1]
    name = {"full": full, "abbreviated": short, "abbreviated without dots": short.replace(".", "")}[form]
    assert parse_date(f"5 {name} 2560").value == date(2017, month, 5)


def test_buddhist_era_flag():
    assert parse_date("14 ก.พ. 2531").buddhist is True
    assert parse_date("14 Feb. 1988").buddhist is False


def test_feb_29_leap_and_non_leap_buddhist_years():
    # 2563 BE = 2020 CE (leap); 2564 BE = 2021 CE (not). 2563 itself is not divisible by 4:
    # the leap rule applies to the CE year.
    assert check_field("thai_id_card", "dob_th", "29 ก.พ. 2563", today=TODAY).normalized == "2020-02-29"
    result = check_field("thai_id_card", "dob_th", "29 ก.พ. 2564", today=TODAY)
    assert ids(result) == ["date.invalid"]
    assert result.normalized is None


def test_impossible_date_is_error():
    result = check_field("thai_id_card", "dob_th", "31 ก.พ. 2531", today=TODAY)
    assert ids(result) == ["date.invalid"]
    assert result.checks[0].severity == Severity.ERROR
    assert parse_date("31 ก.พ. 2531").problem == "impossible"
    assert ids(check_field("passport", "date_of_birth", "31/04/1979", today=TODAY)) == ["date.invalid"]


@pytest.mark.parametrize("text", ["hello", "14 Febtember 1988", "14/02/88", "2531", "ก.พ.", "32 13 2000"])
def test_unparseable_is_error(text):
    result = check_field("passport", "date_of_issue", text, today=TODAY)
    assert ids(result) == ["date.unparseable"]
    assert result.checks[0].severity == Severity.ERROR
    assert result.normalized is None


def test_implausible_year_warns():
    result = check_field("vehicle_book", "ownership_birthday_date", "14 Feb. 1788", today=TODAY)
    assert ids(result) == ["date.implausible_year"]
    assert result.normalized == "1788-02-14"


def test_lifelong_expiry_is_not_an_error():
    for text in ("ตลอดชีพ", "LIFE LONG", "Lifelong"):
        result = check_field("thai_id_card", "doe_en", text, today=TODAY)
        assert result.checks == []
        assert result.normalized is None
    # ...but only on the expiry: a birth date cannot be lifelong.
    assert ids(check_field("thai_id_card", "dob_en", "LIFE LONG", today=TODAY)) == ["date.unparseable"]


def test_lifelong_on_one_side_only_warns():
    result = check_field("thai_id_card", "doe_th", "ตลอดชีพ", {"doe_en": "13 Feb. 2027"}, TODAY)
    assert ids(result) == ["date.th_en_mismatch"]
    result = check_field("thai_id_card", "doe_en", "13 Feb. 2027", {"doe_th": "ตลอดชีพ"}, TODAY)
    assert ids(result) == ["date.th_en_mismatch"]
    assert check_field("thai_id_card", "doe_th", "ตลอดชีพ", {"doe_en": "LIFE LONG"}, TODAY).checks == []


def test_id_card_thai_and_english_must_agree():
    ok = check_field("thai_id_card", "dob_th", "14 ก.พ. 2531", {"dob_en": "14 Feb. 1988"}, TODAY)
    assert ok.checks == []
    # The vendor sample: doi_th 14 ก.พ. 2561 (2018) vs doi_en 14 Feb. 2011.
    bad = check_field("thai_id_card", "doi_th", "14 ก.พ. 2561", {"doi_en": "14 Feb. 2011"}, TODAY)
    assert ids(bad) == ["date.th_en_mismatch"]
    assert bad.checks[0].severity == Severity.WARNING
    assert "2011-02-14" in bad.checks[0].message_en


def test_birth_after_issue():
    result = check_field("passport", "date_of_birth", "04/03/2023", {"date_of_issue": "09/06/2022"}, TODAY)
    assert ids(result) == ["date.birth_after_issue"]
    assert result.checks[0].severity == Severity.WARNING
    ctx = {"date_of_issue": "09/06/2022"}
    assert check_field("passport", "date_of_birth", "04/03/1979", ctx, TODAY).checks == []


def test_id_card_birth_after_issue_falls_back_to_other_language():
    result = check_field("thai_id_card", "dob_th", "14 ก.พ. 2565", {"doi_en": "14 Feb. 2018"}, TODAY)
    assert ids(result) == ["date.birth_after_issue"]


def test_expiry_before_issue_and_expired():
    result = check_field("passport", "date_of_expiry", "08/06/2021", {"date_of_issue": "09/06/2022"}, TODAY)
    assert ids(result) == ["date.expiry_before_issue", "date.expired"]
    ctx = {"date_of_issue": "09/06/2022"}
    assert check_field("passport", "date_of_expiry", "08/06/2032", ctx, TODAY).checks == []


def test_registration_and_possession_in_future():
    for key in ("registration_date", "date_of_posession"):
        assert ids(check_field("vehicle_book", key, "2 มิถุนายน 2568", today=TODAY)) == ["date.in_future"]
        assert check_field("vehicle_book", key, "1 มิถุนายน 2568", today=TODAY).checks == []


def test_vietnamese_dates_are_day_first_and_issued_at_is_a_place():
    result = check_field("vn_vehicle_registration", "first_issue_date", "05/01/2020", today=TODAY)
    assert result.normalized == "2020-01-05"
    assert check_field("vn_vehicle_registration", "issued_at", "Phòng CSGT Hà Nội", today=TODAY).checks == []
    late = check_field(
        "vn_vehicle_registration", "last_issue_date", "04/01/2020", {"first_issue_date": "05/01/2020"}, TODAY
    )
    assert ids(late) == ["date.before_first_issue"]


def test_default_today_is_used_when_not_given():
    next_year = date.today().year + 1
    result = check_field("vehicle_book", "registration_date", f"1 มกราคม {next_year + 543}")
    assert ids(result) == ["date.in_future"]
