"""Two-digit Buddhist-era years (`15 มี.ค. 62`): read by the written-down century rule and offered
as a suggestion; never silently normalised."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.checks.short_year import century

TODAY = date(2026, 12, 1)  # BE 2569


@pytest.mark.parametrize(("two", "year"),
                         [(62, 2562), (69, 2569), (89, 2589), (90, 2490), (95, 2495), (0, 2500)])
def test_the_century_rule(two, year):
    # 25YY unless more than 20 years ahead (2589 = 2046 CE is the last 25YY in 2026)
    assert century(two, TODAY) == year


def test_a_two_digit_year_is_a_suggestion_not_a_normalised_value():
    result = check_field("vehicle_book", "registration_date", "15 มี.ค. 62", today=TODAY)
    assert result.normalized is None  # never a silent guess
    (check,) = result.checks
    assert (check.id, str(check.severity), check.suggestion) == ("date.two_digit_year", "warning",
                                                                "15 มี.ค. 2562")
    assert "2562" in check.message_en and "2019" in check.message_en and "24" in check.message_en
    taken = check_field("vehicle_book", "registration_date", check.suggestion, today=TODAY)
    assert taken.normalized == "2019-03-15" and taken.checks == []


def test_thai_digits_and_full_month_names_too():
    result = check_field("thai_id_card", "dob_th", "๓ สิงหาคม ๙๕", today=TODAY)
    assert [c.suggestion for c in result.checks] == ["3 สิงหาคม 2495"]


@pytest.mark.parametrize("text", ["15 Mar 62", "31 ก.พ. 62", "15/03/62"])
def test_other_short_forms_stay_unreadable(text):
    # English months and numeric forms with two-digit years are not guessed (CE or BE?)
    result = check_field("vehicle_book", "registration_date", text, today=TODAY)
    assert [c.id for c in result.checks] == ["date.unparseable"] and result.normalized is None
