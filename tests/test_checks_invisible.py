"""Invisible and bidi control characters in a value (issue 10): what the clerk sees is what is
saved. They raise a check (the field needs attention), are removed in `normalized`, are shown as
marks, and are escaped on a terminal."""

from __future__ import annotations

import pytest

from desktop_app.core.attention import needs_attention
from desktop_app.core.checks import run_checks
from desktop_app.core.checks.invisible import (
    escape_controls,
    find_invisible,
    show_invisible,
    strip_invisible,
)
from desktop_app.core.model import Document, Field, Page, Source

RLO_NAME = "\u202eiahD tahcmoS"  # shows as "Somchat Dai"... reversed: what is saved is not what is seen
ZWSP_ID = "1101\u200b700123456"


def _document(doc_type: str, **values: str) -> Document:
    fields = [Field(key=k, label_th=k, label_en=k, ocr_value=v, value=v, confidence=0.99)
              for k, v in values.items()]
    return Document(doc_type=doc_type, sources=[Source(path="x.png", sha256="0" * 64, width=10, height=10,
                                                       page_count=1)],
                    provider_id="aigen-idcard-v3", endpoint="https://x", options={},
                    pages=[Page(index=0, width=10, height=10, fields=fields)])


@pytest.mark.parametrize("key,value", [("name_en", RLO_NAME), ("id_number", ZWSP_ID),
                                       ("title_name_surname_th", "นาย\u200dสมชาย")])
def test_a_value_with_invisible_characters_needs_attention(key, value):
    document = _document("thai_id_card", **{key: value})
    run_checks(document)
    field = document.pages[0].fields[0]
    assert "text.invisible" in {c.id for c in field.checks}
    assert needs_attention(field, 0.5)
    assert field.normalized is not None and not find_invisible(field.normalized)
    check = next(c for c in field.checks if c.id == "text.invisible")
    assert check.suggestion == strip_invisible(value)


def test_the_thai_id_is_checked_without_the_hidden_character():
    document = _document("thai_id_card", id_number=ZWSP_ID)
    run_checks(document)
    assert document.pages[0].fields[0].normalized == "1101700123456"


def test_a_clean_value_raises_nothing():
    document = _document("thai_id_card", name_en="Somchai Jaidee")
    run_checks(document)
    assert document.pages[0].fields[0].checks == []


def test_marks_and_terminal_escapes():
    assert show_invisible("Som\u202echai") == "Som⟦RLO⟧chai"
    assert show_invisible("1101\u200b7") == "1101⟦ZWSP⟧7"
    assert escape_controls("a\nok\x1b[2K\u202e") == "a\\nok\\x1b[2K\\u202e"
    assert escape_controls("สมชาย 1กข 1234") == "สมชาย 1กข 1234"
