"""The JSON body a provider writes itself (`base64_json`, issue 12) is the one `requests` makes
of `json=`: the same bytes and the same headers reach the server."""

from __future__ import annotations

import base64
import json
import math

import pytest
import requests

from desktop_app.core.errors import NetworkError
from desktop_app.core.http import HttpClient
from desktop_app.core.providers.base import HttpRequest, base64_json
from tests.test_http import Server

IMAGE = bytes(range(256)) * 40 + b"\xff\xd8tail"

CASES = [
    ({"image": IMAGE}, {}),
    ({"image": IMAGE}, {"option": {"censor_field": ["id_number", "ชื่อ"], "return_face": True}}),
    ({"img1": b"front", "img2": b""}, {"n": [1, 2.5, -0.0, None, False, 10**30, (1, "x")]}),
    ({"im\"age\\": b"x"}, {"quote\"key\\": "line\nbreak \x00 \u2028 \ud800 ok", "é": {"a": []}}),
    ({}, {}),
    ({}, {"only": "rest"}),
    ({"image": b"replaced"}, {"image": "rest's own value wins"}),
]


@pytest.mark.parametrize("images, rest", CASES)
def test_the_body_is_what_json_dumps_makes(images, rest):
    value, body = base64_json(images, rest)
    expected = {name: base64.b64encode(data).decode("ascii") for name, data in images.items()} | rest
    assert value == expected and list(value) == list(expected)
    assert body == json.dumps(expected, allow_nan=False).encode("utf-8")


@pytest.mark.parametrize("rest", [{"x": math.nan}, {"x": [math.inf]}, {"x": object()}, {1: "int key"}])
def test_what_json_dumps_would_refuse_or_change_is_left_to_requests(rest):
    value, body = base64_json({"image": b"x"}, rest)
    assert body is None and value == {"image": "eA==", **rest}


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.mark.parametrize("headers", [{"x-aigen-key": "k-1"}, {"content-type": "application/x-custom"}])
def test_the_server_receives_what_requests_json_sends(server, headers):
    value, body = base64_json({"image": IMAGE}, {"option": {"censor_field": ["id_number"], "ชื่อ": "ไทย"}})
    client = HttpClient(timeout=10, retries=0)
    try:
        client.send(HttpRequest("POST", server.url("/echo"), headers=dict(headers), json=value, body=body))
    finally:
        client.close()
    with requests.Session() as session:
        session.post(server.url("/echo"), headers=dict(headers), json=value, timeout=10,
                     proxies={"http": None, "https": None, "all": None})
    (ours, theirs) = server.calls[-2:]
    assert ours[3] == theirs[3] == json.dumps(value).encode("utf-8")
    assert {k.lower(): v for k, v in ours[2].items()} == {k.lower(): v for k, v in theirs[2].items()}


def test_a_value_json_cannot_write_is_refused_as_before(server):
    value, body = base64_json({"image": b"x"}, {"x": math.nan})
    client = HttpClient(timeout=10, retries=0)
    try:
        with pytest.raises(NetworkError) as info:
            client.send(HttpRequest("POST", server.url("/echo"), json=value, body=body))
    finally:
        client.close()
    assert server.calls == []  # nothing was sent
    assert (info.value.code, info.value.detail) == ("net.unreachable", "POST 127.0.0.1: InvalidJSONError")
