"""AIGEN errors across the four providers: every documented code, string and number codes, the
most specific code winning over generic companions, undocumented answers, and a small fuzz."""

from __future__ import annotations

import copy
import json
import math
import random

import pytest
import vendor_docs as vd

from desktop_app.core.checks import run_checks
from desktop_app.core.errors import CATALOGUE, ApiError, AppError, ResponseError
from desktop_app.core.model import Document
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.aigen_errors import catalogue_code, page_from_message
from desktop_app.core.providers.base import ParseResult

IDS = ("aigen-vehicle-book-v1", "aigen-vehicle-book-v2", "aigen-idcard-v3", "aigen-passport-v2")
PAGED = IDS[1:]
GOOD_PAGE = {"owner": {"value": "นาย ทดสอบ", "confidence": 0.9,
                       "bboxes": [[[10, 10], [100, 10], [100, 40], [10, 40]]]}}


def parse(provider_id: str, body, status: int = 200, pages: int = 1) -> ParseResult:
    return get_provider(provider_id).parse(vd.response(body, status), [vd.prepared(1600, 1200, pages=pages)])


def failure(provider_id: str, body, status: int) -> AppError:
    with pytest.raises(AppError) as caught:
        parse(provider_id, body, status)
    return caught.value


def error_body(*codes, data=None) -> dict:
    return {"status": "error", "error": [{"object": "error", "code": c, "message": f"m{c}"} for c in codes],
            "data": [{}] if data is None else data}


@pytest.mark.parametrize(("raw", "code"), [
    ("1001", "aigen.1001"), (1001, "aigen.1001"), ("1002", "aigen.1002"), ("1003", "aigen.1003"),
    ("2001", "aigen.2001"), (20000, "aigen.20000"), ("20000", "aigen.20000"), (20001, "aigen.20001"),
    (20002, "aigen.20002"), (40000, "aigen.40000"), ("40001", "aigen.40001"), (40001.0, "aigen.40001"),
    ("can_not_find_vehicle_registration_on_image", "aigen.can_not_find_vehicle_registration_on_image"),
    ("CAN_NOT_FIND_VEHICLE_REGISTRATION_ON_IMAGE", "aigen.can_not_find_vehicle_registration_on_image"),
    ("internal_server_error", "aigen.internal_server_error"), ("partial_content", "aigen.partial_content"),
    ("206", "aigen.partial_content"), (206, "aigen.partial_content"), ("bad_request", "http.400"),
    ("400", "http.400"), (" 1001 ", "aigen.1001"), ("503", "http.5xx"), ("Weird Code!", "aigen.weird_code"),
    (None, None), ("", None), (True, None),
])
def test_catalogue_code(raw, code):
    assert catalogue_code(raw, "", "http.400") == code
    if code and code != "aigen.weird_code":
        assert code in CATALOGUE


def test_a_400_naming_a_page_is_a_page_failure():
    assert catalogue_code("400", "Internal process error during extract image page: 2.", "http.400") \
        == "aigen.page_failed"


@pytest.mark.parametrize(("message", "page"), [
    ("Page 2 : Internal Server Error", 1), ("Page 1 : Internal Server Error", 0),
    ("Internal process error during extract image page: 2.", 1), ("page 12: x", 11),
    ("Page <#no page> : Internal Server Error", None), ("Bad request", None), ("Page 0 : x", None),
])
def test_page_from_message(message, page):
    assert page_from_message(message) == page


@pytest.mark.parametrize("provider_id", IDS)
@pytest.mark.parametrize(("status", "code", "retry"), [
    (401, "http.401", False), (403, "http.403", False), (429, "http.429", False),
    (413, "http.413", False), (422, "http.422", False), (500, "http.5xx", True), (503, "http.5xx", True),
    (404, "http.404", False), (418, "http.other", True),
])
def test_http_status_without_a_body(provider_id, status, code, retry):
    for body in (b"", b"<html><h1>Error</h1></html>", {"message": "nope"}):
        error = failure(provider_id, body, status)
        assert isinstance(error, ApiError)
        assert (error.code, error.retry, error.http_status) == (code, retry, status)


@pytest.mark.parametrize("provider_id", IDS)
@pytest.mark.parametrize("status", [401, 403, 429])
def test_auth_and_credit_statuses_beat_any_body_code(provider_id, status):
    error = failure(provider_id, error_body("1001", "bad_request"), status)
    assert error.code == f"http.{status}" and error.retry is False


@pytest.mark.parametrize("provider_id", PAGED)
@pytest.mark.parametrize(("status", "codes", "expected", "retry"), [
    (400, ("1001", "bad_request"), "aigen.1001", False),
    (400, ("bad_request", "1001"), "aigen.1001", False),  # order does not matter
    (400, (1002, "400"), "aigen.1002", False),
    (400, ("1003",), "aigen.1003", False),
    (413, (20000,), "aigen.20000", False),
    (413, ("20000",), "aigen.20000", False),
    (422, (20001,), "aigen.20001", False),
    (422, ("20002",), "aigen.20002", False),
    (500, (40001,), "aigen.40001", True),
    (503, ("40000",), "aigen.40000", True),
    (500, ("2001",), "aigen.2001", True),
    (400, ("can_not_find_vehicle_registration_on_image", "bad_request"),
     "aigen.can_not_find_vehicle_registration_on_image", False),
    (400, ("internal_server_error", "internal_server_error"), "aigen.internal_server_error", True),
    (200, ("206", "1001"), "aigen.1001", False),
])
def test_documented_codes_when_no_page_has_a_field(provider_id, status, codes, expected, retry):
    error = failure(provider_id, error_body(*codes), status)
    assert isinstance(error, ApiError)
    assert (error.code, error.retry, error.http_status) == (expected, retry, status)
    assert error.response_text == vd.response(error_body(*codes), status).text


def test_generic_bad_request_alone():
    assert failure("aigen-vehicle-book-v2", error_body("bad_request"), 400).code == "http.400"
    assert failure("aigen-idcard-v3", error_body("400"), 400).code == "http.400"
    assert failure("aigen-passport-v2", error_body("bad_request"), 400).code == "aigen.not_a_document"
    partial = failure("aigen-vehicle-book-v2", error_body("partial_content"), 206)
    assert partial.code == "aigen.partial_content"


@pytest.mark.parametrize("provider_id", PAGED)
def test_206_keeps_the_good_page(provider_id):
    body = error_body("400", 206, data=[GOOD_PAGE, {}])
    body["error"][0]["message"] = "Internal process error during extract image page: 2."
    result = parse(provider_id, body, 206, pages=2)
    assert result.partial
    assert result.pages[0].field("owner").value == "นาย ทดสอบ"
    owner_box = ((10.0, 10.0), (100.0, 10.0), (100.0, 40.0), (10.0, 40.0))
    assert result.pages[0].field("owner").boxes == [owner_box]
    assert [(e.code, e.page, e.retryable) for e in result.errors] == [("aigen.page_failed", 1, True)]
    assert result.pages[1].fields == [] and result.pages[1].error == result.errors[0]


@pytest.mark.parametrize("provider_id", PAGED)
def test_numbered_and_string_codes_on_a_partial_answer(provider_id):
    for code in (20001, "20001"):
        result = parse(provider_id, error_body(code, data=[GOOD_PAGE, {}]), 206, pages=2)
        assert [(e.code, e.page) for e in result.errors] == [("aigen.20001", 1)]


@pytest.mark.parametrize("provider_id", IDS)
@pytest.mark.parametrize(("body", "code"), [
    ("<!DOCTYPE html><html><body>Gateway</body></html>", "resp.not_json"),
    ('{"status": "success", "data": [{"owner": {"val', "resp.truncated"),
    ("", "resp.truncated"),
    ("[]", "resp.shape"),
    ('"just a string"', "resp.shape"),
    ('{"status": "success", "data": "nope"}', "resp.shape"),
    ('{"status": "success"}', "resp.shape"),
])
def test_undocumented_answers_with_200(provider_id, body, code):
    error = failure(provider_id, body, 200)
    assert isinstance(error, ResponseError) and error.code == code and error.http_status == 200


@pytest.mark.parametrize("provider_id", PAGED)
def test_undocumented_values_are_dropped_not_fatal(provider_id):
    page = {"owner": {"value": 42, "confidence": "abc", "bboxes": "x"},
            "model": {"value": "A", "confidence": float("nan"),
                      "bboxes": [[[1, 1], [2, 1], [2, 2], [1, 2]], [[1, 1]], None, [[0, 0], [1, 1], [2, 2]]]},
            "color": {"value": "แดง", "confidence": 5000,
                      "bboxes": [[[float("inf"), 1], [2, 1], [2, 2], [1, 2]]]},
            "province": {"value": ["a", "b"], "confidence": True},
            "year_model": {"value": "2013", "confidence": 97},
            "type": {"confidence": 0.5}}
    body = json.dumps({"status": "success", "error": "oops", "data": [page, 7, None]})
    result = parse(provider_id, body, 200, pages=3)
    first = result.pages[0]
    owner, model, color = first.field("owner"), first.field("model"), first.field("color")
    assert (owner.value, owner.confidence, owner.boxes) == ("42", None, [])
    assert (model.confidence, len(model.boxes)) == (None, 1)
    assert (color.confidence, color.boxes) == (None, [])
    assert first.field("province").value == '["a", "b"]' and first.field("province").confidence is None
    # no guessing: 97 is not taken for 0.97; what was sent is kept and a check tells the clerk
    year = first.field("year_model")
    assert year.confidence is None and year.extra["ignored_confidence"] == "97"
    assert color.extra["ignored_confidence"] == "5000" and owner.extra["ignored_confidence"] == "abc"
    assert "ignored_confidence" not in first.field("type").extra
    document = Document(doc_type="vehicle_book", sources=[], provider_id=provider_id, endpoint="",
                        options={}, pages=result.pages)
    run_checks(document)
    assert [c.id for c in year.checks if c.id == "confidence.ignored"] == ["confidence.ignored"]
    assert "97" in year.checks[-1].message_en and year.checks[-1].severity == "warning"
    assert first.field("type").missing and first.field("type").confidence == 0.5
    # an undocumented error code is kept (under its own name) and blamed for the unreadable pages
    assert [(e.code, e.page) for e in result.errors] == [("aigen.oops", 1), ("aigen.oops", 2)]
    assert result.pages[1].fields == [] and result.pages[2].error.code == "aigen.oops"


@pytest.mark.parametrize("provider_id", PAGED)
def test_empty_success_pages(provider_id):
    empty_page = {"status": "success", "error": [], "data": [{}]}
    assert failure(provider_id, empty_page, 200).code == "aigen.page_failed"
    assert failure(provider_id, {"status": "success", "error": [], "data": []}, 200).code == "resp.shape"


# --- fuzz: random mutations of the vendor samples never escape as anything but AppError --------

_JUNK = [None, "abc", 5000, -1, -1.0, float("nan"), float("inf"), [], {}, [[1, 2]], {"value": 3}, True,
         "Page 2 : Internal Server Error", [[[1, 2], [3, 4], [5, 6], [7, "x"]]], 10 ** 30, "", [None]]


def _nodes(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _nodes(child, (*path, index))


def _mutate(sample, rng: random.Random):
    sample = copy.deepcopy(sample)
    for _ in range(rng.randint(1, 4)):
        paths = [p for p in _nodes(sample) if p]
        if not paths:
            break
        path = rng.choice(paths)
        parent = sample
        for step in path[:-1]:
            parent = parent[step]
        if rng.random() < 0.25 and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(_JUNK))
    return sample


def _check(result: ParseResult) -> None:
    for page in result.pages:
        for field in page.fields:
            assert field.confidence is None or field.confidence == -1.0 or 0.0 <= field.confidence <= 1.0
            for box in field.boxes:
                assert len(box) == 4
                for x, y in box:
                    assert math.isfinite(x) and math.isfinite(y)
                    assert 0.0 <= x <= page.width and 0.0 <= y <= page.height


@pytest.mark.parametrize(("provider_id", "prefix"), [
    ("aigen-vehicle-book-v1", vd.V1), ("aigen-vehicle-book-v2", vd.V2),
    ("aigen-idcard-v3", vd.IDCARD), ("aigen-passport-v2", vd.PASSPORT)])
def test_fuzzed_samples(provider_id, prefix):
    rng = random.Random(20240601)
    provider = get_provider(provider_id)
    samples = vd.samples(prefix)
    outcomes = {"parsed": 0, "error": 0}
    for round_ in range(300):
        body = json.dumps(_mutate(rng.choice(samples), rng), ensure_ascii=False).encode("utf-8")
        if round_ % 10 == 0:
            body = body[: rng.randint(0, len(body))]  # cut off
        status = rng.choice([200, 200, 206, 400, 413, 422, 500])
        try:
            result = provider.parse(vd.response(body, status), [vd.prepared(3000, 4000, pages=2)])
        except AppError as exc:
            assert exc.code and str(exc)
            outcomes["error"] += 1
        else:
            assert isinstance(result, ParseResult)
            _check(result)
            outcomes["parsed"] += 1
    assert outcomes["parsed"] > 20 and outcomes["error"] > 20  # both paths were exercised
