"""Thai 13-digit numbers: personal ID (PIN) and juristic-person numbers (VALIDATION.md vectors)."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.checks.thai_id import check_thai_id, is_valid, kind_of
from desktop_app.core.model import Severity


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


@pytest.mark.parametrize("number", ["3100600445635"])
def test_valid_pin(number):
    result = check_field("thai_id_card", "id_number", number)
    assert result.checks == []
    assert result.normalized == number
    assert kind_of(number) == "personal"
    assert is_valid(number)


@pytest.mark.parametrize("number", ["0105536112014", "0994000617721", "0993000133978", "0107537000211"])
def test_valid_juristic_numbers_on_vehicle_book(number):
    result = check_field("vehicle_book", "ownership_number_of_card", number)
    assert ids(result) == ["thai_id.kind"]
    assert result.checks[0].severity == Severity.INFO
    assert "Juristic" in result.checks[0].message_en
    assert result.checks[0].message_th == "เลขทะเบียนนิติบุคคล"
    assert result.normalized == number
    assert is_valid(number)


def test_personal_number_on_vehicle_book_says_personal():
    result = check_field("vehicle_book", "owner_number_of_card", "3100600445635")
    assert ids(result) == ["thai_id.kind"]
    assert result.checks[0].message_en == "Personal ID number."


def test_wrong_check_digit_is_error():
    result = check_field("thai_id_card", "id_number", "3100600445634")
    assert ids(result) == ["thai_id.checksum"]
    assert result.checks[0].severity == Severity.ERROR
    assert "personal ID number" in result.checks[0].message_en
    assert result.normalized == "3100600445634"


def test_wrong_check_digit_on_juristic_number_names_the_kind():
    result = check_field("vehicle_book", "ownership_number_of_card", "0107537000212")
    assert ids(result) == ["thai_id.checksum"]
    assert "juristic-person number" in result.checks[0].message_en
    assert "นิติบุคคล" in result.checks[0].message_th


def test_all_zeros_is_not_a_pin():
    result = check_field("thai_id_card", "id_number", "0000000000000")
    assert ids(result) == ["thai_id.first_digit", "thai_id.checksum"]
    assert all(c.severity == Severity.ERROR for c in result.checks)
    assert not is_valid("0000000000000")


def test_juristic_number_on_id_card_is_error_even_with_valid_digit():
    result = check_field("thai_id_card", "id_number", "0105536112014")
    assert ids(result) == ["thai_id.first_digit"]
    assert "juristic" in result.checks[0].message_en


def test_first_digit_nine_is_neither_kind():
    # 9 + eleven digits + a correct check digit: still never a valid Thai number.
    from stdnum.th import pin

    body = "910060044563"
    number = body + pin.calc_check_digit(body)
    result = check_field("vehicle_book", "owner_number_of_card", number)
    assert ids(result) == ["thai_id.first_digit"]
    assert kind_of(number) is None


@pytest.mark.parametrize(
    "text",
    ["3 1006 00445 63 5", "3-1006-00445-63-5", "๓๑๐๐๖๐๐๔๔๕๖๓๕", " 3100600445635 ", "3.1006.00445.63.5"],
)
def test_separators_and_thai_digits(text):
    result = check_field("thai_id_card", "id_number", text)
    assert result.checks == []
    assert result.normalized == "3100600445635"


def test_passport_identification_number_is_checked_as_pin():
    assert ids(check_field("passport", "identification_number", "3100600445634")) == ["thai_id.checksum"]
    assert check_field("passport", "Identification_number", "3100600445635").checks == []


def test_foreign_passport_personal_number_is_not_checked_as_thai():
    result = check_field("passport", "identification_number", "1234", {"country_code": "UTO"})
    assert result.checks == []


@pytest.mark.parametrize(
    ("text", "check_id"),
    [
        ("310060044563", "thai_id.length"),
        ("31006004456351", "thai_id.length"),
        ("31006OO445635", "thai_id.not_numeric"),
        ("abc", "thai_id.not_numeric"),
    ],
)
def test_length_and_letters(text, check_id):
    result = check_thai_id(text, personal_only=True)
    assert ids(result) == [check_id]
    assert result.normalized is None
