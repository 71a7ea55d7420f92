"""After any edit, checking again only what the edit reaches (the edited fields and the
cross-field rules that read them, `checks.recheck`) leaves every field exactly as a full re-check
would: many random edits on documents of every type, on one and on two pages. Seeded, so a
failure is the same on every run; counted and compared, never timed."""

from __future__ import annotations

import copy
import json
import random
from datetime import date

import pytest

from desktop_app.core import checks
from desktop_app.core.checks import rules, run_checks
from desktop_app.core.model import Document, Field, Page, Source
from desktop_app.resources import samples_dir

TODAY = date(2026, 12, 2)
SAMPLES = {"vehicle_book": "vehicle_book", "thai_id_card": "thai_id_card", "passport": "passport",
           "vn_vehicle_registration": "vn_registration_front"}
JUNK = ["", "   ", None, "ตลอดชีพ", "Lifelong", "1 ม.ค. 2520", "31 Dec. 2035", "1101700123456", "THA", "USA",
        "ขอนแก่น", "กรุงเทพ", "12/05/2567", "O0O0", "P<THA", "\u200bซ่อน", "abc"]


def _values(doc_type: str) -> tuple[list[str], list[str | None]]:
    truth = json.loads((samples_dir() / f"{SAMPLES[doc_type]}.truth.json").read_text(encoding="utf-8"))
    keys = [f["key"] for f in truth["fields"]]
    keys += [k for k in (*rules.DATES.get(doc_type, {}), *rules.KINDS.get(doc_type, {}),
                         *rules.REQUIRED.get(doc_type, ()), "country_code") if k not in keys]
    return keys, [f["value"] for f in truth["fields"]] + JUNK


def _document(doc_type: str, keys: list[str], pool: list[str | None], pages: int,
              rng: random.Random) -> Document:
    def page(index: int) -> Page:
        chosen = keys if index == 0 else rng.sample(keys, k=len(keys) // 2)
        fields = [Field(key=k, label_th=k, label_en=k, ocr_value=v, value=v, confidence=0.9)
                  for k in chosen for v in [rng.choice(pool)]]
        return Page(index=index, width=10, height=10, fields=fields)

    return Document(doc_type=doc_type, sources=[Source(path="x.png", sha256="0" * 64, width=10, height=10,
                                                       page_count=pages)],
                    provider_id="demo", endpoint="https://x", options={},
                    pages=[page(i) for i in range(pages)])


def _shown(document: Document) -> list:
    return [[(f.checks, f.normalized) for f in page.fields] for page in document.pages]


@pytest.mark.parametrize("pages", [1, 2])
@pytest.mark.parametrize("doc_type", sorted(SAMPLES))
def test_rechecking_what_an_edit_reaches_equals_a_full_check(doc_type, pages):
    rng = random.Random(f"{doc_type}-{pages}")
    keys, pool = _values(doc_type)
    document = _document(doc_type, keys, pool, pages, rng)
    run_checks(document, TODAY)
    rechecked = 0
    for _ in range(150):
        positions = {(p, rng.randrange(len(document.pages[p].fields)))
                     for p in (rng.randrange(pages) for _ in range(rng.choice((1, 1, 2))))}
        for p, i in positions:
            document.pages[p].fields[i].value = rng.choice(pool)
        rechecked += checks.recheck(document, positions, TODAY)
        full = copy.deepcopy(document)
        run_checks(full, TODAY)
        assert _shown(document) == _shown(full), (doc_type, sorted(positions))
    total = sum(len(page.fields) for page in document.pages)
    assert rechecked < 150 * total  # and it checked again less than everything each time


# An edit of one field that changes another field's language check (title words against each
# other and the sex; a Thai or Vietnamese address's parts against each other): chosen values, so
# the cross-field finding is sure to appear, unlike in the random edits above.
LANGUAGE_EDITS = [
    ("thai_id_card", {"title_th": "นาย", "title_en": "Mr", "sex": "M"}, "sex", "F", "title_th"),
    ("thai_id_card", {"title_th": "นาย", "title_en": "Mr"}, "title_en", "Miss", "title_th"),
    ("thai_id_card", {"title_name_surname_th": "นาย สมมุติ ทดสอบ", "title_name_en": "Mr Sommut"},
     "title_name_en", "Miss Sommut", "title_name_surname_th"),
    ("passport", {"title_name_surname_th": "นาย สมมุติ ทดสอบ", "sex": "M"}, "sex", "F",
     "title_name_surname_th"),
    ("thai_id_card", {"address_sub_district": "ในเมือง", "address_district": "เมืองขอนแก่น",
                      "address_province": "เชียงใหม่", "address_postcode": "40000"},
     "address_district", "เมืองเชียงใหม่", "address_province"),  # the province's mismatch goes
    ("vn_vehicle_registration", {"address_town": "Hà Nội", "address_district": "Ba Đình",
                                 "address_ward": "Phúc Xá"}, "address_town", "Đà Nẵng", "address_district"),
    ("vn_vehicle_registration", {"address": "Phúc Xá, Ba Đình, Hà Nội", "address_district": "Ba Đình"},
     "address", "Phúc Xá, Ba Đình, Đà Nẵng", "address_district"),
]


@pytest.mark.parametrize(("doc_type", "values", "edited", "new", "reader"), LANGUAGE_EDITS)
def test_an_edit_rechecks_the_language_checks_that_read_it(doc_type, values, edited, new, reader):
    fields = [Field(key=k, label_th=k, label_en=k, ocr_value=v, value=v, confidence=0.9)
              for k, v in values.items()]
    document = Document(doc_type=doc_type, sources=[Source(path="x.png", sha256="0" * 64, width=10,
                                                           height=10, page_count=1)],
                        provider_id="demo", endpoint="https://x", options={},
                        pages=[Page(index=0, width=10, height=10, fields=fields)])
    run_checks(document, TODAY)
    by_key = {f.key: (i, f) for i, f in enumerate(fields)}
    before = [c.id for c in by_key[reader][1].checks]
    by_key[edited][1].value = new
    checks.recheck(document, [(0, by_key[edited][0])], TODAY)
    full = copy.deepcopy(document)
    run_checks(full, TODAY)
    after_full = [c.id for c in full.pages[0].fields[by_key[reader][0]].checks]
    assert after_full != before, "the chosen edit must change the reader's checks"
    assert _shown(document) == _shown(full)
