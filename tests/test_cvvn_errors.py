"""Computer Vision Vietnam errors: `errorCode` on HTTP 200 and on non-2xx, bare HTTP errors,
HTML and truncated bodies, malformed answers, and a fixed-seed fuzz of both parsers."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from desktop_app.core.errors import ApiError, AppError, ResponseError
from desktop_app.core.prepared import PageGeometry, PreparedImage
from desktop_app.core.providers.base import Credentials, HttpResponse, ParseResult
from desktop_app.core.providers.cvvn_vehicle_registration import PROVIDER as ONE
from desktop_app.core.providers.cvvn_vehicle_registrations import PROVIDER as TWO

PROVIDERS = [pytest.param(ONE, id="one-side"), pytest.param(TWO, id="two-sided")]


def image() -> PreparedImage:
    return PreparedImage(path=Path("/tmp/x.jpg"), sha256="c" * 64, data=b"\xff\xd8", mime="image/jpeg",
                         pages=[PageGeometry(1000, 700, 500, 350)], original_width=1000,
                         original_height=700)


def images_for(provider) -> list[PreparedImage]:
    return [image() for _ in range(provider.image_count)]


def response(status: int, body: object) -> HttpResponse:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    return HttpResponse(status=status, body=raw)


def parse_error(provider, resp: HttpResponse) -> AppError:
    with pytest.raises(AppError) as caught:
        provider.parse(resp, images_for(provider))
    error = caught.value
    assert error.http_status == resp.status  # always recorded
    assert error.response_text == resp.text
    return error


MESSAGES = {1: "The photo does not contain content", 2: "Url is unavailable",
            3: "Incorrect image format", 4: "Out of requests", 5: "Incorrect api_key or api_secret",
            6: "Incorrect format type"}


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("number", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("as_string", [True, False], ids=["str", "int"])
def test_error_codes_on_http_200(provider, number, as_string):
    code = str(number) if as_string else number
    error = parse_error(provider, response(200, {"data": [], "errorCode": code,
                                                 "errorMessage": MESSAGES[number]}))
    assert type(error) is ApiError
    assert error.code == f"cvvn.{number}"
    assert MESSAGES[number] in error.detail


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("number,status", [(1, 400), (2, 400), (3, 415), (4, 429), (5, 401), (6, 400),
                                           (5, 403), (1, 500)])
def test_error_codes_on_non_2xx(provider, number, status):
    error = parse_error(provider, response(status, {"errorCode": str(number),
                                                    "errorMessage": MESSAGES[number]}))
    assert type(error) is ApiError
    assert error.code == f"cvvn.{number}"  # the body's code is more precise than the status


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("raw", ["99", -1, "abc", True, [1]])
def test_undocumented_error_code(provider, raw):
    error = parse_error(provider, response(200, {"data": [], "errorCode": raw, "errorMessage": "?"}))
    assert error.code == "cvvn.unknown"
    assert error.retry is True


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("status,code", [(401, "http.401"), (403, "http.403"), (429, "http.429"),
                                         (500, "http.5xx"), (503, "http.5xx"), (418, "http.other")])
@pytest.mark.parametrize("body", [b"", b"  \n", {"message": "nope"}, {"errorCode": "0", "data": []}],
                         ids=["empty", "blank", "json-without-code", "json-code-0"])
def test_bare_http_errors(provider, status, code, body):
    error = parse_error(provider, response(status, body))
    assert type(error) is ApiError
    assert error.code == code


@pytest.mark.parametrize("provider", PROVIDERS)
def test_html_502_page(provider):
    html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    error = parse_error(provider, response(502, html))
    assert type(error) is ResponseError and error.code == "resp.not_json"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_truncated_json(provider):
    cut = b'{"data": [{"type": "vehicle_registration_front", "info": {"na'
    error = parse_error(provider, response(200, cut))
    assert type(error) is ResponseError and error.code == "resp.truncated"


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("body", [
    [1, 2], "text", {"errorCode": "0"}, {"data": "oops", "errorCode": "0"},
    {"data": [{"type": "vehicle_registration_front", "info": "name=A"}], "errorCode": "0"},
    {"data": [None, 3, {"type": "vehicle_registration_back"}], "errorCode": "0"},
], ids=["list", "string", "no-data", "data-string", "info-string", "no-info"])
def test_unusable_answers_are_shape_errors(provider, body):
    error = parse_error(provider, response(200, body))
    assert type(error) is ResponseError and error.code == "resp.shape"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_malformed_entries_are_dropped_and_the_rest_kept(provider):
    body = {"errorCode": "0", "data": [
        "junk", {"type": "vehicle_registration_front", "info": "bad"},
        {"type": "vehicle_registration_front", "info": {"id": "1234", "id_confidence": "x",
                                                        "name": "A", "name_confidence": 7e9,
                                                        "image": 42}}]}
    result = provider.parse(response(200, body), images_for(provider))
    front = result.pages[0]
    assert [(f.key, f.ocr_value, f.confidence) for f in front.fields] == [("id", "1234", None),
                                                                          ("name", "A", None)]
    assert front.images == {}  # a non-string image is dropped


def test_data_as_a_single_object_is_accepted():
    body = {"errorCode": "0", "data": {"type": "vehicle_registration_front", "info": {"id": "7"}}}
    result = ONE.parse(response(200, body), [image()])
    assert result.pages[0].field("id").ocr_value == "7"


def test_secret_echoed_in_error_message_is_masked():
    secret = "echoed-secret-31415"
    ONE.build_request([image()], {}, Credentials({"cvvn_key": "key-27182", "cvvn_secret": secret}),
                      ONE.default_endpoint)  # loading credentials registers them for masking
    error = parse_error(ONE, response(200, {"errorCode": "5", "errorMessage": f"bad secret {secret}"}))
    assert error.code == "cvvn.5"
    assert secret not in error.detail and "bad secret" in error.detail
    assert secret not in str(error) and secret not in error.message("th")


# --- fuzz -----------------------------------------------------------------------------------------

GOOD = {"errorCode": "0", "errorMessage": "", "data": [
    {"type": "vehicle_registration_back",
     "info": {"engine": "E1", "engine_confidence": 0.9, "Address_Ward": "P1", "sit": 5, "image": "QQ=="}},
    {"type": "vehicle_registration_front",
     "info": [{"id": "1", "id_confidence": 0.5}, {"name": "N", "plate": None}]}]}
JUNK = [None, True, 0, -1, 1.5, 1e308, "", "x", "0", "5", [], {}, [None], {"a": None}, [[1, 2]],
        {"type": 3, "info": []}, "vehicle_registration_front"]


def _mutate(node: object, rng: random.Random) -> object:
    """Replace, drop or add one thing somewhere in `node`."""
    if isinstance(node, dict) and node and rng.random() < 0.7:
        key = rng.choice(list(node))
        roll = rng.random()
        if roll < 0.4:
            node[key] = _mutate(node[key], rng)
        elif roll < 0.6:
            del node[key]
        elif roll < 0.8:
            node[key] = copy.deepcopy(rng.choice(JUNK))
        else:
            node[rng.choice(["image", "X_confidence", "NAME", "type", "errorCode"])] = rng.choice(JUNK)
        return node
    if isinstance(node, list) and node and rng.random() < 0.7:
        index = rng.randrange(len(node))
        roll = rng.random()
        if roll < 0.5:
            node[index] = _mutate(node[index], rng)
        elif roll < 0.7:
            del node[index]
        else:
            node.append(copy.deepcopy(rng.choice(JUNK)))
        return node
    return copy.deepcopy(rng.choice(JUNK))


def test_fuzzed_answers_give_a_result_or_an_app_error():
    rng = random.Random(20261122)
    outcomes = {"result": 0, "error": 0}
    for _ in range(1500):
        body = copy.deepcopy(GOOD)
        for _ in range(rng.randint(1, 4)):
            body = _mutate(body, rng)
        raw = json.dumps(body).encode("utf-8")
        if rng.random() < 0.1:
            raw = raw[: rng.randrange(len(raw) + 1)]
        status = rng.choice([200, 200, 200, 206, 400, 401, 429, 500, 502])
        resp = HttpResponse(status=status, body=raw)
        for provider in (ONE, TWO):
            try:
                result = provider.parse(resp, images_for(provider))
            except AppError as exc:
                assert exc.http_status == status and exc.response_text == resp.text
                outcomes["error"] += 1
                continue
            assert isinstance(result, ParseResult)
            assert len(result.pages) == provider.image_count
            for page in result.pages:
                assert (page.width, page.height) == (1000, 700)
                for f in page.fields:
                    assert isinstance(f.key, str) and f.key == f.key.lower()
                    assert f.ocr_value is None or isinstance(f.ocr_value, str)
                    assert f.confidence is None or 0.0 <= f.confidence <= 1.0 or f.confidence == -1.0
                    assert f.boxes == []
                assert all(isinstance(v, str) for v in page.images.values())
            outcomes["result"] += 1
    # the fuzz really exercises both paths
    assert outcomes["result"] > 100 and outcomes["error"] > 100


@pytest.mark.parametrize("provider", PROVIDERS)
def test_an_undocumented_error_code_on_a_server_error_is_server_trouble(provider):
    body = {"errorCode": "500", "errorMessage": "Internal Server Error", "data": []}
    error = parse_error(provider, response(500, body))
    assert error.code == "http.5xx" and error.retry
    assert parse_error(provider, response(200, {**body, "errorCode": "77"})).code == "cvvn.unknown"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_nested_beyond_the_limit_is_not_json(provider):
    error = parse_error(provider, response(200, b"[" * 200_000))
    assert isinstance(error, ResponseError) and error.code == "resp.not_json"
