"""Passport MRZ (ICAO 9303 TD3) check digits, shape, and MRZ vs visual fields."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.checks.mrz import check_digit, mrz_date, parse_line2
from desktop_app.core.model import Severity

TODAY = date(2025, 6, 1)
LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
MRZ = {"mrz_1": LINE1, "mrz_2": LINE2}


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


def test_check_digit_values():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("ZE184226B<<<<<") == "1"
    assert check_digit("<<<<") == "0"


def test_icao_specimen_is_valid():
    assert check_field("passport", "mrz_2", LINE2, today=TODAY).checks == []
    assert check_field("passport", "mrz_1", LINE1, today=TODAY).checks == []
    assert check_field("passport", "mrz_2", LINE2, today=TODAY).normalized == LINE2


def test_spaces_inside_the_mrz_are_ignored():
    spaced = "L898902C36 UTO7408122 F1204159 ZE184226B<<<<<10"
    result = check_field("passport", "mrz_2", spaced, today=TODAY)
    assert result.checks == []
    assert result.normalized == LINE2


@pytest.mark.parametrize(
    ("position", "char", "parts"),
    [
        (0, "X", ["passport number", "composite"]),  # document number changed
        (9, "5", ["passport number", "composite"]),  # its check digit changed
        (14, "5", ["date of birth", "composite"]),
        (22, "3", ["date of expiry", "composite"]),
        (29, "F", ["personal number", "composite"]),
        (43, "1", ["composite"]),
    ],
)
def test_each_check_digit_is_checked(position, char, parts):
    line = LINE2[:position] + char + LINE2[position + 1 :]
    result = check_field("passport", "mrz_2", line, today=TODAY)
    failing = [c for c in result.checks if c.id == "mrz.check_digit"]
    assert [next(p for p in parts if p in c.message_en) for c in failing] == parts
    assert all(c.severity == Severity.ERROR for c in failing)


def test_empty_personal_number_may_have_filler_check_digit():
    base = "L898902C36UTO7408122F1204159" + "<" * 14
    for digit in ("<", "0"):
        line = base + digit
        line += check_digit(line[0:10] + line[13:20] + line[21:43])
        assert check_field("passport", "mrz_2", line, today=TODAY).checks == []


def test_length_and_characters():
    assert ids(check_field("passport", "mrz_2", LINE2[:-1], today=TODAY)) == ["mrz.length"]
    assert ids(check_field("passport", "mrz_2", LINE2 + "<", today=TODAY)) == ["mrz.length"]
    # The vendor sample's placeholder has 48 characters.
    assert ids(check_field("passport", "mrz_2", "X" * 48, today=TODAY)) == ["mrz.length"]
    bad = LINE2[:20] + "é" + LINE2[21:]
    assert ids(check_field("passport", "mrz_2", bad, today=TODAY)) == ["mrz.characters"]
    assert ids(check_field("passport", "mrz_1", "V" + LINE1[1:], today=TODAY)) == ["mrz.not_passport"]


def test_mrz_date_must_be_a_date():
    line = LINE2[:13] + "741312" + check_digit("741312") + LINE2[20:43]
    line += check_digit(line[0:10] + line[13:20] + line[21:43])
    assert ids(check_field("passport", "mrz_2", line, today=TODAY)) == ["mrz.date"]


def test_mrz_date_century():
    assert mrz_date("740812", birth=True, today=TODAY) == date(1974, 8, 12)
    assert mrz_date("200101", birth=True, today=TODAY) == date(2020, 1, 1)
    assert mrz_date("320608", birth=False, today=TODAY) == date(2032, 6, 8)
    assert mrz_date("74O812", birth=True, today=TODAY) is None


def test_visual_fields_matching_the_mrz_raise_nothing():
    visual = {
        "passport_number": "L898902C3",
        "date_of_birth": "12/08/1974",
        "sex": "F",
        "surname_en": "ERIKSSON",
    }
    for key, value in visual.items():
        assert check_field("passport", key, value, MRZ, TODAY).checks == [], key
    assert check_field("passport", "date_of_birth", "12 AUG 1974", MRZ, TODAY).checks == []


@pytest.mark.parametrize(
    ("key", "value", "check_id", "suggestion"),
    [
        ("passport_number", "L898902C8", "mrz.mismatch.number", "L898902C3"),
        ("date_of_birth", "12/08/1975", "mrz.mismatch.birth", "12/08/1974"),
        ("date_of_expiry", "15/04/2013", "mrz.mismatch.expiry", "15/04/2012"),
        ("sex", "M", "mrz.mismatch.sex", None),
        ("surname_en", "ERIKSON", "mrz.mismatch.surname", None),
    ],
)
def test_mismatch_with_the_mrz_warns_and_names_the_field(key, value, check_id, suggestion):
    result = check_field("passport", key, value, MRZ, TODAY)
    mismatch = [c for c in result.checks if c.id.startswith("mrz.mismatch")]
    assert [c.id for c in mismatch] == [check_id]
    assert mismatch[0].severity == Severity.WARNING
    assert mismatch[0].suggestion == suggestion
    assert "differs from the MRZ" in mismatch[0].message_en
    assert "MRZ" in mismatch[0].message_th


def test_no_suggestion_when_the_mrz_part_itself_is_broken():
    broken = dict(MRZ, mrz_2=LINE2[:14] + "5" + LINE2[15:])  # birth 750812 with check digit for 740812
    result = check_field("passport", "date_of_birth", "12/08/1974", broken, TODAY)
    assert [(c.id, c.suggestion) for c in result.checks] == [("mrz.mismatch.birth", None)]


def test_thai_personal_number_in_the_mrz_is_compared():
    line = "AA1234567" + check_digit("AA1234567") + "THA7408122M3206087" + "3100600445635" + "<"
    line += check_digit("3100600445635<")
    line += check_digit(line[0:10] + line[13:20] + line[21:43])
    assert parse_line2(line) is not None and parse_line2(line).failed_digits() == []
    ctx = {"mrz_2": line}
    assert check_field("passport", "identification_number", "3100600445635", ctx, TODAY).checks == []
    result = check_field("passport", "identification_number", "3100600445636", ctx, TODAY)
    assert [c.id for c in result.checks] == ["thai_id.checksum", "mrz.mismatch.personal_number"]
    assert result.checks[1].suggestion == "3100600445635"


def test_no_mrz_means_no_mismatch():
    assert check_field("passport", "passport_number", "AC1234567", {}, TODAY).checks == []
    assert check_field("passport", "passport_number", "AC1234567", {"mrz_2": "garbage"}, TODAY).checks == []
