"""A Vietnamese registration, front + back, read together over real HTTP: the answer's order does not
decide the pages, each entry's `type` does."""

from __future__ import annotations

import json

import pytest

from desktop_app.core import engine
from desktop_app.core.batch import Batch, ItemState, jobs_for
from desktop_app.core.engine import OcrJob
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
FRONT, BACK = SAMPLES / "vn_registration_front.png", SAMPLES / "vn_registration_back.png"
PROVIDER = "cvvn-vehicle-registrations"
KEY = Credentials({"cvvn_key": "k", "cvvn_secret": "s"})


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def check_pages(document) -> None:
    front, back = document.pages
    assert (front.index, front.source, front.extras["side"]) == (0, 0, "front")
    assert (back.index, back.source, back.extras["side"]) == (1, 1, "back")
    assert front.field("id").value == "012345" and front.field("brand") is None
    assert back.field("brand").value == "HONDA" and back.field("id") is None
    assert [s.path for s in document.sources] == [str(FRONT), str(BACK)]
    assert document.errors == [] and all(p.error is None for p in document.pages)


@pytest.mark.parametrize("format_type", ["base64", "file"])
def test_back_listed_first_still_gives_the_front_as_page_1(standin, format_type):
    job = OcrJob(paths=[FRONT, BACK], provider_id=PROVIDER, endpoint=standin.endpoint(PROVIDER),
                 options={"format_type": format_type})
    document = engine.run_ocr(job, credentials=KEY)
    answer = json.loads(document.ocr.response_text)
    assert [entry["type"] for entry in answer["data"]] == ["vehicle_registration_back",
                                                          "vehicle_registration_front"]
    check_pages(document)


def test_front_listed_first_gives_the_same_pages(standin):
    standin.set_scenario("front_first")
    job = OcrJob(paths=[FRONT, BACK], provider_id=PROVIDER, endpoint=standin.endpoint(PROVIDER))
    document = engine.run_ocr(job, credentials=KEY)
    assert json.loads(document.ocr.response_text)["data"][0]["type"] == "vehicle_registration_front"
    check_pages(document)


def test_a_batch_takes_files_in_pairs_front_then_back(standin):
    jobs = jobs_for([FRONT, BACK, FRONT, BACK], PROVIDER, endpoint=standin.endpoint(PROVIDER))
    items = Batch(jobs, credentials=KEY).run()
    assert [item.state for item in items] == [ItemState.DONE, ItemState.DONE]
    for item in items:
        check_pages(item.document)
    assert [r.images for r in standin.requests] == [2, 2]
