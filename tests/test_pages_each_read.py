"""Every page the clerk gave is read or said to be unread: a PDF or multi-page TIFF sent to a
service that reads one image per request (AIGEN vehicle book v1, Computer Vision Vietnam, the
demo) is sent a page per request, counted before sending; a page that fails is kept with its error
(exit 1). Never exit 0 with pages unread. Every provider x PDF / multi-page TIFF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from desktop_app import cli
from desktop_app.core import pagewise, pdf
from desktop_app.core.errors import ApiError, Cancelled
from desktop_app.core.model import Document, Page, Source
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
# provider -> the sample its documents show
SAMPLE_OF = {
    "aigen-vehicle-book-v1": "vehicle_book",
    "aigen-vehicle-book-v2": "vehicle_book",
    "aigen-idcard-v3": "thai_id_card",
    "aigen-passport-v2": "passport",
    "cvvn-vehicle-registration": "vn_registration_front",
    "demo": "vehicle_book",
}


def sample(name: str) -> Image.Image:
    with Image.open(SAMPLES / f"{name}.png") as image:
        return image.convert("RGB")


def write(path: Path, images: list[Image.Image]) -> Path:
    if path.suffix == ".pdf":
        path.write_bytes(pdf.from_images(images))
    else:
        images[0].save(path, save_all=True, append_images=images[1:])
    return path


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


@pytest.fixture
def keys(monkeypatch):
    monkeypatch.setenv("AIGEN_API_KEY", "test-key")
    monkeypatch.setenv("CVVN_API_KEY", "test-key")
    monkeypatch.setenv("CVVN_API_SECRET", "test-secret")


def ocr(capsys, standin: StandIn, provider: str, path: Path, out: Path) -> tuple[int, str]:
    argv = ["ocr", str(path), "--provider", provider, "--out", str(out)]
    if provider != "demo":
        argv += ["--endpoint", standin.endpoint(provider)]
    status = cli.main(argv)
    return status, capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".pdf", ".tif"])
@pytest.mark.parametrize("provider", sorted(SAMPLE_OF))
def test_every_page_of_a_three_page_file_is_read(capsys, tmp_path, standin, keys, provider, suffix):
    path = write(tmp_path / f"scan{suffix}", [sample(SAMPLE_OF[provider])] * 3)
    out = tmp_path / "r.json"
    status, err = ocr(capsys, standin, provider, path, out)
    assert status == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["pages"]) == 3 and data["errors"] == []
    assert all(page["fields"] for page in data["pages"]), "a page came back empty"
    assert [page["source_page"] for page in data["pages"]] == [0, 1, 2]
    assert "3 pages" in err
    if provider == "demo":
        return
    routes = [r.route for r in standin.requests]
    if pagewise.reads_one_page(cli_provider(provider)):
        assert len(routes) == 3  # a request a page
        assert "3 requests" in err  # said before sending
    else:
        assert len(routes) == 1  # the service reads the PDF's pages itself


def cli_provider(provider_id: str):
    from desktop_app.core.providers import get_provider

    return get_provider(provider_id)


def test_a_page_that_fails_is_kept_with_its_error_and_exit_1(capsys, tmp_path, standin, keys):
    blank = Image.new("RGB", (1400, 1000), (250, 250, 250))  # no vehicle book on page 2
    path = write(tmp_path / "book.pdf", [sample("vehicle_book"), blank, sample("vehicle_book")])
    out = tmp_path / "r.json"
    status, err = ocr(capsys, standin, "aigen-vehicle-book-v1", path, out)
    assert status == 1, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["pages"]) == 3
    assert data["pages"][0]["fields"] and data["pages"][2]["fields"] and not data["pages"][1]["fields"]
    assert [e["page"] for e in data["errors"]] == [1]
    assert "page 2:" in err


def test_a_multipage_side_of_a_two_sided_document_is_refused_before_sending(capsys, tmp_path, standin,
                                                                             keys):
    front = write(tmp_path / "front.tif", [sample("vn_registration_front")] * 2)
    back = tmp_path / "back.png"
    sample("vn_registration_back").save(back)
    status = cli.main(["ocr", str(front), str(back), "--provider", "cvvn-vehicle-registrations",
                       "--endpoint", standin.endpoint("cvvn-vehicle-registrations"),
                       "--out", str(tmp_path / "r.json")])
    err = capsys.readouterr().err
    assert status == 2, err
    assert standin.requests == []
    assert "2-page TIFF" in err


# --- the joining itself, with a stand-in for run_ocr(page=...) ---------------------------------------

def _part(index: int, path: Path) -> Document:
    page = Page(index=index, width=800, height=600, source_page=index)
    return Document(doc_type="vehicle_book", sources=[Source(str(path), "x", 800, 600, 3)],
                    provider_id="p", endpoint="e", pages=[page])


def test_after_a_refused_key_no_further_page_is_sent(tmp_path):
    path = write(tmp_path / "three.pdf", [Image.new("L", (800, 600), 255)] * 3)
    asked: list[int] = []

    def run_page(index: int) -> Document:
        asked.append(index)
        if index == 1:
            raise ApiError("http.429")
        return _part(index, path)

    document = pagewise.run_each_page(run_page, path, 3)
    assert asked == [0, 1]
    assert [p.error.code if p.error else None for p in document.pages] == [None, "http.429", "http.429"]
    assert "not sent" in document.pages[2].error.detail
    assert [(p.width, p.height) for p in document.pages] == [(800, 600)] * 3


def test_every_page_failing_raises_and_a_cancel_stops(tmp_path):
    path = write(tmp_path / "two.pdf", [Image.new("L", (800, 600), 255)] * 2)

    def failing(index: int) -> Document:
        raise ApiError("aigen.not_a_document")

    with pytest.raises(ApiError):
        pagewise.run_each_page(failing, path, 2)

    def cancelled(index: int) -> Document:
        if index:
            raise Cancelled()
        return _part(index, path)

    with pytest.raises(Cancelled):
        pagewise.run_each_page(cancelled, path, 2)


def test_the_demo_reads_the_bundled_multipage_sample(capsys, tmp_path):
    sample_pdf = SAMPLES / "vehicle_book_pages.pdf"
    out = tmp_path / "r.json"
    status = cli.main(["ocr", str(sample_pdf), "--provider", "demo", "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["simulated"] is True and len(data["pages"]) == 2 and data["errors"] == []
    assert all(page["fields"] for page in data["pages"])
    assert "2 requests" in err


def test_a_file_of_more_than_20_pages_is_refused_before_sending(capsys, tmp_path, standin, keys):
    path = write(tmp_path / "long.pdf", [Image.new("L", (800, 600), 255)] * 21)
    status, err = ocr(capsys, standin, "cvvn-vehicle-registration", path, tmp_path / "r.json")
    assert status == 2, err
    assert standin.requests == [] and "21 pages" in err
