"""The stand-in reads PDFs page by page, as AIGEN documents it: one `data` entry per page, `{}` and an
error naming each failed page, 206 when some failed."""

from __future__ import annotations

import base64

import pytest
import requests
from PIL import Image

from desktop_app.core import pdf
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
KEY = {"x-aigen-key": "test-key"}


def sample(name: str) -> Image.Image:
    with Image.open(SAMPLES / f"{name}.png") as image:
        return image.convert("RGB")


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def post(standin: StandIn, route: str, data: bytes) -> requests.Response:
    body = {"image": base64.b64encode(data).decode("ascii")}
    return requests.post(standin.endpoint(route), json=body, headers=KEY, timeout=30)


def test_v2_partial_pdf_names_the_failed_page(standin):
    book_then_passport = pdf.from_images([sample("vehicle_book"), sample("passport")])
    reply = post(standin, "aigen-vehicle-book-v2", book_then_passport)
    assert reply.status_code == 206
    body = reply.json()
    assert body["data"][1] == {} and body["data"][0]["registration_number_car"]["value"]
    assert [e["code"] for e in body["error"]] == ["internal_server_error", "partial_content"]
    assert body["error"][0]["message"] == "Page 2 : Internal Server Error"
    (record,) = standin.requests
    assert record.images == 2 and record.samples == ["vehicle_book"]


def test_every_page_failing_is_a_bad_request(standin):
    reply = post(standin, "aigen-idcard-v3", pdf.from_images([sample("passport"), sample("passport")]))
    assert reply.status_code == 400
    body = reply.json()
    assert body["data"] == [{}, {}]
    assert [e["message"] for e in body["error"]][:2] == [
        "Internal process error during extract image page: 1.",
        "Internal process error during extract image page: 2."]


def test_over_20_pages_and_damaged_pdfs_are_refused(standin):
    long = pdf.from_images([Image.new("L", (600, 800), 255)] * 21)
    assert post(standin, "aigen-idcard-v3", long).status_code == 400
    assert post(standin, "aigen-idcard-v3", b"%PDF-1.7 not really").status_code == 422


def test_v1_reads_the_first_page(standin):
    book_then_passport = pdf.from_images([sample("vehicle_book"), sample("passport")])
    reply = post(standin, "aigen-vehicle-book-v1", book_then_passport)
    assert reply.status_code == 200 and reply.json()["status"] == "1" and reply.json()["data"]


def test_fail_page_on_an_image_fails_its_only_page(standin):
    standin.set_scenario("fail_page", page=1)
    with open(SAMPLES / "thai_id_card.png", "rb") as handle:
        reply = post(standin, "aigen-idcard-v3", handle.read())
    assert reply.status_code == 400 and reply.json()["data"] == [{}]
    assert standin.requests[0].page == 1


def test_a_scenario_for_the_next_n_requests_only(standin):
    standin.set_scenario("503", times=2)
    with open(SAMPLES / "thai_id_card.png", "rb") as handle:
        data = handle.read()
    assert [post(standin, "aigen-idcard-v3", data).status_code for _ in range(3)] == [503, 503, 200]
    assert standin.scenario is None
