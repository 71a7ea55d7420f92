"""core/review.py: one clerk action as a change set, applied and reverted with an append-only
history, the document status rule, and the clock of time spent reviewing."""

from __future__ import annotations

from desktop_app.core import review
from desktop_app.core.model import Check, Document, Field, FieldState, Page, ReviewStatus, Severity
from desktop_app.core.review import ActivityClock


def _doc() -> Document:
    fields = [
        Field("province", "จังหวัด", "Province", "กรงเทพมหานคร", "กรงเทพมหานคร", 0.62,
              checks=[Check("province.unknown", Severity.ERROR, "e", "e", "กรุงเทพมหานคร")]),
        Field("color", "สี", "Colour", "เกา", "เกา", 0.64),
        Field("brand_car", "ยี่ห้อ", "Make", "HONDA", "HONDA", 0.99),
        Field("horsepower", "แรงม้า", "Horsepower", None, None, None),
    ]
    return Document("vehicle_book", [], "demo", "", pages=[Page(0, 10, 10, fields)])


def _chain(history, kind):
    return [(h.action, h.old, h.new, h.note) for h in history if kind(h)]


def test_an_edit_applied_reverted_and_applied_again_keeps_an_append_only_history():
    doc = _doc()
    color = doc.pages[0].fields[1]
    changes = review.plan_edit(doc, (0, 1), "เทา")
    assert changes is not None and changes.status is not None  # the first change starts the review
    review.apply(doc, changes, "somchai", "t1")
    assert (color.value, color.state) == ("เทา", FieldState.CORRECTED)
    assert doc.review.status == ReviewStatus.IN_REVIEW
    review.revert(doc, changes, "somchai", "t2")
    assert (color.value, color.state) == ("เกา", FieldState.UNREVIEWED)
    assert doc.review.status == ReviewStatus.UNREVIEWED
    review.apply(doc, changes, "somsri", "t3", again=True)
    assert [(h.action, h.old, h.new, h.at, h.by, h.note) for h in color.history] == [
        ("edit", "เกา", "เทา", "t1", "somchai", None),
        ("undo", "เทา", "เกา", "t2", "somchai", "edit"),
        ("edit", "เกา", "เทา", "t3", "somsri", "redo"),
    ]
    assert [(h.action, h.old, h.new) for h in doc.review.history] == [
        ("status", "unreviewed", "in_review"), ("undo", "in_review", "unreviewed"),
        ("status", "unreviewed", "in_review")]
    # a chain: each entry's old is the previous entry's new
    values = [(h.old, h.new) for h in color.history]
    assert all(values[i][0] == values[i - 1][1] for i in range(1, len(values)))


def test_nothing_to_do_is_none():
    doc = _doc()
    assert review.plan_edit(doc, (0, 1), "เกา") is None  # same value
    assert review.plan_edit(doc, (0, 3), "") is None  # empty edit of a missing field
    assert review.plan_suggestion(doc, (0, 1)) is None  # no suggestion on this field
    doc.pages[0].fields[2].state = FieldState.CONFIRMED
    assert review.plan_confirm(doc, (0, 2)) is None
    assert review.plan_reject(doc, "   ", "x") is None  # a rejection needs a reason


def test_back_to_the_ocr_value_is_confirmed_not_corrected():
    doc = _doc()
    review.apply(doc, review.plan_edit(doc, (0, 1), "เทา"), "a", "t")
    changes = review.plan_edit(doc, (0, 1), "เกา")
    assert changes.fields[0].new_state == FieldState.CONFIRMED
    assert changes.status is None  # already in review


def test_accept_a_suggestion():
    doc = _doc()
    changes = review.plan_suggestion(doc, (0, 0))
    review.apply(doc, changes, "a", "t")
    province = doc.pages[0].fields[0]
    assert (province.value, province.state) == ("กรุงเทพมหานคร", FieldState.CORRECTED)
    assert [(h.action, h.old, h.new, h.note) for h in province.history] == [
        ("suggestion", "กรงเทพมหานคร", "กรุงเทพมหานคร", "province.unknown")]


def test_suggestion_prefers_errors_and_skips_one_equal_to_the_value():
    f = Field("k", "", "", "A", "A", 0.5, checks=[
        Check("w", Severity.WARNING, "", "", "B"), Check("e", Severity.ERROR, "", "", "C"),
        Check("same", Severity.ERROR, "", "", "A")])
    assert review.suggestion_of(f) == ("C", "e")
    f.checks = [Check("same", Severity.ERROR, "", "", "A")]
    assert review.suggestion_of(f) is None


def test_confirm_all_is_one_step_marked_as_such():
    doc = _doc()
    changes = review.plan_confirm_all(doc, [(0, 2), (0, 1)])
    assert len(changes.fields) == 2
    review.apply(doc, changes, "a", "t")
    assert [h.note for h in doc.pages[0].fields[2].history] == ["confirm-all"]
    review.revert(doc, changes, "a", "t")
    assert all(f.state == FieldState.UNREVIEWED for f in doc.pages[0].fields)
    assert review.plan_confirm_all(doc, []) is None


def test_signoff_accepts_the_untouched_and_marks_reviewed():
    doc = _doc()
    review.apply(doc, review.plan_edit(doc, (0, 1), "เทา"), "a", "t")
    untouched = [(0, i) for i, f in enumerate(doc.pages[0].fields) if f.state == FieldState.UNREVIEWED]
    changes = review.plan_signoff(doc, untouched, "somchai")
    review.apply(doc, changes, "somchai", "t2")
    fields = doc.pages[0].fields
    # nobody looked at them one by one: accepted by the sign-off, not individually confirmed
    assert [f.state for f in fields] == [FieldState.ACCEPTED, FieldState.CORRECTED, FieldState.ACCEPTED,
                                         FieldState.ACCEPTED]
    assert [(h.action, h.old, h.new) for h in fields[0].history] == [("signoff", "unreviewed", "accepted")]
    assert [h.action for h in fields[1].history] == ["edit"]  # a touched field is left as it is
    assert (doc.review.status, doc.review.reviewer) == (ReviewStatus.REVIEWED, "somchai")
    assert (doc.review.history[-1].action, doc.review.history[-1].new) == ("signoff", "reviewed")
    assert review.plan_signoff(doc, [], "somchai") is None  # already reviewed, nothing left
    review.revert(doc, changes, "somchai", "t3")
    assert doc.review.status == ReviewStatus.IN_REVIEW and doc.review.reviewer is None
    assert fields[0].state == FieldState.UNREVIEWED


def test_a_change_after_signoff_or_rejection_reopens_the_review():
    doc = _doc()
    review.apply(doc, review.plan_signoff(doc, [], "a"), "a", "t")
    assert doc.review.status == ReviewStatus.REVIEWED
    changes = review.plan_edit(doc, (0, 1), "เทา")
    assert (changes.status.old, changes.status.new) == (ReviewStatus.REVIEWED, ReviewStatus.IN_REVIEW)
    review.apply(doc, changes, "a", "t")
    reject = review.plan_reject(doc, " ภาพไม่ชัด ", "a")
    review.apply(doc, reject, "a", "t")
    assert doc.review.status == ReviewStatus.REJECTED
    assert doc.review.history[-1].note == "ภาพไม่ชัด"
    review.apply(doc, reject, "a", "t", again=True)
    assert doc.review.history[-1].note == "redo: ภาพไม่ชัด"  # the reason is kept on a redo


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_activity_clock_counts_active_gaps_only():
    now = FakeTime()
    clock = ActivityClock(idle_limit=120, now=now)
    assert clock.take() == 0.0  # nothing happened yet
    clock.activity()
    now.t += 30
    clock.activity()
    now.t += 100
    clock.activity()
    assert clock.take() == 130.0
    now.t += 600  # a coffee break: not counted
    clock.activity()
    now.t += 10
    assert clock.take() == 10.0  # counted up to now, and the clock keeps running
    now.t += 5
    clock.pause()  # the window lost focus
    now.t += 50
    clock.activity()  # back: the inactive time is not counted
    now.t += 20
    clock.activity()
    assert clock.take() == 25.0
    clock.reset()
    now.t += 20
    assert clock.take() == 0.0
