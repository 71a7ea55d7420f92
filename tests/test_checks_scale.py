"""Checks that scale (issue 10): linear in the field count, and after an edit only the fields
the edit can change are checked again. Counted, not timed (scripts/measure_checks.py times them)."""

from __future__ import annotations

import sys

from desktop_app.core import checks
from desktop_app.core.checks import run_checks
from desktop_app.core.model import Document, Field, Page, Source


def _document(values: list[tuple[str, str]], doc_type: str = "thai_id_card") -> Document:
    fields = [Field(key=k, label_th=k, label_en=k, ocr_value=v, value=v, confidence=0.99) for k, v in values]
    return Document(doc_type=doc_type, sources=[Source(path="x.png", sha256="0" * 64, width=10, height=10,
                                                       page_count=1)],
                    provider_id="aigen-idcard-v3", endpoint="https://x", options={},
                    pages=[Page(index=0, width=10, height=10, fields=fields)])


def _work(count: int) -> int:
    """Lines the interpreter runs to check a page of `count` fields, each with its own key."""
    document = _document([(f"unknown_{i}", f"v{i}") for i in range(count)])
    events = 0

    def tracer(frame, event, arg):
        nonlocal events
        events += event == "line"
        return tracer

    sys.settrace(tracer)
    try:
        run_checks(document)
    finally:
        sys.settrace(None)
    return events


def test_checks_are_linear_in_the_field_count():
    small, large = _work(100), _work(400)
    assert large < 5 * small  # four times the fields, about four times the work (the square: 16)


def test_an_edit_rechecks_only_the_fields_it_can_change(monkeypatch):
    values = [("dob_th", "1 ม.ค. 2530"), ("dob_en", "1 Jan. 1987"), ("doi_th", "1 ม.ค. 2560"),
              ("doi_en", "1 Jan. 2017"), ("id_number", "1101700123456"), ("address_province", "ขอนแก่น")]
    values += [(f"unknown_{i}", f"v{i}") for i in range(200)]
    document = _document(values)
    run_checks(document)
    seen: list[str] = []
    original = checks._check

    def counting(doc_type, key, value, context, today):
        seen.append(key)
        return original(doc_type, key, value, context, today)

    monkeypatch.setattr(checks, "_check", counting)
    document.pages[0].fields[2].value = "1 ม.ค. 2520"  # doi_th: an issue date before the birth date
    count = checks.recheck(document, [(0, 2)])
    # doi_th itself, its twin doi_en, and the dates that compare with it (dob_th, dob_en)
    assert sorted(seen) == ["dob_en", "dob_th", "doi_en", "doi_th"]
    assert count == 4
    dob = document.pages[0].fields[0]
    assert "date.birth_after_issue" in {c.id for c in dob.checks}


def test_recheck_gives_what_a_full_run_gives():
    values = [("dob_th", "1 ม.ค. 2530"), ("dob_en", "1 Jan. 1987"), ("doi_th", "1 ม.ค. 2560"),
              ("doi_en", "2 Jan. 2017"), ("doe_th", "ตลอดชีพ"), ("doe_en", "1 Jan. 2030")]
    edited = _document(values)
    run_checks(edited)
    edited.pages[0].fields[3].value = "1 Jan. 2017"
    edited.pages[0].fields[5].value = "Lifelong"
    checks.recheck(edited, [(0, 3), (0, 5)])
    full = _document(values)
    full.pages[0].fields[3].value = "1 Jan. 2017"
    full.pages[0].fields[5].value = "Lifelong"
    run_checks(full)
    assert [(f.checks, f.normalized) for f in edited.pages[0].fields] == \
        [(f.checks, f.normalized) for f in full.pages[0].fields]
