"""The JSON body the client writes itself (`json_body`, issue 12) is the one `requests` makes of
`json=`: the same bytes and the same headers reach the server."""

from __future__ import annotations

import base64
import json
import math

import pytest
import requests

from desktop_app.core.errors import NetworkError
from desktop_app.core.http import HttpClient, json_body
from desktop_app.core.providers.base import Base64Text, HttpRequest
from tests.test_http import Server

IMAGE = bytes(range(256)) * 40 + b"\xff\xd8tail"

VALUES = [
    {"image": Base64Text.of(IMAGE)},
    {"image": Base64Text.of(IMAGE), "option": {"censor_field": ["id_number", "ชื่อ"], "return_face": True}},
    {"img1": Base64Text.of(b"front"), "img2": Base64Text.of(b""), "n": [1, 2.5, -0.0, None, False, 10**30]},
    {"quote\"key\\": "line\nbreak \x00 \u2028 \ud800 ok", "tuple": (1, Base64Text.of(b"x"), {"a": []})},
    {1: "int key", None: "none key", "s": Base64Text.of(b"y")},
    {"nested": [[{"deep": Base64Text.of(b"z" * 999)}], {}], "empty": ""},
    [Base64Text.of(b"a"), "b", {"c": Base64Text.of(b"c")}],
    {},
    "plain",
    Base64Text.of(b"alone"),
]


@pytest.mark.parametrize("value", VALUES)
def test_json_body_is_what_json_dumps_makes(value):
    assert json_body(value) == json.dumps(value, allow_nan=False).encode("utf-8")


def test_base64_text_is_the_base64_of_its_bytes():
    text = Base64Text.of(IMAGE)
    assert text == base64.b64encode(IMAGE).decode("ascii") and isinstance(text, str)
    assert base64.b64decode(text) == IMAGE


@pytest.mark.parametrize("value", [{"x": math.nan}, {"x": [math.inf]}, {"x": object()}])
def test_json_body_refuses_what_json_dumps_refuses(value):
    with pytest.raises((ValueError, TypeError)):
        json.dumps(value, allow_nan=False)
    with pytest.raises((ValueError, TypeError)):
        json_body(value)


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.mark.parametrize("headers", [{"x-aigen-key": "k-1"}, {"content-type": "application/x-custom"}])
def test_the_server_receives_what_requests_json_sends(server, headers):
    body = {"image": Base64Text.of(IMAGE), "option": {"censor_field": ["id_number"], "ชื่อ": "ไทย"}}
    client = HttpClient(timeout=10, retries=0)
    try:
        client.send(HttpRequest("POST", server.url("/echo"), headers=dict(headers), json=body))
    finally:
        client.close()
    with requests.Session() as session:
        session.post(server.url("/echo"), headers=dict(headers), json=body, timeout=10,
                     proxies={"http": None, "https": None, "all": None})
    (ours, theirs) = server.calls[-2:]
    assert ours[3] == theirs[3] == json.dumps(body).encode("utf-8")
    assert {k.lower(): v for k, v in ours[2].items()} == {k.lower(): v for k, v in theirs[2].items()}


def test_a_value_json_cannot_write_is_refused_as_before(server):
    client = HttpClient(timeout=10, retries=0)
    try:
        with pytest.raises(NetworkError) as info:
            client.send(HttpRequest("POST", server.url("/echo"), json={"x": math.nan}))
    finally:
        client.close()
    assert server.calls == []  # nothing was sent
    assert (info.value.code, info.value.detail) == ("net.unreachable", "POST 127.0.0.1: InvalidJSONError")
