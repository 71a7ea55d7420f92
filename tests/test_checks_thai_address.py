"""Thai address consistency: the parts read out of a full address, and the closest consistent
combination of sub-district, district, province and postcode (GeoThai data)."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import address_parts, check_field
from desktop_app.core.model import Severity


def ids(result) -> list[str]:
    return [c.id for c in result.checks]


# --- reading parts out of one text ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "sub", "district", "province", "postcode"), [
    ("17/1 หมู่ที่ 9 ต.หัวไผ่ อ.เมืองอ่างทอง จ.อ่างทอง", "หัวไผ่", "เมืองอ่างทอง", "อ่างทอง", None),
    # the vendor's v1 sample: glued words, เขต read as เซต, a bare province
    ("252/6 ถนนรัชดาภิเษก แขวงห้วยขวางเซตห้วยขวาง กรุงเทพมหานคร", "ห้วยขวาง", "ห้วยขวาง", "กรุงเทพมหานคร", None),
    ("1 ตำบลหัวไผ่ อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000", "หัวไผ่", "เมืองอ่างทอง", "อ่างทอง", "14000"),
    ("ที่อยู่ 17/1 ต. หัวไผ่ อ. เมือง", "หัวไผ่", "เมือง", None, None),
    ("1 แขวงคลองเตย เขตคลองเตย กทม. ๑๐๑๑๐", "คลองเตย", "คลองเตย", "กทม.", "10110"),
    # names that end in a marker word stay whole
    ("5 ต.หลักเขต อ.บ้านหมี่ จ.ลพบุรี", "หลักเขต", "บ้านหมี่", "ลพบุรี", None),
])
def test_parts_are_read_out_of_a_full_address(text, sub, district, province, postcode):
    parts = address_parts.parse(text)
    assert (parts.sub and parts.sub.name) == sub
    assert (parts.district and parts.district.name) == district
    assert (parts.province and parts.province.name) == province
    assert (parts.postcode and parts.postcode.name) == postcode


# --- a whole address in one field (vehicle book, address_full) ------------------------------------

@pytest.mark.parametrize("text", [
    "252/6 ถนนรัชดาภิเษก แขวงห้วยขวางเซตห้วยขวาง กรุงเทพมหานคร",
    "17/1 หมู่ที่ 9 ต.หัวไผ่ อ.เมืองอ่างทอง จ.อ่างทอง",
    "88/8 ต.บางกระสอ อ.เมือง จ.นนทบุรี 11000",  # อ.เมือง is the capital district
    "1 แขวงคลองเตย เขตคลองเตย กทม. 10110",
    "1 ต.พระโขนง กรุงเทพมหานคร 10260",  # a sub-district with two postcodes
])
def test_a_consistent_address_has_no_warning(text):
    assert ids(check_field("vehicle_book", "ownership_adress", text)) == []


def test_a_misread_postcode_is_named_and_the_fix_suggested():
    text = "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10120"
    [check] = check_field("vehicle_book", "owner_adress", text).checks
    assert check.id == "address.mismatch" and check.severity == Severity.WARNING
    assert "postcode 10120" in check.message_en
    assert "รหัสไปรษณีย์ 10120" in check.message_th
    assert check.suggestion == "123/45 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110"


def test_a_misread_sub_district_gets_the_nearest_one_in_its_district():
    [check] = check_field("thai_id_card", "address_full", "88/8 ต.บางกระลอ อ.เมืองนนทบุรี จ.นนทบุรี").checks
    assert "sub-district บางกระลอ" in check.message_en
    assert check.suggestion == "88/8 ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี"


def test_a_district_of_the_wrong_province_is_named():
    [check] = check_field("vehicle_book", "ownership_adress", "9 ต.บางกระสอ อ.บางกรวย จ.นนทบุรี").checks
    assert "district บางกรวย" in check.message_en
    assert check.suggestion == "9 ต.บางกระสอ อ.เมืองนนทบุรี จ.นนทบุรี"


def test_two_equally_close_fixes_give_no_suggestion():
    # หัวไผ่ is in เมืองอ่างทอง (อ่างทอง) and in เมืองสิงห์บุรี (สิงห์บุรี): district or province is wrong.
    [check] = check_field("vehicle_book", "ownership_adress", "99 ต.หัวไผ่ อ.เมืองอ่างทอง จ.สิงห์บุรี").checks
    assert check.suggestion is None
    assert "district เมืองอ่างทอง or the province สิงห์บุรี" in check.message_en


def test_an_unknown_sub_district_is_a_warning_without_suggestion():
    [check] = check_field("vehicle_book", "ownership_adress", "1 ต.ตัวอย่าง อ.เมืองอ่างทอง จ.อ่างทอง").checks
    assert check.id == "address.unknown_sub_district" and check.suggestion is None
    assert "ตัวอย่าง" in check.message_en and "GeoThai" in check.message_en


def test_a_postcode_of_another_province():
    [check] = check_field("vehicle_book", "owner_adress", "1 จ.นนทบุรี 10110").checks
    assert check.id == "address.mismatch" and check.suggestion is None


def test_one_part_alone_is_not_checked():
    assert check_field("vehicle_book", "owner_adress", "กรุงเทพมหานคร").checks == []


# --- the ID card's parts, each against the others -------------------------------------------------

CARD = {
    "address_full": "17/1 หมู่ที่ 9 ต.หัวไผ่ อ.เมืองอ่างทอง จ.อ่างทอง",
    "address_sub_district": "ต.หัวไผ่",
    "address_district": "อ.เมืองอ่างทอง",
    "address_province": "จ.อ่างทอง",
}


def test_the_vendor_id_card_parts_fit():
    for key, value in CARD.items():
        assert ids(check_field("thai_id_card", key, value, CARD)) == [], key


def test_a_part_that_does_not_fit_keeps_its_marker_in_the_suggestion():
    context = dict(CARD, address_district="อ.เมืองอ่างทอ")
    [check] = check_field("thai_id_card", "address_district", "อ.เมืองอ่างทอ", context).checks
    assert check.suggestion == "อ.เมืองอ่างทอง"
    assert check_field("thai_id_card", "address_sub_district", "ต.หัวไผ่", context).checks == []


def test_a_wrong_postcode_part_gets_the_right_postcode():
    context = dict(CARD, address_postcode="14100")
    [check] = check_field("thai_id_card", "address_postcode", "14100", context).checks
    assert check.suggestion == "14000"


def test_a_province_that_is_no_province_is_left_to_the_province_check():
    context = dict(CARD, address_province="จ.ตัวอย่าง")
    assert ids(check_field("thai_id_card", "address_province", "จ.ตัวอย่าง", context)) == ["province.unknown"]


def test_bangkok_parts_use_khwaeng_and_khet_in_thai():
    context = {"address_sub_district": "แขวงคลองเตย", "address_district": "เขตคลองเตย",
               "address_province": "กรุงเทพมหานคร", "address_postcode": "10120"}
    [check] = check_field("thai_id_card", "address_postcode", "10120", context).checks
    assert "แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110" in check.message_th


# --- the shipped copy of GeoThai's places (docs/adr/0019-thai-places-shipped-compact.md) ---------

def test_the_shipped_places_are_geothai_s_as_installed():
    """thai_places_data.py is geothai's data, in its order (scripts/make_thai_places.py writes it
    again after a change of the geothai pin); a stale copy fails here."""
    from dataclasses import astuple

    import geothai

    from desktop_app.core.checks import thai_geo

    expected = []
    names = {p.code: p.name_th for p in geothai.provinces()}
    for p in geothai.provinces():
        for d in geothai.districts(p.code):
            for s in geothai.subdistricts(d.code):
                expected.append((s.name_th, thai_geo.bare(d.name_th), names[p.code], p.code, d.code,
                                 tuple(s.postal_codes)))
    assert [astuple(place) for place in thai_geo.places()] == expected
    assert thai_geo.data_version() == geothai.DATA_VERSION
    by_key: dict[str, list[int]] = {}
    for index, row in enumerate(expected):
        by_key.setdefault(thai_geo.key(row[0]), []).append(index)
    assert thai_geo._sub_keys() == by_key  # the compare forms stored in the file are key()'s
    by_district: dict[str, list[int]] = {}
    for index, row in enumerate(expected):
        by_district.setdefault(thai_geo.key(row[1]), []).append(index)
    assert thai_geo._district_keys() == by_district


def test_a_province_and_a_postcode_alone_are_compared():
    context = {"address_province": "อ่างทอง", "address_postcode": "10110"}
    assert check_field("thai_id_card", "address_postcode", "10110", context).checks
    context = {"address_province": "อ่างทอง", "address_postcode": "14000"}
    assert check_field("thai_id_card", "address_postcode", "14000", context).checks == []
