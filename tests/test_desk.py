"""The core's document session (core/desk.py), without Qt: OCR results come back checked and are
never checked again, a page read again is merged once, one rule says when a file may be replaced,
and every change is told as a typed notice."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image

from desktop_app.core import desk, pdf, reviewfile
from desktop_app.core import review as changes_
from desktop_app.core.batch import Batch, ItemState
from desktop_app.core.desk_notes import DocumentOpened, FieldsTouched, PageReplaced
from desktop_app.core.engine import OcrJob
from desktop_app.core.errors import AppError
from desktop_app.core.model import FieldState
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

PROVIDER = "aigen-idcard-v3"
KEY = Credentials({"aigen_key": "test-key"})


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


@pytest.fixture
def card(tmp_path):
    target = tmp_path / "card.png"
    shutil.copyfile(samples_dir() / "thai_id_card.png", target)
    return target


@pytest.fixture
def check_runs(monkeypatch):
    """How many times the field checks ran over a whole document."""
    runs: list[int] = []
    original = desk.run_checks

    def counting(document):
        runs.append(id(document))
        return original(document)

    monkeypatch.setattr(desk, "run_checks", counting)
    return runs


def job(standin, *paths) -> OcrJob:
    return OcrJob(paths=list(paths), provider_id=PROVIDER, endpoint=standin.endpoint(PROVIDER))


def test_an_ocr_result_comes_back_checked_and_is_not_checked_again(standin, card, check_runs):
    document = desk.read_document(job(standin, card), credentials=KEY)
    assert document.checked and len(check_runs) == 1
    assert any(f.normalized is not None or f.checks for _, f in document.all_fields())
    notices = []
    session = desk.DocumentSession(tell=notices.append)
    session.open_images([card])
    session.set_result(document)
    assert len(check_runs) == 1  # the session took it as it came
    assert [type(n) for n in notices] == [DocumentOpened, DocumentOpened]
    assert session.unsaved_result and session.document is document


def test_batch_documents_are_checked_once(standin, card, tmp_path, check_runs):
    other = tmp_path / "other.png"
    shutil.copyfile(card, other)
    items = Batch([job(standin, card), job(standin, other)], credentials=KEY).run()
    assert [item.state for item in items] == [ItemState.DONE, ItemState.DONE]
    assert len(check_runs) == 2
    session = desk.DocumentSession()
    for item in items:
        session.restore(item.document, None)
    assert len(check_runs) == 2


def test_a_loaded_review_is_checked_when_opened(standin, card, check_runs, tmp_path):
    document = desk.read_document(job(standin, card), credentials=KEY)
    target = tmp_path / "card.png.review.json"
    reviewfile.save(document, target)
    session = desk.DocumentSession()
    session.open_review(target)
    assert session.document is not None and session.document.checked and len(check_runs) == 2


def test_a_page_read_again_is_merged_once_and_undone_by_putting_the_old_page_back(standin, tmp_path):
    with Image.open(samples_dir() / "thai_id_card.png") as picture:
        data = pdf.from_images([picture.convert("RGB"), picture.convert("RGB")])
    two = tmp_path / "two.pdf"
    two.write_bytes(data)
    standin.set_scenario("fail_page", page=2)
    document = desk.read_document(job(standin, two), credentials=KEY)
    standin.set_scenario(None)
    assert document.pages[1].error is not None
    notices = []
    session = desk.DocumentSession(tell=notices.append)
    session.restore(document, None)
    first_page = document.pages[0]

    read = desk.read_page(document, 1, credentials=KEY)
    assert (read.index, read.page.index, read.page.error) == (1, 1, None)
    assert document.pages[1].error is not None  # reading does not merge: the session does, once
    assert session.accepts(read)
    old_page, old_errors = session.swap_page(read.index, read.page, read.errors)
    assert document.pages[1] is read.page and document.pages[0] is first_page
    assert not [e for e in document.errors if e.page == 1] and notices[-1] == PageReplaced(1)
    session.swap_page(1, old_page, old_errors)  # what an undo does
    assert document.pages[1] is old_page and document.pages[1].error is not None


def test_every_change_is_told_with_the_fields_it_touched(standin, card):
    notices = []
    session = desk.DocumentSession(who=lambda: "Somsri", tell=notices.append)
    session.open_images([card])
    session.set_result(desk.read_document(job(standin, card), credentials=KEY))
    doc = session.document
    assert doc is not None
    planned = changes_.plan_edit(doc, (0, 0), "แก้แล้ว")
    touched = session.apply(planned, again=False)
    assert notices[-1] is touched and isinstance(touched, FieldsTouched)
    assert touched.edited == ((0, 0),) and (0, 0) in touched.positions
    assert doc.pages[0].fields[0].state == FieldState.CORRECTED
    assert doc.pages[0].fields[0].history[-1].by == "Somsri"
    session.revert(planned)
    assert doc.pages[0].fields[0].state == FieldState.UNREVIEWED


def test_one_rule_for_replacing_a_file(standin, card, tmp_path):
    document = desk.read_document(job(standin, card), credentials=KEY)
    target = tmp_path / "card.png.review.json"
    session = desk.DocumentSession(who=lambda: "Somsri")
    session.restore(document, target)
    session.apply(changes_.plan_edit(document, (0, 0), "แก้แล้ว"), again=False)
    pending = session.begin_save(target, reviewer="Somsri")
    session.write(pending)  # the clerk's own save
    assert session.end_save(pending, None) and session.review_path == target

    fresh = desk.read_document(job(standin, card), credentials=KEY)  # a result no clerk reviewed
    with pytest.raises(AppError):
        desk.check_replaceable(target, by_clerk=False)
    with pytest.raises(AppError):
        desk.save_result(fresh, target, by_clerk=False)
    assert reviewfile.load(target).review.reviewer == "Somsri"  # the clerk's work is still there
    desk.save_result(fresh, target, by_clerk=True)  # the clerk chose to replace it
    assert reviewfile.load(target).review.reviewer is None


def test_an_image_opens_with_the_review_beside_it_only_when_made_from_it(standin, card, tmp_path):
    assert desk.review_beside([str(card)]) is None
    document = desk.read_document(job(standin, card), credentials=KEY)
    target = reviewfile.review_path_for(card)
    reviewfile.save(document, target)
    assert desk.review_beside([str(card)]) == target
    loaded, problems = desk.load_review(target, card)
    assert problems == [] and loaded.sources[0].sha256 == document.sources[0].sha256
    card.write_bytes((samples_dir() / "passport.png").read_bytes())  # another scan, same name
    with pytest.raises(AppError) as caught:
        desk.load_review(target, card)
    assert caught.value.code == "review.other_image"
