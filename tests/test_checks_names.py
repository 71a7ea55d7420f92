"""Title words against each other (Thai and English name fields, the passport's sex)."""

from __future__ import annotations

import pytest

from desktop_app.core.checks import check_field
from desktop_app.core.checks.names import english_title, thai_title


@pytest.mark.parametrize(("value", "title"), [
    ("นาย ตัวอย่าง บัตรประชาชน", "นาย"), ("นายสมมุติ ใจดีเสมอ", "นาย"), ("นาง เสลา สระตันติ์", "นาง"),
    ("นางสาว ทดลอง สาธิตงาม", "นางสาว"), ("น.ส. ทดลอง", "นางสาว"), ("ด.ช. ทดสอบ", "ด.ช."),
    ("เด็กหญิง ทดสอบ", "ด.ญ."), ("ด.ญ.ทดสอบ", "ด.ญ."), ("พ.ต.อ. ทดสอบ", None), ("บริษัท ทดสอบ จำกัด", None),
])
def test_thai_titles(value, title):
    assert thai_title(value) == title


@pytest.mark.parametrize(("value", "title"), [
    ("MR. TUAYANG", "Mr"), ("Miss Thodlong", "Miss"), ("MRS SOMSRI", "Mrs"), ("Ms. A", "Ms"),
    ("MASTER B", "Master"), ("MSTR. B", "Master"), ("TUAYANG", None), ("", None),
])
def test_english_titles(value, title):
    assert english_title(value) == title


CARD = {"title_th": "นาย", "title_name_surname_th": "นาย ตัวอย่าง บัตรประชาชน",
        "title_en": "MR.", "title_name_en": "MR. TUAYANG"}


def test_the_vendor_id_card_titles_agree():
    for key, value in CARD.items():
        assert check_field("thai_id_card", key, value, CARD).checks == [], key


@pytest.mark.parametrize(("thai", "english"), [
    ("นาย", "Miss"), ("นาง", "Miss"), ("นางสาว", "Mrs"), ("นางสาว", "Mr"), ("ด.ช.", "Miss"),
    ("ด.ญ.", "Master"),
])
def test_thai_and_english_titles_that_do_not_go_together(thai, english):
    context = {"title_name_surname_th": f"{thai} ทดลอง สาธิตงาม", "title_name_en": f"{english} Thodlong"}
    [check] = check_field("thai_id_card", "title_name_en", context["title_name_en"], context).checks
    assert check.id == "name.title_mismatch" and thai in check.message_en
    [check] = check_field("thai_id_card", "title_name_surname_th", context["title_name_surname_th"],
                          context).checks
    assert check.id == "name.title_mismatch" and english in check.message_en


@pytest.mark.parametrize(("thai", "english"), [
    ("นาย", "Mr"), ("นาง", "Mrs"), ("นาง", "Ms"), ("นางสาว", "Miss"), ("นางสาว", "Ms"), ("ด.ช.", "Master"),
    ("ด.ญ.", "Miss"),
])
def test_titles_that_go_together(thai, english):
    context = {"title_name_surname_th": f"{thai} ทดลอง", "title_name_en": f"{english} Thodlong"}
    assert check_field("thai_id_card", "title_name_en", context["title_name_en"], context).checks == []


def test_the_split_title_must_match_the_full_name():
    context = dict(CARD, title_th="นาง")
    [check] = check_field("thai_id_card", "title_th", "นาง", context).checks
    assert "นาย (title_name_surname_th)" in check.message_en


def test_a_passport_title_against_its_sex():
    context = {"title_name_surname_th": "นาย ตัวอย่าง ตัวอย่าง", "sex": "F"}
    ids = [c.id for c in check_field("passport", "title_name_surname_th", context["title_name_surname_th"],
                                     context).checks]
    assert ids == ["name.title_sex_mismatch"]
    context["sex"] = "M"
    assert check_field("passport", "title_name_surname_th", "นาย ตัวอย่าง ตัวอย่าง", context).checks == []


def test_no_title_no_check():
    context = {"title_name_en": "TUAYANG"}
    assert check_field("thai_id_card", "title_name_surname_th", "นาย ตัวอย่าง", context).checks == []
