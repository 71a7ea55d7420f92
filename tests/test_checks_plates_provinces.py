"""Thai and Vietnamese plates; Thai province names with closest-match suggestions."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.checks.provinces import closest, edit_distance, provinces
from desktop_app.core.model import Severity


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("2กด 6465", "2กด 6465"),
        ("กข 1234", "กข 1234"),
        ("2กด6465", "2กด 6465"),
        ("2 กด  6465", "2กด 6465"),
        ("กขค 1", "กขค 1"),
        ("๒กด ๖๔๖๕", "2กด 6465"),
        ("กข-1234", "กข 1234"),
    ],
)
def test_thai_plate_accepted_and_normalized(text, normalized):
    result = check_field("vehicle_book", "registration_number_car", text)
    assert result.checks == []
    assert result.normalized == normalized


@pytest.mark.parametrize(
    "text", ["กขคง 1234", "กข 12345", "AB 1234", "22กด 6465", "กข", "1234", "2กด 6465 กรุงเทพ"]
)
def test_thai_plate_rejected(text):
    result = check_field("vehicle_book", "registration_number_car", text)
    assert ids(result) == ["plate.pattern"]
    assert result.checks[0].severity == Severity.ERROR
    assert result.normalized is None


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("59X3-123.45", "59X3-123.45"),
        ("30A-123.45", "30A-123.45"),
        ("30a 12345", "30A-123.45"),
        ("30A-1234", "30A-1234"),
        ("51LD-123.45", "51LD-123.45"),
    ],
)
def test_vn_plate_accepted(text, normalized):
    result = check_field("vn_vehicle_registration", "plate", text)
    assert result.checks == []
    assert result.normalized == normalized


@pytest.mark.parametrize("text", ["5X3-123.45", "30A-12.345", "ABC", "30A-123456"])
def test_vn_plate_unusual_is_a_warning(text):
    result = check_field("vn_vehicle_registration", "plate", text)
    assert ids(result) == ["plate.pattern"]
    assert result.checks[0].severity == Severity.WARNING


def test_the_bundled_list_has_77_provinces():
    names = provinces()
    assert len(names) == 77
    assert names[0] == ("กรุงเทพมหานคร", "Bangkok")
    assert ("บึงกาฬ", "Bueng Kan") in names


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("กรุงเทพมหานคร", "กรุงเทพมหานคร"),
        ("กทม.", "กรุงเทพมหานคร"),
        ("กทม", "กรุงเทพมหานคร"),
        ("กรุงเทพฯ", "กรุงเทพมหานคร"),
        ("Bangkok", "กรุงเทพมหานคร"),
        ("จ.อ่างทอง", "อ่างทอง"),
        ("จังหวัดอ่างทอง", "อ่างทอง"),
        ("จ. อ่างทอง", "อ่างทอง"),
        ("จันทบุรี", "จันทบุรี"),
        ("Chiang Mai", "เชียงใหม่"),
        ("ang thong", "อ่างทอง"),
        # sara am written as nikhahit + sara aa
        ("ก\u0e4d\u0e32แพงเพชร", "กำแพงเพชร"),
    ],
)
def test_known_provinces(text, canonical):
    for key, doc_type in (("province", "vehicle_book"), ("address_province", "thai_id_card")):
        result = check_field(doc_type, key, text)
        # a decomposed sara am is still the province; the spelling check flags the stored form
        assert [c.id for c in result.checks] == (["thai.spelling"] if "\u0e4d" in text else [])
        assert result.normalized == canonical


def test_misread_province_gets_the_closest_name():
    result = check_field("vehicle_book", "province", "กรงเทพมหานคร")  # the v1 sample
    assert ids(result) == ["province.unknown"]
    check = result.checks[0]
    assert check.severity == Severity.ERROR
    assert check.suggestion == "กรุงเทพมหานคร"
    assert "กรุงเทพมหานคร" in check.message_th
    assert closest("จ.อ่างท่อง") == "อ่างทอง"
    assert closest("Chiang Mia") == "เชียงใหม่"


def test_unrelated_text_gets_no_suggestion():
    result = check_field("vehicle_book", "province", "รถยนต์นั่งส่วนบุคคล")
    assert ids(result) == ["province.unknown"]
    assert result.checks[0].suggestion is None


def test_edit_distance():
    assert edit_distance("กรงเทพมหานคร", "กรุงเทพมหานคร") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
