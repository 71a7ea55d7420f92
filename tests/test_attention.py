"""core/attention.py: thresholds (global and per field), what needs attention, keyboard order."""

from __future__ import annotations

from desktop_app.core.attention import (
    CHECK_ERROR,
    CHECK_WARNING,
    DEFAULT_FIELD_THRESHOLDS,
    LOW_CONFIDENCE,
    MISSING,
    NO_CONFIDENCE,
    REQUIRED_EMPTY,
    Attention,
    Thresholds,
    attention_reasons,
    first_needing,
    needs_attention,
    next_field,
    step,
    visit_order,
)
from desktop_app.core.model import Check, Document, Field, FieldState, Page, Severity


def field(key: str, value: str | None = "v", confidence: float | None = 0.99, **kw) -> Field:
    return Field(key, key, key, value if "ocr_value" not in kw else kw.pop("ocr_value"), value,
                 confidence, **kw)


def test_per_field_thresholds_override_the_global_one():
    t = Thresholds(0.9)
    assert t.for_key("vehicle_book", "car_number") == 0.97
    assert t.for_key("vehicle_book", "CAR_NUMBER") == 0.97  # keys are matched case-insensitively
    assert t.for_key("vehicle_book", "color") == 0.80
    assert t.for_key("vehicle_book", "brand_car") == 0.9
    assert t.for_key("thai_id_card", "id_number") == 0.97
    assert t.for_key("passport", "mrz_2") == 0.97
    assert t.for_key(None, "car_number") == 0.9  # no document type: only the global one
    assert t.for_key("unknown_type", "color") == 0.9
    t.global_threshold = 0.5
    assert t.for_key("vehicle_book", "brand_car") == 0.5 and t.for_key("vehicle_book", "color") == 0.8


def test_the_defaults_are_not_shared_between_instances():
    a, b = Thresholds(), Thresholds()
    a.per_field["vehicle_book"]["color"] = 0.1
    assert b.for_key("vehicle_book", "color") == DEFAULT_FIELD_THRESHOLDS["vehicle_book"]["color"] == 0.8


def test_reasons():
    assert attention_reasons(field("a", confidence=0.95), 0.9) == []
    assert attention_reasons(field("a", confidence=0.9), 0.9) == []  # at the threshold is enough
    assert attention_reasons(field("a", confidence=0.89), 0.9) == [LOW_CONFIDENCE]
    assert attention_reasons(field("a", confidence=-1.0), 0.0) == [LOW_CONFIDENCE]  # API validation failed
    assert attention_reasons(field("a", confidence=None), 0.9) == [NO_CONFIDENCE]
    assert attention_reasons(field("a", None, None), 0.9) == [MISSING]
    missing_filled = field("a", "173", None, ocr_value=None)
    assert attention_reasons(missing_filled, 0.9) == [NO_CONFIDENCE]  # found by the clerk, still unsure
    # a required field that is empty, even with a sure confidence
    empty = field("province", "", 0.99)
    assert attention_reasons(empty, 0.9, "vehicle_book") == [REQUIRED_EMPTY]
    assert attention_reasons(empty, 0.9, "thai_id_card") == []
    checked = field("a", checks=[Check("x", Severity.ERROR, "e", "e"),
                                 Check("y", Severity.WARNING, "w", "w")])
    assert attention_reasons(checked, 0.9) == [CHECK_ERROR, CHECK_WARNING]
    noted = field("a", checks=[Check("thai_id.kind", Severity.INFO, "i", "i")])
    assert attention_reasons(noted, 0.9) == []  # a note is not a problem


def test_a_reviewed_field_never_needs_attention():
    low = field("a", confidence=0.1, checks=[Check("x", Severity.ERROR, "e", "e")])
    assert needs_attention(low, 0.9)
    low.state = FieldState.CONFIRMED
    assert not needs_attention(low, 0.9)
    low.state = FieldState.CORRECTED
    assert not needs_attention(low, 0.9)


def _document() -> Document:
    page0 = Page(0, 100, 100, [field("registration_number_car", confidence=0.96),  # < 0.97: attention
                               field("color", confidence=0.85),  # >= 0.80: fine
                               field("brand_car", confidence=0.95),
                               field("horsepower", None, None)])  # missing
    page1 = Page(1, 100, 100, [field("model", confidence=0.5), field("type", confidence=0.99)])
    return Document("vehicle_book", [], "demo", "", pages=[page0, page1])


def test_attention_over_a_document():
    doc = _document()
    attention = Attention(doc, Thresholds(0.9))
    assert attention.pending() == [(0, 0), (0, 3), (1, 0)]
    assert attention.high_confidence() == [(0, 1), (0, 2), (1, 1)]
    assert attention.untouched() == attention.positions()
    doc.pages[0].fields[0].state = FieldState.CONFIRMED
    assert attention.pending() == [(0, 3), (1, 0)]
    assert (0, 0) not in attention.untouched() and (0, 0) not in attention.high_confidence()


def test_enter_goes_to_the_next_field_needing_attention_then_in_order():
    order = visit_order([[0, 1, 2, 3], [0, 1]])
    assert order == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1)]
    needing = {(0, 3), (1, 0)}
    assert next_field(order, (0, 0), needing.__contains__) == (0, 3)
    assert next_field(order, (0, 3), needing.__contains__) == (1, 0)  # across pages
    # wraps around: a field skipped earlier comes back
    assert next_field(order, (1, 1), needing.__contains__) == (0, 3)
    # the current field itself never counts, even if it still needs attention
    assert next_field(order, (0, 3), {(0, 3)}.__contains__) == (1, 0)
    # nothing left: simply the next field in order (wrapping at the end)
    assert next_field(order, (0, 1), lambda _pos: False) == (0, 2)
    assert next_field(order, (1, 1), lambda _pos: False) == (0, 0)
    assert next_field(order, None, needing.__contains__) == (0, 3)
    assert next_field([], None, needing.__contains__) is None


def test_visit_order_follows_the_rows_as_shown():
    order = visit_order([[3, 0, 2, 1]])  # the list sorted low-confidence first
    assert next_field(order, (0, 3), {(0, 1)}.__contains__) == (0, 1)
    assert step(order, (0, 3), +1) == (0, 0)
    assert first_needing(order, {(0, 2), (0, 1)}.__contains__) == (0, 2)


def test_tab_and_shift_tab_step_through_every_field_wrapping():
    order = visit_order([[0, 1], [0]])
    assert step(order, (0, 0), +1) == (0, 1)
    assert step(order, (0, 1), +1) == (1, 0)
    assert step(order, (1, 0), +1) == (0, 0)
    assert step(order, (0, 0), -1) == (1, 0)
    assert step(order, None, +1) == (0, 0)
    assert step(order, None, -1) == (1, 0)
    assert step([], None, +1) is None
