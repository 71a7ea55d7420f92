"""Thai spelling pitfalls: each rule's vectors, the check, and that the raw value is kept."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import check_field, run_checks
from desktop_app.core.checks.thai_text import normalize
from desktop_app.core.model import Document, Field, Page

NIKHAHIT, SARA_AA, SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
MAI_THO, MAI_EK, SARA_II = "\u0e49", "\u0e48", "\u0e35"


@pytest.mark.parametrize(("raw", "fixed", "rules"), [
    # Sara Am as Nikhahit + Sara Aa: `น้ำ`, with the tone before, between, or after the Nikhahit
    ("น" + NIKHAHIT + SARA_AA, "น" + SARA_AM, ["sara_am"]),
    ("น" + MAI_THO + NIKHAHIT + SARA_AA, "น" + MAI_THO + SARA_AM, ["sara_am"]),
    ("น" + NIKHAHIT + MAI_THO + SARA_AA, "น" + MAI_THO + SARA_AM, ["sara_am"]),
    ("ก" + SARA_AM + MAI_THO, "ก" + MAI_THO + SARA_AM, ["am_tone_order"]),
    # tone mark typed before the vowel above: `กี่`, and Thanthakhat before a vowel
    ("ก" + MAI_EK + SARA_II, "ก" + SARA_II + MAI_EK, ["tone_order"]),
    ("ท\u0e4c", "ท\u0e4c", []),  # nothing to reorder: a lone Thanthakhat
    ("ท\u0e4c\u0e38", "ท\u0e38\u0e4c", ["tone_order"]),
    # doubled Sara E for Sara Ae: `แดง`
    ("\u0e40\u0e40ดง", "แดง", ["double_sara_e"]),
    # zero-width characters inside Thai words; none elsewhere is this check's business
    ("สม\u200bชาย", "สมชาย", ["zero_width"]),
    ("สม\u200dชาย\ufeff", "สมชาย", ["zero_width"]),
    ("AB\u200bCD", "AB\u200bCD", []),
    # several at once
    ("\u0e40\u0e40ม" + MAI_EK + "น" + NIKHAHIT + SARA_AA, "แม" + MAI_EK + "น" + SARA_AM,
     ["sara_am", "double_sara_e"]),
])
def test_rules(raw, fixed, rules):
    result, applied = normalize(raw)
    assert result == fixed
    assert [r.id for r in applied] == rules


@pytest.mark.parametrize("correct", ["น้ำ", "กี่", "แม่", "ที่อยู่", "กรุงเทพมหานคร", "สุราษฎร์ธานี", "เกาะพะงัน",
                                     "นางสาว ทดลอง", "Satitngam", "12 ม.ค. 2566"])
def test_correct_text_is_left_alone(correct):
    assert normalize(correct) == (correct, [])


def test_the_check_warns_and_suggests_the_fixed_form():
    raw = "นาย สมชาย น" + MAI_THO + NIKHAHIT + SARA_AA + "ใจ"
    result = check_field("thai_id_card", "title_name_surname_th", raw)
    [check] = [c for c in result.checks if c.id == "thai.spelling"]
    assert check.suggestion == "นาย สมชาย น้ำใจ" and result.normalized == "นาย สมชาย น้ำใจ"
    assert "Nikhahit" in check.message_en and "นิคหิต" in check.message_th


def test_a_field_with_its_own_normal_form_keeps_it():
    result = check_field("vehicle_book", "registration_date", "1 สิงหาคม\u200b 2556")
    assert result.normalized == "2013-08-01"  # the ISO date, not the fixed spelling
    assert [c.id for c in result.checks] == ["thai.spelling"]


def test_run_checks_keeps_the_raw_ocr_value():
    raw = "\u0e40\u0e40สงดี"
    field = Field(key="surname_th", label_th="ชื่อสกุล", label_en="Surname", ocr_value=raw, value=raw)
    doc = Document(doc_type="thai_id_card", sources=[], provider_id="demo", endpoint="",
                   pages=[Page(index=0, width=10, height=10, fields=[field])])
    run_checks(doc)
    assert field.ocr_value == raw and field.value == raw
    assert field.normalized == "แสงดี"
    assert [c.id for c in field.checks] == ["thai.spelling"]


def test_a_decomposed_sara_am_in_an_address_is_spelling_not_a_mismatch():
    decomposed = "1 ต.ลำพญา อ.บางเลน จ.นครปฐม".replace(SARA_AM, NIKHAHIT + SARA_AA)
    result = check_field("thai_id_card", "address_full", decomposed)
    assert [c.id for c in result.checks] == ["thai.spelling"]
    assert result.normalized == "1 ต.ลำพญา อ.บางเลน จ.นครปฐม"
