"""VIN check digit (a warning only) and the O/0, I/1 hints."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.model import Severity

VALID = "MR0ZZ69G503129240"  # the v1 sample, check digit 5


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


def test_sample_vin_is_valid():
    result = check_field("vehicle_book", "car_number", VALID)
    assert result.checks == []
    assert result.normalized == VALID


def test_spaces_dashes_and_case_are_tolerated():
    result = check_field("vehicle_book", "car_number", "mr0zz69g5 0312-9240")
    assert result.checks == []
    assert result.normalized == VALID


def test_wrong_check_digit_is_a_warning():
    result = check_field("vehicle_book", "car_number", "MR0ZZ69G503129241")
    assert ids(result) == ["vin.check_digit"]
    assert result.checks[0].severity == Severity.WARNING


@pytest.mark.parametrize(
    "misread", ["MROZZ69G503129240", "MR0ZZ69G5O3129240", "MR0ZZ69G503I29240", "MRQZZ69G503129240"]
)
def test_o_i_q_get_a_hint_and_the_corrected_vin(misread):
    result = check_field("vehicle_book", "car_number", misread)
    assert ids(result) == ["vin.characters"]
    check = result.checks[0]
    assert check.severity == Severity.WARNING
    assert check.suggestion == VALID
    assert "O is probably 0" in check.message_en
    assert VALID in check.message_th


def test_no_suggestion_when_the_fix_is_not_valid_either():
    result = check_field("vehicle_book", "car_number", "MROZZ69G503129241")
    assert ids(result) == ["vin.characters"]
    assert result.checks[0].suggestion is None


@pytest.mark.parametrize("text", ["MR0ZZ69G50312924", "MR0ZZ69G5031292400"])
def test_wrong_length_is_a_warning(text):
    result = check_field("vehicle_book", "car_number", text)
    assert ids(result) == ["vin.length"]
    assert result.checks[0].severity == Severity.WARNING
    assert f"{len(text)}" in result.checks[0].message_en


def test_punctuation_is_a_warning():
    assert ids(check_field("vehicle_book", "car_number", "MR0ZZ69G5/3129240")) == ["vin.characters"]
