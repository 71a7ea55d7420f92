"""`decode_json` reads an answer into values that round-trip; an answer that can hold no lone
surrogate is only checked for depth, not copied (issue 12): the values and the refusals are
those of the full walk."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import ResponseError
from desktop_app.core.providers.base import HttpResponse
from desktop_app.core.providers.common import MAX_DEPTH, decode_json, valid_values

BODIES = [
    '{"a": [1, 2.5, {"b": "text"}], "c": null}',
    '{"name": "\\u0e2a\\u0e21\\u0e0a\\u0e32\\u0e22", "raw": "สมชาย"}',
    '{"lone": "Som\\ud800chai", "\\udfffkey": ["\\uDBFF"]}',
    '{"pair": "\\ud83d\\ude00", "x": 1}',
    '{"backslash": "\\\\ud800 is text, not an escape"}',
    '["' + "\\u00e9" * 3 + '", "é"]',
    "[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH,
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
    '{"deep": ' + "{\"k\": " * (MAX_DEPTH - 1) + "{}" + "}" * (MAX_DEPTH - 1) + "}",
    '"just text"',
    "42",
]
TOO_DEEP = [
    "[" * (MAX_DEPTH + 1) + "1" + "]" * (MAX_DEPTH + 1),
    "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2),
    '{"deep": ' + "{\"k\": " * MAX_DEPTH + "1" + "}" * MAX_DEPTH + "}",
    '{"a": ' + "[" * 500 + '"Som\\ud800chai"' + "]" * 500 + "}",
]


def _response(text: str) -> HttpResponse:
    return HttpResponse(status=200, body=text.encode("utf-8"))


@pytest.mark.parametrize("text", BODIES)
def test_the_values_are_those_of_the_full_walk(text):
    response = _response(text)
    data = json.loads(text)
    full = valid_values(json.loads(text), response)  # no text: every value walked and rebuilt
    assert valid_values(data, response, text) == full
    assert decode_json(response) == full
    assert json.dumps(full, ensure_ascii=False).encode("utf-8")  # round-trips: no lone surrogate left


@pytest.mark.parametrize("text", TOO_DEEP)
def test_too_deep_is_refused_on_either_way(text):
    response = _response(text)
    for attempt in (lambda: valid_values(json.loads(text), response),
                    lambda: valid_values(json.loads(text), response, text), lambda: decode_json(response)):
        with pytest.raises(ResponseError) as info:
            attempt()
        assert info.value.code == "resp.not_json" and "nested too deeply" in info.value.detail


def test_a_lone_surrogate_is_replaced():
    assert decode_json(_response('{"v": "Som\\ud800chai"}')) == {"v": "Som\ufffdchai"}


@pytest.mark.parametrize("text", BODIES[:2])
def test_an_answer_with_no_surrogate_is_not_copied(text):
    data = json.loads(text)
    assert valid_values(data, _response(text), text) is data
