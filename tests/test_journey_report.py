"""A manager opens the report of the clerks' work: `desktop-app report ... --out report.html`."""

from __future__ import annotations

import re

from desktop_app import cli
from desktop_app.core.model import Document, Field, FieldState, Page, ReviewStatus, Source
from desktop_app.core.report import collect, render_html
from desktop_app.core.report.stats import MIN_SAMPLES
from desktop_app.standin.reviewed import write_reviewed_samples


def _document(readings: list[tuple[float | None, str]], *, provider: str = "aigen-idcard-v3",
              status: ReviewStatus = ReviewStatus.REVIEWED, seconds: float = 30.0,
              simulated: bool = False) -> Document:
    """An ID card whose fields are (confidence, "kept" | "corrected" | "missing")."""
    fields = []
    for n, (confidence, what) in enumerate(readings):
        ocr = None if what == "missing" else "อ่านได้"
        value = "แก้แล้ว" if what == "corrected" else ocr
        state = FieldState.CORRECTED if what == "corrected" else FieldState.CONFIRMED
        key = "id_number" if n == 0 else f"address_{n}"
        fields.append(Field(key, "", "", ocr, value, confidence, state=state))
    document = Document(doc_type="thai_id_card", provider_id=provider, endpoint="https://x.invalid",
                        sources=[Source("card.jpg", "c" * 64, 800, 600)], pages=[Page(0, 800, 600, fields)],
                        simulated=simulated)
    document.review.status = status
    document.review.seconds_spent = seconds
    return document


def test_outcomes_straight_through_and_review_time():
    documents = [
        _document([(0.99, "kept"), (0.95, "kept")], seconds=20),
        _document([(0.99, "kept"), (0.60, "corrected")], seconds=40),
        _document([(0.99, "kept"), (None, "missing")], seconds=90),
        _document([(0.99, "corrected")], status=ReviewStatus.IN_REVIEW),  # not signed off: not counted
    ]
    stats = collect(documents)
    assert (stats.documents, stats.signed_off) == (4, 3)
    (provider,) = stats.providers.values()
    assert (provider.counts.kept, provider.counts.corrected, provider.counts.missing) == (4, 1, 1)
    assert provider.straight_through == 2 and round(provider.straight_through_rate, 3) == 0.667
    assert provider.median_seconds == 40
    id_number = stats.fields[("aigen-idcard-v3", "thai_id_card", "id_number")]
    assert id_number.counts.kept == 3 and id_number.label_en == "ID number"


def test_calibration_says_what_a_threshold_would_have_let_through():
    readings = [(0.99, "kept")] * 15 + [(0.97, "corrected")] + [(0.80, "corrected")] * 4
    stats = collect([_document([r]) for r in readings])
    by_t = {t: (accepted, wrong) for t, accepted, wrong in stats.calibration()}
    accepted, wrong = by_t[0.90]  # 16 of 20 at or above 0.90, one of them corrected
    assert accepted == 16 / 20 and wrong == 1 / 16
    assert by_t[0.98] == (15 / 20, 0.0)
    field = stats.fields[("aigen-idcard-v3", "thai_id_card", "id_number")]
    assert len(field.readings) == MIN_SAMPLES
    assert field.suggested() == 0.98  # the lowest threshold with at most 1 % of the accepted wrong
    few = collect([_document([r]) for r in readings[:5]])
    assert few.fields[("aigen-idcard-v3", "thai_id_card", "id_number")].suggested() is None


def test_the_report_of_the_demo_samples_is_one_offline_file_marked_simulated(capsys, tmp_path):
    write_reviewed_samples(tmp_path / "reviews")
    out = tmp_path / "report.html"
    status = cli.main(["report", str(tmp_path / "reviews"), "--out", str(out)])
    _, err = capsys.readouterr()
    assert status == 0, err
    assert "Wrote the report of 5 documents" in err and "SIMULATED" in err
    page = out.read_text("utf-8")
    assert "SIMULATED: 5 of 5 documents" in page
    # self-contained: nothing fetched (the SVG namespace is a name, not a download)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", page)
    assert "url(http" not in page and "<link" not in page and "<script" not in page
    assert page.count("@font-face") == 2 and "data:font/ttf;base64," in page
    # Thai labels are text in the charts (the browser shapes them with the embedded font)
    svg_texts = re.findall(r"<text[^>]*>([^<]*)</text>", page)
    assert any("ทะเบียน" in text or "จังหวัด" in text for text in svg_texts), svg_texts[:20]
    assert "At threshold <b>0.90</b>" in page
    assert "demo · Thai ID card" in page


def test_no_signed_off_document_still_gives_a_readable_report():
    page = render_html(collect([_document([(0.9, "kept")], status=ReviewStatus.UNREVIEWED)]))
    assert "No signed-off document yet" in page and "<svg" not in page


def test_fields_nobody_looked_at_are_no_evidence_and_a_blind_sign_off_is_not_straight_through():
    from desktop_app.core.model import SignoffRecord

    looked = _document([(0.99, "kept"), (0.95, "kept")])
    blind = _document([(0.99, "kept"), (0.60, "kept")])
    for _, f in blind.all_fields():
        f.state = FieldState.ACCEPTED  # taken as they were by the sign-off, never looked at
    blind.review.signoff = SignoffRecord(errors=1, attention=1, accepted=2)
    stats = collect([looked, blind])
    (provider,) = stats.providers.values()
    assert provider.signed_off == 2 and provider.straight_through == 1  # the blind one left problems
    assert len(stats.readings) == 2  # only the fields a clerk confirmed say the OCR was right
