"""Multi-page documents: PDF and multi-page TIFF pages, their upload, the stand-in's page-by-page
answer (206 when a page fails), and re-running one page alone."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from desktop_app.core import engine, imageprep, pages, pdf
from desktop_app.core.engine import OcrJob
from desktop_app.core.errors import InputError
from desktop_app.core.model import FieldState
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
KEY = Credentials({"aigen_key": "test-key"})


def sample(name: str) -> Image.Image:
    with Image.open(SAMPLES / f"{name}.png") as image:
        return image.convert("RGB")


def write_pdf(path: Path, *names: str) -> Path:
    path.write_bytes(pdf.from_images([sample(n) for n in names]))
    return path


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def job(standin: StandIn, path: Path, provider: str = "aigen-idcard-v3") -> OcrJob:
    return OcrJob(paths=[path], provider_id=provider, endpoint=standin.endpoint(provider))


# --- pages: counts, sizes, rendering ---------------------------------------------------------------

def test_pdf_pages_sizes_match_their_renderings(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", "thai_id_card", "passport")
    sizes = pages.page_sizes(path)
    assert pages.page_count(path) == 2 and len(sizes) == 2
    for index, size in enumerate(sizes):
        assert pages.render_page(path, index).size == size
    # 200 dpi: a page made from a 1600 px wide image at 200 dpi renders 1600 px wide again
    assert abs(sizes[0][0] - 1600) <= 1 and abs(sizes[0][1] - 1010) <= 1
    thumb = pages.render_page(path, 1, max_side=160)
    assert max(thumb.size) == 160 and thumb.mode == "RGB"
    with pytest.raises(InputError) as info:
        pages.render_page(path, 2)
    assert info.value.code == "input.no_such_page"


def test_a_rotated_pdf_page_is_displayed_upright(tmp_path):
    document = pdfium.PdfDocument(pdf.from_images([Image.new("RGB", (1000, 600), "red")]))
    document[0].set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "turned.pdf"
    path.write_bytes(buffer.getvalue())
    assert pages.page_sizes(path) == [(600, 1000)]
    assert pages.render_page(path, 0).size == (600, 1000)


def test_multipage_tiff_pages_are_frames_upright(tmp_path):
    path = tmp_path / "scan.tif"
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90° clockwise
    sample("thai_id_card").save(path, save_all=True, append_images=[sample("passport")], exif=exif)
    assert pages.page_sizes(path) == [(1010, 1600), (1270, 1800)]
    assert pages.render_page(path, 1).size == (1270, 1800)
    assert pages.render_page(path, 0, max_side=100).size == (63, 100)


def test_folder_files_are_supported_files_sorted(tmp_path):
    for name in ("b.PNG", "a.pdf", "c.txt", ".hidden.jpg", "d.tiff"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.jpg").mkdir()
    assert [p.name for p in pages.folder_files(tmp_path)] == ["a.pdf", "b.PNG", "d.tiff"]


# --- preparing the upload --------------------------------------------------------------------------

def test_pdf_to_a_service_that_takes_pdf_is_sent_as_it_is(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", "thai_id_card", "passport")
    prepared = imageprep.prepare(path, accepts_pdf=True)
    assert prepared.mime == "application/pdf" and prepared.data == path.read_bytes()
    assert [(g.display_width, g.display_height) for g in prepared.pages] == pages.page_sizes(path)
    assert all((g.scale_x, g.scale_y) == (1.0, 1.0) for g in prepared.pages)


def test_one_pdf_page_alone(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", "thai_id_card", "passport")
    prepared = imageprep.prepare(path, accepts_pdf=True, page=1)
    assert prepared.mime == "application/pdf" and pdf.page_count(prepared.data) == 1
    assert [(g.display_width, g.display_height) for g in prepared.pages] == [pages.page_sizes(path)[1]]
    as_image = imageprep.prepare(path, accepts_pdf=False, page=1)
    assert as_image.mime == "image/jpeg"
    assert (as_image.pages[0].display_width, as_image.pages[0].display_height) == pages.page_sizes(path)[1]
    with pytest.raises(InputError) as info:
        imageprep.prepare(path, accepts_pdf=True, page=2)
    assert info.value.code == "input.no_such_page"


def test_pdf_to_an_image_only_service(tmp_path):
    one = write_pdf(tmp_path / "one.pdf", "thai_id_card")
    prepared = imageprep.prepare(one, accepts_pdf=False)
    assert prepared.mime == "image/jpeg" and len(prepared.pages) == 1
    two = write_pdf(tmp_path / "two.pdf", "thai_id_card", "passport")
    with pytest.raises(InputError) as info:
        imageprep.prepare(two, accepts_pdf=False)
    assert info.value.code == "input.unsupported" and "2-page PDF" in info.value.detail


def test_over_20_pages_is_refused_before_sending(tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf.from_images([Image.new("L", (600, 800), 255)] * 21))
    with pytest.raises(InputError) as info:
        imageprep.prepare(path, accepts_pdf=True)
    assert info.value.code == "input.too_many_pages" and "21 pages" in info.value.detail
    assert imageprep.prepare(path, accepts_pdf=True, page=20).pages  # one page alone is fine


def test_a_pdf_over_the_size_limit_is_rerendered_smaller(tmp_path, monkeypatch):
    path = write_pdf(tmp_path / "two.pdf", "thai_id_card", "passport")
    monkeypatch.setattr(imageprep, "MAX_BASE64_BYTES", 400_000)
    prepared = imageprep.prepare(path, accepts_pdf=True)
    assert prepared.mime == "application/pdf" and pdf.page_count(prepared.data) == 2
    assert imageprep.base64_size(len(prepared.data)) <= 400_000
    for geometry, (width, height) in zip(prepared.pages, pages.page_sizes(path), strict=True):
        assert (geometry.display_width, geometry.display_height) == (width, height)
        assert geometry.sent_width < width and abs(geometry.scale_x - geometry.scale_y) < 0.01
    assert any("re-rendered" in note for note in prepared.notes)


def test_multipage_tiff_to_a_pdf_service_becomes_one_pdf(tmp_path):
    path = tmp_path / "scan.tif"
    sample("thai_id_card").save(path, save_all=True, append_images=[sample("passport")])
    prepared = imageprep.prepare(path, accepts_pdf=True)
    assert prepared.mime == "application/pdf" and pdf.page_count(prepared.data) == 2
    assert [(g.display_width, g.display_height) for g in prepared.pages] == [(1600, 1010), (1800, 1270)]
    for geometry in prepared.pages:  # the PDF page renders to the frame's size, to a pixel
        assert abs(geometry.sent_width - geometry.display_width) <= 1
        assert abs(geometry.sent_height - geometry.display_height) <= 1
    alone = imageprep.prepare(path, accepts_pdf=True, page=1)
    assert alone.mime == "image/jpeg" and (alone.pages[0].display_width, alone.pages[0].display_height) == (
        1800, 1270)


# --- over HTTP: page-by-page answers, 206, re-running one page --------------------------------------

def test_two_page_pdf_with_page_2_failing_keeps_page_1(tmp_path, standin):
    path = write_pdf(tmp_path / "cards.pdf", "thai_id_card", "thai_id_card")
    standin.set_scenario("fail_page", page=2)
    document = engine.run_ocr(job(standin, path), credentials=KEY)

    assert document.ocr.http_status == 206
    (request,) = standin.requests
    assert request.images == 2 and request.page == 2
    assert document.sources[0].page_count == 2 and len(document.pages) == 2
    first, second = document.pages
    assert first.error is None and first.field("id_number").value == "3700500098768"
    # boxes map to the page as displayed (the sample's truth box, at 200 dpi)
    (box,) = first.field("id_number").boxes
    assert box[0] == pytest.approx((418, 180), abs=2) and box[2] == pytest.approx((897, 230), abs=2)
    assert second.fields == [] and second.error is not None
    assert second.error.code == "aigen.page_failed" and second.error.page == 1
    assert "page: 2" in second.error.detail
    assert (second.width, second.height) == pages.page_sizes(path)[1]
    assert [e.page for e in document.errors] == [1]


def test_a_page_that_is_no_document_fails_alone(tmp_path, standin):
    path = write_pdf(tmp_path / "mixed.pdf", "passport", "thai_id_card")
    document = engine.run_ocr(job(standin, path), credentials=KEY)
    assert document.ocr.http_status == 206
    assert document.pages[0].error is not None and document.pages[0].fields == []
    assert document.pages[1].error is None and document.pages[1].field("id_number") is not None


def test_rerun_one_page_merges_it_and_keeps_the_other_pages_work(tmp_path, standin):
    path = write_pdf(tmp_path / "cards.pdf", "thai_id_card", "thai_id_card")
    standin.set_scenario("fail_page", page=2)
    document = engine.run_ocr(job(standin, path), credentials=KEY)
    kept = document.pages[0]
    kept.field("id_number").state = FieldState.CONFIRMED
    standin.set_scenario(None)

    same = engine.rerun_page(document, 1, credentials=KEY)

    assert same is document and document.pages[0] is kept
    assert kept.field("id_number").state == FieldState.CONFIRMED
    page = document.pages[1]
    assert (page.index, page.source, page.source_page) == (1, 0, 1)
    assert page.error is None and page.field("id_number").value == "3700500098768"
    assert document.errors == []
    assert page.ocr is not None and page.ocr.http_status == 200
    assert document.ocr.http_status == 206  # the first answer is kept as it was
    rerun = standin.requests[-1]
    assert rerun.images == 1 and rerun.content_type.startswith("application/json")
    assert not page.has_review_work() and kept.has_review_work()


def test_rerun_refuses_a_changed_file(tmp_path, standin):
    path = write_pdf(tmp_path / "cards.pdf", "thai_id_card", "thai_id_card")
    document = engine.run_ocr(job(standin, path), credentials=KEY)
    write_pdf(path, "thai_id_card")
    with pytest.raises(InputError) as info:
        engine.rerun_page(document, 1, credentials=KEY)
    assert info.value.code == "input.changed"
    assert len(standin.requests) == 1


def test_multipage_tiff_through_the_stand_in(tmp_path, standin):
    path = tmp_path / "scan.tif"
    sample("thai_id_card").save(path, save_all=True, append_images=[sample("thai_id_card")])
    document = engine.run_ocr(job(standin, path), credentials=KEY)
    assert document.ocr.http_status == 200 and len(document.pages) == 2
    assert all(p.field("id_number").value == "3700500098768" for p in document.pages)
    assert [(p.width, p.height) for p in document.pages] == [(1600, 1010), (1600, 1010)]


def test_demo_reads_one_page_of_a_pdf(tmp_path):
    path = write_pdf(tmp_path / "cards.pdf", "passport", "thai_id_card")
    document = engine.run_ocr(OcrJob(paths=[path], provider_id="demo"), page=1)
    assert document.simulated and document.doc_type == "thai_id_card"
    (page,) = document.pages
    assert (page.index, page.source_page) == (1, 1)
    assert document.sources[0].page_count == 2


def test_a_page_read_alone_stands_alone_numbered_by_position(tmp_path):
    """One page of a longer PDF, read on its own (an image-only service): page 0 of its document,
    showing page 2 of the file, its error found at position 0 too."""
    from desktop_app.core import engine
    from desktop_app.core.model import Document, Page, PageError

    failed = PageError(page=1, code="cvvn.1", message_en="x", message_th="x")
    page = Page(index=1, width=100, height=100, source_page=1, error=failed)
    document = Document(doc_type="vn_vehicle_registration", sources=[], provider_id="demo", endpoint="",
                        pages=[page], errors=[failed])
    engine.standing_alone(document)
    assert (page.index, page.source_page, failed.page) == (0, 1, 0)
