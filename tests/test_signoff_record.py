"""core/signoff.py: what a sign-off leaves open is counted, recorded on the document (undone with
it, cleared when the review is reopened) and written to the review file, version 2."""

from __future__ import annotations

from desktop_app.core import review, reviewfile
from desktop_app.core.checks import run_checks
from desktop_app.core.model import (
    Check,
    Document,
    Field,
    FieldState,
    Page,
    ReviewStatus,
    Severity,
    SignoffRecord,
    Source,
)
from desktop_app.core.signoff import first_problem, open_problems


def _doc() -> Document:
    fields = [
        Field("brand_car", "ยี่ห้อ", "Make", "HONDA", "HONDA", 0.99),
        Field("province", "จังหวัด", "Province", "กรงเทพมหานคร", "กรงเทพมหานคร", 0.99,
              checks=[Check("province.unknown", Severity.ERROR, "e", "e", "กรุงเทพมหานคร")]),
        Field("color", "สี", "Colour", "เกา", "เกา", 0.40),
    ]
    return Document("vehicle_book", [Source("a.png", "0" * 64, 10, 10)], "demo", "",
                    pages=[Page(0, 10, 10, fields)])


def test_open_problems_counts_errors_attention_and_untouched():
    doc = _doc()
    record = open_problems(doc)
    assert (record.errors, record.warnings, record.attention, record.accepted) == (1, 0, 2, 3)
    assert record.open_problems
    order = [(0, 0), (0, 1), (0, 2)]
    assert first_problem(doc, order, lambda pos: pos == (0, 2)) == (0, 2)
    doc.pages[0].fields[1].state = FieldState.CONFIRMED  # confirmed as it is: its error is left
    assert first_problem(doc, order, lambda pos: False) == (0, 1)


def test_a_clean_document_has_no_open_problems():
    doc = _doc()
    doc.pages[0].fields = doc.pages[0].fields[:1]
    assert not open_problems(doc).open_problems


def test_signoff_records_what_was_left_and_undo_takes_it_back():
    doc = _doc()
    record = open_problems(doc)
    changes = review.plan_signoff(doc, [(0, 0), (0, 1), (0, 2)], "somchai", record)
    review.apply(doc, changes, "somchai", "t1")
    assert doc.review.signoff == record
    assert doc.review.history[-1].note == "signed off with 1 errors, 2 needing attention, 0 required empty"
    review.revert(doc, changes, "somchai", "t2")
    assert doc.review.signoff is None and doc.review.status == ReviewStatus.UNREVIEWED
    review.apply(doc, changes, "somchai", "t3", again=True)
    reopen = review.plan_edit(doc, (0, 2), "เทา")  # a change after the sign-off reopens it
    review.apply(doc, reopen, "somchai", "t4")
    assert doc.review.status == ReviewStatus.IN_REVIEW and doc.review.signoff is None
    review.revert(doc, reopen, "somchai", "t5")
    assert doc.review.signoff == record


def test_review_file_version_2_round_trips_the_signoff_and_accepted_state(tmp_path):
    doc = _doc()
    run_checks(doc)
    record = open_problems(doc)
    review.apply(doc, review.plan_signoff(doc, [(0, 0), (0, 1), (0, 2)], "somchai", record), "somchai", "t")
    path = tmp_path / "a.png.review.json"
    reviewfile.save(doc, path)
    data = reviewfile.to_dict(doc)
    assert data["version"] == 2
    assert data["review"]["signoff"] == {"errors": record.errors, "warnings": record.warnings,
                                         "attention": 2, "empty_required": 0, "accepted": 3}
    assert {f["state"] for f in data["pages"][0]["fields"]} == {"accepted"}
    again = reviewfile.load(path)
    assert again.review.signoff == record
    assert [f.state for _, f in again.all_fields()] == [FieldState.ACCEPTED] * 3


def test_a_version_1_file_still_opens(tmp_path):
    doc = _doc()
    data = reviewfile.to_dict(doc)
    data["version"] = 1
    del data["review"]["signoff"]  # version 1 had no such key
    data["pages"][0]["fields"][0]["state"] = "confirmed"
    again = reviewfile.from_dict(data)
    assert again.review.signoff is None
    assert again.pages[0].fields[0].state == FieldState.CONFIRMED


def test_a_damaged_signoff_is_refused():
    data = reviewfile.to_dict(_doc())
    data["review"]["signoff"] = {"errors": -1}
    import pytest

    from desktop_app.core.errors import FileFormatError
    with pytest.raises(FileFormatError):
        reviewfile.from_dict(data)
    assert SignoffRecord().open_problems is False
