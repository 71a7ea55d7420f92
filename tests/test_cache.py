"""Never pay twice: the response cache and the engine's use of it, over real HTTP to the stand-in."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.core import engine
from desktop_app.core.cache import ResponseCache, cache_key
from desktop_app.core.engine import OcrJob
from desktop_app.core.errors import ApiError
from desktop_app.core.http import HttpClient
from desktop_app.core.providers.base import Credentials, HttpResponse
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
KEY = Credentials({"aigen_key": "test-key"})
CARD = SAMPLES / "thai_id_card.png"


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def job(standin: StandIn, path: Path = CARD, provider: str = "aigen-idcard-v3", **options) -> OcrJob:
    return OcrJob(paths=[path], provider_id=provider, endpoint=standin.endpoint(provider), options=options)


def values(document) -> list[tuple[str, str | None]]:
    return [(f.key, f.value) for _, f in document.all_fields()]


def test_a_hit_makes_no_http_request_and_says_so(standin, isolated_dirs):
    cache = ResponseCache()
    first = engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    assert len(standin.requests) == 1 and not first.ocr.from_cache and len(cache) == 1

    second = engine.run_ocr(job(standin), cache=cache)  # no credentials needed for a hit

    assert len(standin.requests) == 1  # nothing sent
    assert second.ocr.from_cache and second.ocr.response_text == first.ocr.response_text
    assert second.ocr.at == first.ocr.at  # when the API answered, not when it was reused
    assert values(second) == values(first) and second.pages[0].field("id_number").boxes
    root = isolated_dirs / ".local" / "share" / "desktop-app" / "responses"
    assert cache.root == root
    (entry,) = root.glob("??/*.json")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(root.stat().st_mode) == 0o700 and stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


def test_fresh_sends_again_and_refreshes_the_entry(standin):
    cache = ResponseCache()
    engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    again = engine.run_ocr(job(standin), credentials=KEY, cache=cache, fresh=True)
    assert len(standin.requests) == 2 and not again.ocr.from_cache
    assert engine.run_ocr(job(standin), cache=cache).ocr.at == again.ocr.at


@pytest.mark.parametrize("scenario", ["429", "503"])
def test_a_failed_fresh_call_keeps_the_answer_already_paid_for(standin, scenario):
    cache = ResponseCache()
    first = engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    standin.set_scenario(scenario)
    with pytest.raises(ApiError):
        engine.run_ocr(job(standin), credentials=KEY, cache=cache, fresh=True,
                       client=HttpClient(retries=0))
    standin.set_scenario(None)
    sent = len(standin.requests)
    replay = engine.run_ocr(job(standin), cache=cache)
    assert replay.ocr.from_cache and replay.ocr.at == first.ocr.at and len(standin.requests) == sent


def test_a_fresh_call_answered_200_with_an_error_code_keeps_the_paid_answer(standin):
    """Computer Vision Vietnam says "out of requests" as HTTP 200 with errorCode 4: that answer is
    stored the moment it arrives like any other, and must then give way to the earlier one."""
    cache = ResponseCache()
    provider = "cvvn-vehicle-registration"
    front = SAMPLES / "vn_registration_front.png"
    good = Credentials({"cvvn_key": "k", "cvvn_secret": "s"})
    first = engine.run_ocr(job(standin, front, provider), credentials=good, cache=cache)
    exhausted = Credentials({"cvvn_key": "exhausted", "cvvn_secret": "s"})
    with pytest.raises(ApiError) as caught:
        engine.run_ocr(job(standin, front, provider), credentials=exhausted, cache=cache, fresh=True)
    assert caught.value.code == "cvvn.4" and caught.value.http_status == 200
    sent = len(standin.requests)
    replay = engine.run_ocr(job(standin, front, provider), cache=cache)
    assert replay.ocr.from_cache and replay.ocr.at == first.ocr.at and len(standin.requests) == sent


def test_the_answer_is_on_disk_before_anything_else_happens(standin):
    cache = ResponseCache()
    seen: list[int] = []
    engine.run_ocr(job(standin), credentials=KEY, cache=cache, on_response=lambda r: seen.append(len(cache)))
    assert seen == [1]


def test_other_options_provider_or_page_are_misses(standin, tmp_path):
    cache = ResponseCache()
    engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    engine.run_ocr(job(standin, return_face="true"), credentials=KEY, cache=cache)
    copy = tmp_path / "copy.png"
    copy.write_bytes(CARD.read_bytes())  # same bytes elsewhere: the same answer
    assert engine.run_ocr(job(standin, copy), credentials=KEY, cache=cache).ocr.from_cache
    engine.run_ocr(job(standin), credentials=KEY, cache=cache, page=0)
    assert len(standin.requests) == 3 and len(cache) == 3


@pytest.mark.parametrize("scenario", ["429", "503", "500_40001"])
def test_errors_are_never_stored(standin, scenario):
    cache = ResponseCache()
    standin.set_scenario(scenario)
    for _ in range(2):
        with pytest.raises(ApiError), HttpClient(retries=0) as client:
            engine.run_ocr(job(standin), credentials=KEY, cache=cache, client=client)
    assert len(cache) == 0 and len(standin.requests) == 2


def test_an_answer_that_reads_as_an_error_is_dropped_again(standin):
    """CVVN says "out of requests" with HTTP 200: stored on arrival, removed when it parses as an error."""
    cache = ResponseCache()
    creds = Credentials({"cvvn_key": "exhausted", "cvvn_secret": "s"})
    path = SAMPLES / "vn_registration_front.png"
    with pytest.raises(ApiError) as info:
        engine.run_ocr(job(standin, path, "cvvn-vehicle-registration"), credentials=creds, cache=cache)
    assert info.value.code == "cvvn.4" and info.value.response_text
    assert len(cache) == 0


def test_a_partial_answer_is_stored(standin, tmp_path):
    cache = ResponseCache()
    standin.set_scenario("partial", page=2)
    first = engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    assert first.ocr.http_status == 206 and first.errors
    second = engine.run_ocr(job(standin), credentials=KEY, cache=cache)
    assert second.ocr.from_cache and second.ocr.http_status == 206 and len(standin.requests) == 1


def test_damaged_entries_are_misses(tmp_path):
    cache = ResponseCache(tmp_path / "c")
    key = "ab" * 32
    assert cache.put(key, HttpResponse(200, b'{"x": 1}', {"Content-Type": "application/json",
                                                         "Set-Cookie": "s=1", "X-Simulation": "y"}))
    hit = cache.get(key)
    assert hit.response.body == b'{"x": 1}' and hit.response.headers == {
        "content-type": "application/json", "x-simulation": "y"}
    cache.path(key).write_text("{not json")
    assert cache.get(key) is None
    assert not cache.put(key, HttpResponse(503, b"busy"))
    with pytest.raises(ValueError):
        cache.path("../../etc/passwd")


def test_the_key_ignores_credentials_in_the_endpoint(standin):
    from desktop_app.core.imageprep import prepare

    images = [prepare(CARD)]
    plain = cache_key("aigen-idcard-v3", "https://api.example/x", {}, images)
    assert cache_key("aigen-idcard-v3", "https://api.example/x?aigen_key=secret", {}, images) == plain
    assert cache_key("aigen-idcard-v3", "https://api.example/y", {}, images) != plain
    assert os.path.basename(ResponseCache().path(plain)) == plain + ".json"


def test_the_same_scan_twice_in_a_batch_is_paid_once(tmp_path):
    from desktop_app.core.batch import Batch

    copies = []
    for name in ("a.png", "b.png", "c.png", "d.png"):
        copies.append(tmp_path / name)
        copies[-1].write_bytes(CARD.read_bytes())
    with StandIn(delay=0.2) as standin:
        items = Batch([job(standin, path) for path in copies], concurrency=2, credentials=KEY,
                      cache=ResponseCache()).run()
        assert len(standin.requests) == 1
    assert sorted(item.document.ocr.from_cache for item in items) == [False, True, True, True]
