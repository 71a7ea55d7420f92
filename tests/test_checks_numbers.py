"""Numbers where numbers belong, and plausible model years."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.model import Severity

TODAY = date(2025, 6, 1)


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


@pytest.mark.parametrize(
    ("key", "text", "normalized"),
    [
        ("engine_size", "2982", "2982"),
        ("weight_car", "1,850 กก.", "1850"),
        ("weight_all", "๑๘๕๐", "1850"),
        ("horsepower", "171 แรงม้า", "171"),
        ("engine_size", "2,982 ซีซี", "2982"),
        ("weight_loading", "1.5", "1.5"),
        ("number_of_seat", "7", "7"),
        ("number_of_cylinders", "4 สูบ", "4"),
        ("engine_size", "2982.0", "2982"),
    ],
)
def test_vehicle_book_numbers(key, text, normalized):
    result = check_field("vehicle_book", key, text, today=TODAY)
    assert result.checks == []
    assert result.normalized == normalized


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("engine_size", "abc"),
        ("weight_car", "18 50"),
        ("weight_car", "1,85"),
        ("horsepower", "แรงม้า 171"),
        ("number_of_seat", "-7"),
        ("engine_size", "2O82"),
    ],
)
def test_not_numeric_is_error(key, text):
    result = check_field("vehicle_book", key, text, today=TODAY)
    assert ids(result) == ["number.not_numeric"]
    assert result.checks[0].severity == Severity.ERROR
    assert result.normalized is None


def test_counts_must_be_whole():
    result = check_field("vehicle_book", "number_of_seat", "7.5", today=TODAY)
    assert ids(result) == ["number.not_integer"]


def test_a_dash_means_not_applicable():
    result = check_field("vehicle_book", "number_of_cylinders", "-", today=TODAY)
    assert result.checks == []
    assert result.normalized is None


def test_year_model():
    assert check_field("vehicle_book", "year_model", "2013", today=TODAY).normalized == "2013"
    assert check_field("vehicle_book", "year_model", "2026", today=TODAY).checks == []
    assert ids(check_field("vehicle_book", "year_model", "2027", today=TODAY)) == ["number.year_range"]
    assert ids(check_field("vehicle_book", "year_model", "1899", today=TODAY)) == ["number.year_range"]


def test_buddhist_year_model_suggests_the_ce_year():
    result = check_field("vehicle_book", "year_model", "2556", today=TODAY)
    assert ids(result) == ["number.year_range"]
    assert result.checks[0].suggestion == "2013"
    assert "2013" in result.checks[0].message_th
    assert check_field("vehicle_book", "year_model", "9999", today=TODAY).checks[0].suggestion is None


@pytest.mark.parametrize(
    ("key", "text", "normalized"),
    [
        ("capacity", "1.998", "1998"),
        ("capacity", "1998 cm3", "1998"),
        ("pay_load", "1,5 tấn", "1.5"),
        ("sit", "5", "5"),
        ("lie", "0", "0"),
        ("stand", "๒", "2"),
        ("year_of_manufacture", "2019", "2019"),
    ],
)
def test_vietnamese_numbers_use_vietnamese_separators(key, text, normalized):
    result = check_field("vn_vehicle_registration", key, text, today=TODAY)
    assert result.checks == []
    assert result.normalized == normalized


def test_vietnamese_not_numeric():
    assert ids(check_field("vn_vehicle_registration", "sit", "năm", today=TODAY)) == ["number.not_numeric"]
    assert ids(check_field("vn_vehicle_registration", "year_of_manufacture", "20199", today=TODAY)) == [
        "number.year_range"
    ]
