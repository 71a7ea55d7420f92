"""The core's words: every message, error sentence, field label and service name in English, Thai
and Vietnamese, with the same placeholders, real Thai script and real Vietnamese (docs/adr/0017)."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date

import pytest

from desktop_app.core import catalogue, words
from desktop_app.core.catalogue import DOC_TYPES
from desktop_app.core.checks import check_field
from desktop_app.core.checks.rules import DATES, KINDS
from desktop_app.core.errors import CATALOGUE as ERRORS
from desktop_app.core.errors import ApiError, AppError, describe
from desktop_app.core.model import Check, PageError
from desktop_app.core.provider_names import option_label, provider_title
from desktop_app.core.providers import all_providers

TODAY = date(2026, 12, 2)
THAI = re.compile("[\u0e01-\u0e5b]")
# Letters only Vietnamese writes among the Latin ones: đ, the hats and horns, and the five tones.
VIETNAMESE = set("đĐăĂâÂêÊôÔơƠưƯ") | {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Entries that are no sentence: the same in every language, or punctuation joining others.
NEUTRAL = {"kind.named"}


def has_vietnamese(text: str) -> bool:
    return any(ch in VIETNAMESE for ch in unicodedata.normalize("NFD", text)) or any(
        ch in VIETNAMESE for ch in text)


def has_words(text: str) -> bool:
    """Letters of a language left once the placeholders, codes and Thai examples are taken out."""
    bare = PLACEHOLDER.sub("", text)
    bare = THAI.sub("", bare)
    return len(re.findall(r"[^\W\d_]{3,}", bare)) >= 2


def _forms(template) -> list[str]:
    return list(template.values()) if isinstance(template, dict) else [template]


forms = _forms


def problems(entries: dict) -> list[str]:
    """What is wrong with catalogue entries (key -> {"en", "th", "vi"}): a missing or empty
    language, placeholders that differ between languages, a plural without "one"/"other"."""
    found = []
    for key, entry in entries.items():
        if set(entry) != set(words.LANGUAGES):
            found.append(f"{key}: languages {sorted(entry)}, not {list(words.LANGUAGES)}")
            continue
        for lang in words.LANGUAGES:
            template = entry[lang]
            forms = list(template.values()) if isinstance(template, dict) else [template]
            sentence = any(ch.isalpha() for f in _forms(entry["en"]) for ch in f)  # not a separator
            if not all(isinstance(f, str) and f and (f.strip() or not sentence) for f in forms):
                found.append(f"{key}: empty {lang}")
            if isinstance(template, dict) and ("other" not in template or
                                               (lang == "en" and "one" not in template)):
                found.append(f"{key}: {lang} plural forms {sorted(template)}")
        wanted = words.placeholders(entry["en"])
        for lang in ("th", "vi"):
            if words.placeholders(entry[lang]) != wanted:
                found.append(f"{key}: {lang} fills {sorted(words.placeholders(entry[lang]))}, "
                             f"English {sorted(wanted)}")
    return found




def error_entries() -> dict:
    return {code: {"en": e.en, "th": e.th, "vi": e.vi} for code, e in ERRORS.items()}


# --- the test of the tests: a bad entry is found ----------------------------------------------

def test_the_checker_finds_a_missing_language_and_a_mismatched_placeholder():
    bad = {"a": {"en": "Saved {out}", "th": "บันทึก {out}"},
           "b": {"en": "Saved {out}", "th": "บันทึก {path}", "vi": "Đã lưu {out}"},
           "c": {"en": {"other": "{count} pages"}, "th": "{count} หน้า", "vi": "{count} trang"},
           "d": {"en": "Saved", "th": "บันทึก", "vi": " "}}
    found = problems(bad)
    assert [f.split(":")[0] for f in found] == ["a", "b", "c", "d"]
    assert not has_vietnamese("Saved the file") and has_vietnamese("Đã lưu tệp") and has_vietnamese("Số máy")
    assert has_words("Saved the file") and not has_words("{kind} ({suffix})")


# --- every message, every language ------------------------------------------------------------

def test_every_core_message_has_three_languages_and_the_same_placeholders():
    assert problems(dict(words.CATALOGUE)) == []


def test_every_error_sentence_has_three_languages_and_the_same_placeholders():
    assert problems(error_entries()) == []


@pytest.mark.parametrize("table", ["messages", "errors"])
def test_thai_is_thai_and_vietnamese_is_vietnamese_not_english_copied(table):
    entries = dict(words.CATALOGUE) if table == "messages" else error_entries()
    for key, entry in entries.items():
        if key in NEUTRAL:
            continue
        for th, vi, en in zip(forms(entry["th"]), forms(entry["vi"]), forms(entry["en"]), strict=False):
            if has_words(en):
                assert THAI.search(th), (key, th)
                assert vi != en and has_vietnamese(vi), (key, vi)


def test_the_retry_sentences_and_an_unknown_code_speak_vietnamese():
    assert ApiError("http.429").message("vi").endswith("Gửi lại đúng yêu cầu này cũng sẽ không giúp được.")
    assert AppError("net.timeout").message("vi").endswith("Thử lại có thể sẽ thành công.")
    unknown = describe("aigen.77777")
    assert unknown.vi.endswith("(mã aigen.77777)") and unknown.th.endswith("(รหัส aigen.77777)")


def test_a_placeholder_value_is_said_in_each_language():
    exc = AppError("input.format", values={"what": words.text("kind.docx")})
    assert "một tài liệu Word" in exc.message("vi")
    assert "เอกสาร Word" in exc.message("th") and "a Word document" in exc.message("en")
    packed = AppError("input.format", values={"what": str(words.text("kind.docx"))})  # as a signal carries it
    assert packed.message("vi") == exc.message("vi") and packed.message("th") == exc.message("th")
    old_style = AppError("input.format", values={"what": "a PDF document|เอกสาร PDF"})
    assert "เอกสาร PDF" in old_style.message("th") and "a PDF document" in old_style.message("vi")


def test_counts_take_the_plural_form_of_each_language():
    assert words.text("count.pages", count=1).en == "1 page"
    assert words.text("count.pages", count=2).en == "2 pages"
    assert words.text("count.pages", count=0).en == "0 pages"
    assert words.text("count.pages", count=1).th == "1 หน้า"
    assert words.text("count.pages", count=5).vi == "5 trang"
    assert words.plural_category("vi", 1) == words.plural_category("th", 1) == "other"


# --- the checks, as they run ------------------------------------------------------------------

ODD = ["??", "1", "0", "31/02/2020", "2999", "x" * 30, "15 มี.ค. 62", "ABC<<DEF", "P<THA", "1234567890123",
       "IOQ45678901234567", "30A 12345", "กรงเทพมหานคร", "ตลอดชีพ", "1,5", "Q", "นาย", "Miss",
       "ก\u200bข", "น\u0e4d\u0e32", "14/02/1988", "14/02/2531", "1" * 13]


@pytest.mark.parametrize("doc_type", sorted(DOC_TYPES))
def test_every_check_says_it_in_vietnamese_too(doc_type):
    rng = random.Random(doc_type)
    keys = sorted({*KINDS.get(doc_type, {}), *DATES.get(doc_type, {}), *catalogue.fields(doc_type)})
    seen: set[str] = set()
    for key in keys:
        for value in ODD:
            context = {k: rng.choice(ODD) for k in keys}
            for check in check_field(doc_type, key, value, context, TODAY).checks:
                seen.add(check.id)
                assert check.message_en and THAI.search(check.message_th), check
                assert check.message_vi and has_vietnamese(check.message_vi), check
                assert check.message("vi") == check.message_vi and check.message("th") == check.message_th
    assert seen  # the values do reach the checks


def test_a_check_read_from_an_old_file_falls_back_to_english_and_a_page_error_to_its_code():
    old = Check("x", "error", "English", "ไทย")
    assert old.message("vi") == "English"
    error = PageError(code="http.429", message_en="credit", message_th="เครดิต")
    assert error.message("vi") == ERRORS["http.429"].vi
    assert PageError(code="nobody.knows", message_en="odd", message_th="แปลก").message("vi") == "odd"


# --- field labels, document types, services ----------------------------------------------------

@pytest.mark.parametrize("doc_type", sorted(DOC_TYPES))
def test_every_field_label_has_thai_english_and_vietnamese(doc_type):
    for key, (th, en, vi) in catalogue.fields(doc_type).items():
        assert THAI.search(th) and en.strip(), key
        assert vi.strip() and vi != en and has_vietnamese(vi), (key, vi)
        assert catalogue.label(doc_type, key, "vi") == vi and catalogue.label(doc_type, key, "th") == th
    th, en, vi = DOC_TYPES[doc_type]
    assert THAI.search(th) and has_vietnamese(vi) and catalogue.doc_type_name(doc_type, "vi") == vi


def test_the_cvvn_fields_carry_the_certificates_own_vietnamese_terms():
    for key, (_th, en, vi) in catalogue.fields("vn_vehicle_registration").items():
        term = re.search(r"\(([^)]*)\)$", en)
        if term and has_vietnamese(term[1]):  # "Owner name (Tên chủ xe)": the term printed on it
            assert term[1].casefold() in vi.casefold(), (key, vi)
    assert catalogue.label("vn_vehicle_registration", "name", "vi") == "Tên chủ xe"
    assert catalogue.label("vn_vehicle_registration", "chassis", "vi") == "Số khung"


def test_a_field_made_by_a_provider_and_one_read_back_have_their_vietnamese_label():
    from desktop_app.core import reviewfile
    from desktop_app.core.model import Document, Page, Source
    from desktop_app.core.providers.common import make_field

    made = make_field("vn_vehicle_registration", "sit", "5", 0.9)
    unknown = make_field("vn_vehicle_registration", "mystery", "x", 0.9)
    assert made.label("vi") == "Chỗ ngồi" and made.label("th") == made.label_th
    assert unknown.label("vi") == "mystery" and unknown.label_vi == ""
    doc = Document("vn_vehicle_registration", [Source("/x.png", "0" * 64, 10, 10)],
                   "cvvn-vehicle-registration", "https://example.invalid",
                   pages=[Page(0, 10, 10, fields=[made, unknown])])
    again = reviewfile.from_dict(reviewfile.to_dict(doc))
    assert [f.label("vi") for f in again.pages[0].fields] == ["Chỗ ngồi", "mystery"]
    assert "label_vi" not in reviewfile.to_dict(doc)["pages"][0]["fields"][0]  # the file format is unchanged


def test_every_service_and_option_has_a_vietnamese_name():
    for provider in all_providers():
        title = provider_title(provider, "vi")
        assert title != provider.title_en and has_vietnamese(title), provider.id
        assert provider_title(provider, "th") == provider.title_th
        for spec in getattr(provider, "options", ()):
            label = option_label(spec, "vi")
            assert label != spec.label_en and has_vietnamese(label), spec.name


# --- which language -----------------------------------------------------------------------------

@pytest.mark.parametrize(("explicit", "saved", "env", "wanted"), [
    ("vi", "th", {"LANG": "en_US.UTF-8"}, "vi"),
    (None, "th", {"LANG": "vi_VN.UTF-8"}, "th"),
    (None, None, {"LANG": "vi_VN.UTF-8"}, "vi"),
    (None, None, {"LANGUAGE": "fr:th", "LANG": "en_US.UTF-8"}, "th"),
    (None, None, {"LC_ALL": "C.UTF-8", "LANG": "th_TH.UTF-8"}, "en"),
    (None, None, {"LC_MESSAGES": "th_TH", "LANG": "en_GB"}, "th"),
    (None, "fr", {}, "en"),
    ("de", None, {"LANG": "th-TH"}, "th"),
])
def test_the_language_is_what_was_asked_then_saved_then_the_locale(explicit, saved, env, wanted):
    assert words.resolve(explicit, saved, env) == wanted


def test_a_file_kind_survives_the_image_loaders_string_signal():
    from desktop_app.core.file_kind import diagnose
    from desktop_app.gui.workers.imageload import failure_error, failure_key

    error = diagnose(b"PK\x03\x04", "form.docx", 10)
    again = failure_error(failure_key(error))
    assert [again.message(x) for x in words.LANGUAGES] == [error.message(x) for x in words.LANGUAGES]
    assert "một tài liệu Word (.docx)" in again.message("vi")


def test_every_key_the_code_names_is_in_the_catalogue():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "desktop_app"
    named = set()
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= {m for m in re.findall(r"""words\.text\(\s*["']([^"'{]+)["']\s*[,)]""", source)}
    assert len(named) > 60
    assert sorted(named - set(words.CATALOGUE)) == []


def test_an_entry_in_the_older_form_keeps_its_retry_and_lacks_only_vietnamese():
    from desktop_app.core.errors import _e

    old = _e("x.y", "Try again.", "ลองใหม่", True)
    assert old.retry is True and old.vi == "" and old.text("vi") == "Try again."
    assert problems({"x.y": {"en": old.en, "th": old.th, "vi": old.vi}}) == ["x.y: empty vi"]
