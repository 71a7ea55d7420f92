"""Vietnamese addresses before and after the 1 July 2025 reform (63 -> 34 provinces)."""

from __future__ import annotations

import csv
from importlib.resources import files

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.model import Severity

DOC = "vn_vehicle_registration"


def checks(key: str, value: str, context: dict | None = None):
    return check_field(DOC, key, value, context or {}).checks


def test_the_data_has_63_old_and_34_new_provinces():
    text = files("desktop_app.core.checks").joinpath("data", "vn_provinces.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len({r["old_code"] for r in rows}) == 63
    assert len({r["new_code"] for r in rows}) == 34


@pytest.mark.parametrize("address", [
    "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",  # before the reform (vendor test answer)
    "Số 12 Đường Thử Nghiệm, P. Mẫu, Q. 1, TP. Hồ Chí Minh",  # the demo sample: abbreviations
    "1 Lê Lợi, Phường Sài Gòn, TP. Hồ Chí Minh",  # after: a ward of the new city
    "1, Phường Ba Đình, Hà Nội",
    "1, Phường Bến Nghé, Quận 1, HCM",
])
def test_addresses_that_fit(address):
    assert checks("address", address) == []


def test_an_old_province_merged_into_another_gets_a_note():
    [check] = checks("address", "Thôn 3, Xã Việt Lâm, Huyện Vị Xuyên, Tỉnh Hà Giang")
    assert check.id == "vn_address.merged" and check.severity == Severity.INFO
    assert "Tuyên Quang" in check.message_en and "1 July 2025" in check.message_en


def test_a_misread_province_is_a_warning_with_the_whole_address_as_suggestion():
    [check] = checks("address", "Thôn 3, Xã Việt Lâm, Huyện Vị Xuyên, Tỉnh Hà Gang")
    assert check.id == "vn_address.unknown_province" and check.severity == Severity.WARNING
    assert check.suggestion == "Thôn 3, Xã Việt Lâm, Huyện Vị Xuyên, Tỉnh Hà Giang"


def test_a_district_of_another_province():
    [check] = checks("address", "1 Lê Lợi, Quận 22, TP. Hồ Chí Minh")
    assert check.id == "vn_address.district_mismatch"
    assert check.suggestion == "1 Lê Lợi, Quận 12, TP. Hồ Chí Minh"


def test_a_ward_of_another_province_after_the_reform():
    [check] = checks("address", "1, Phường Ba Đình, TP. Hồ Chí Minh")
    assert check.id == "vn_address.ward_mismatch" and check.suggestion is None


def test_the_back_side_parts_against_each_other():
    context = {"address_town": "TP Hồ Chí Minh", "address_district": "Quận 1",
               "address_ward": "Phường Bến Nghé"}
    for key, value in context.items():
        assert checks(key, value, context) == [], key
    context["address_district"] = "Huyện Vị Xuyên"
    [check] = checks("address_district", "Huyện Vị Xuyên", context)
    assert check.id == "vn_address.district_mismatch"
    assert checks("address_town", "TP Hồ Chí Minh", context) == []  # the district carries it


def test_a_misread_part_suggests_the_part():
    [check] = checks("address_town", "Tình Hà Gian", {})
    assert check.suggestion == "Tỉnh Hà Giang"


@pytest.mark.parametrize(("plate", "normalized"), [
    ("59-X3 123.45", "59X3-123.45"), ("59-X3-123.45", "59X3-123.45"), ("51R-123.45", "51R-123.45")])
def test_plate_forms_of_the_registration(plate, normalized):
    result = check_field(DOC, "plate", plate)
    assert result.checks == [] and result.normalized == normalized


@pytest.mark.parametrize("plate", ["51O-123.45", "59I1-123.45", "30Q-1234"])
def test_a_plate_series_letter_no_vietnamese_plate_uses(plate):
    assert [c.id for c in checks("plate", plate)] == ["plate.vn_series_letter"]
