"""The HTTP client against a real loopback server: statuses, retries, failures, cancel, TLS."""

from __future__ import annotations

import inspect
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.client import RemoteDisconnected
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests
import urllib3.exceptions as u3

from desktop_app.core import http as corehttp
from desktop_app.core.errors import Cancelled, InputError, NetworkError
from desktop_app.core.http import CancelToken, HttpClient, check_endpoint
from desktop_app.core.providers.base import Base64Text, HttpRequest
from desktop_app.core.redact import register_secret


class Server:
    """A loopback server whose answer per path is set by the test; it counts calls."""

    def __init__(self, tls_context: ssl.SSLContext | None = None) -> None:
        self.calls: list[tuple[str, str, dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        self.release = threading.Event()  # /hold answers only once the test sets it
        self.answered: list[str] = []  # paths whose answer was sent, in order
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with outer.lock:
                    outer.calls.append((self.command, self.path, dict(self.headers), body))
                path = self.path.split("?", 1)[0]
                if path.startswith("/status/"):
                    code = int(path.rsplit("/", 1)[1])
                    payload = f'{{"status": {code}}}'.encode()
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                elif path == "/hold":  # holds the answer until the test releases it (at most 60 s)
                    outer.release.wait(60)
                    try:
                        self.send_response(200)
                        self.send_header("Content-Length", "2")
                        self.end_headers()
                        self.wfile.write(b"ok")
                        with outer.lock:
                            outer.answered.append(path)
                    except OSError:
                        pass
                elif path.startswith("/sleep/"):
                    seconds = float(path.rsplit("/", 1)[1])
                    time.sleep(seconds)
                    try:
                        self.send_response(200)
                        self.send_header("Content-Length", "2")
                        self.end_headers()
                        self.wfile.write(b"ok")
                    except OSError:
                        pass
                elif path == "/cut":  # promises 1000 bytes, sends 10, hangs up
                    self.send_response(200)
                    self.send_header("Content-Length", "1000")
                    self.end_headers()
                    self.wfile.write(b"0123456789")
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                elif path == "/hangup":  # reads the request, closes without a word
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                elif path == "/echo":
                    payload = repr(sorted(self.headers.items())).encode() + b"|" + body
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                elif path == "/redirect":
                    self.send_response(302)
                    self.send_header("Location", "/echo")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()

            do_GET = do_POST = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if tls_context is not None:
            self.httpd.socket = tls_context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, scheme: str = "http", host: str = "127.0.0.1") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for _, p, _, _ in self.calls if p.split("?", 1)[0] == path)

    def stop(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture
def client():
    c = HttpClient(timeout=5, connect_timeout=2, retries=2, backoff=0.01)
    yield c
    c.close()


def _get(url: str) -> HttpRequest:
    return HttpRequest("GET", url)


# --- statuses and retries -------------------------------------------------------------------

@pytest.mark.parametrize("status", [200, 206, 400, 401, 403, 404, 413, 422, 429, 503])
def test_status_passthrough(server, status):
    client = HttpClient(timeout=5, retries=0)
    response = client.send(_get(server.url(f"/status/{status}")))
    client.close()
    assert response.status == status
    assert response.body == f'{{"status": {status}}}'.encode()
    assert response.headers["Content-Type"] == "application/json"
    assert response.elapsed >= 0


def test_500_is_retried_twice_then_returned(server, client):
    response = client.send(_get(server.url("/status/500")))
    assert response.status == 500
    assert server.count("/status/500") == 3


@pytest.mark.parametrize("status", [400, 401, 403, 413, 422, 429])
def test_4xx_and_429_are_never_retried(server, client, status):
    response = client.send(_get(server.url(f"/status/{status}")))
    assert response.status == status
    assert server.count(f"/status/{status}") == 1


def test_backoff_grows_exponentially(server, monkeypatch):
    waits: list[float] = []
    original = CancelToken.wait

    def spy(self, seconds):
        waits.append(seconds)
        return original(self, 0)

    monkeypatch.setattr(CancelToken, "wait", spy)
    c = HttpClient(timeout=5, retries=3, backoff=0.5)
    assert c.send(_get(server.url("/status/502"))).status == 502
    c.close()
    assert waits == [0.5, 1.0, 2.0]
    assert server.count("/status/502") == 4


def test_request_parts_are_sent(server, client):
    request = HttpRequest("POST", server.url("/echo"), headers={"x-aigen-key": "k-123456"},
                          params={"format_type": "file"}, json={"image": "abc"})
    response = client.send(request)
    assert response.status == 200
    assert b"x-aigen-key" in response.body.lower() and b"k-123456" in response.body
    assert response.body.endswith(b'{"image": "abc"}')
    assert server.calls[-1][1] == "/echo?format_type=file"


@pytest.mark.parametrize("body", [
    {"image": Base64Text("QUJD+/0="), "option": {"censor_field": ["id_number", "ชื่อ"], "face": True,
                                                  "n": 1.5, "none": None}},
    {"img1": Base64Text("AAAA"), "img2": Base64Text(""), "note": 'a "quoted" \\ line\n'},
    {"image": "not marked", "option": {}},
    {},
])
def test_a_json_body_is_sent_as_json_dumps_writes_it(server, client, body):
    """Base64 text is written without the encoder's scan (issue 12: ~190 M instructions for a
    12 MP photo's 5.6 MB); the bytes on the wire and the content type are what `requests`'s
    json= sends."""
    client.send(HttpRequest("POST", server.url("/echo"), json=body))
    _method, _path, headers, sent = server.calls[-1]
    assert sent == json.dumps(body, allow_nan=False).encode("utf-8")
    assert {k.lower(): v for k, v in headers.items()}["content-type"] == "application/json"


def test_a_body_json_cannot_write_fails_as_it_did_through_requests(server, client):
    with pytest.raises(NetworkError):
        client.send(HttpRequest("POST", server.url("/echo"),
                                json={"image": Base64Text("AA"), "n": float("nan")}))
    assert server.calls == []  # nothing sent


def test_the_aigen_image_is_marked_as_base64_text():
    from desktop_app.core.prepared import PageGeometry, PreparedImage
    from desktop_app.core.providers.aigen_request import build_aigen_request
    from desktop_app.core.providers.base import Credentials

    image = PreparedImage(path=Path("a.jpg"), sha256="0" * 64, data=b"\xff\xd8 JPEG", mime="image/jpeg",
                          pages=[PageGeometry(1, 1, 1, 1)], original_width=1, original_height=1)
    request = build_aigen_request([image], {}, Credentials({"aigen_key": "k"}), "https://x/y", [])
    assert type(request.json["image"]) is Base64Text


def test_multipart_and_basic_auth_are_sent(server, client):
    files = {"img": ("a.jpg", b"\xff\xd8JPEG", "image/jpeg")}
    request = HttpRequest("POST", server.url("/echo"), files=files, auth=("key", "secret"))
    response = client.send(request)
    headers = dict(server.calls[-1][2])
    assert headers["Authorization"].startswith("Basic ")
    assert b'name="img"; filename="a.jpg"' in response.body
    assert b"\xff\xd8JPEG" in response.body


def test_redirects_are_not_followed(server, client):
    response = client.send(HttpRequest("GET", server.url("/redirect"), headers={"x-aigen-key": "kkkk"}))
    assert response.status == 302
    assert server.count("/echo") == 0


# --- network failures ---------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_refused_is_unreachable_after_retries(monkeypatch):
    attempts = []
    original = HttpClient._send_once

    def counting(self, request, token, *deadline):
        attempts.append(1)
        return original(self, request, token, *deadline)

    monkeypatch.setattr(HttpClient, "_send_once", counting)
    c = HttpClient(timeout=5, connect_timeout=2, retries=2, backoff=0.01)
    with pytest.raises(NetworkError) as info:
        c.send(_get(f"http://127.0.0.1:{_free_port()}/x"))
    c.close()
    assert info.value.code == "net.unreachable"
    assert len(attempts) == 3


def test_read_timeout_is_quick_and_not_retried(server):
    # the answer is held until the test releases it: a client that waited for it would get "ok",
    # not a timeout (no clock in the assertion: the order of events says it)
    c = HttpClient(timeout=0.5, connect_timeout=2, retries=2, backoff=0.01)
    with pytest.raises(NetworkError) as info:
        c.send(_get(server.url("/hold")))
    c.close()
    assert info.value.code == "net.timeout"
    assert server.answered == []  # the client gave up before the server answered
    assert server.count("/hold") == 1  # and did not try again
    server.release.set()


def test_cut_mid_body_is_dropped(server, client):
    with pytest.raises(NetworkError) as info:
        client.send(_get(server.url("/cut")))
    assert info.value.code == "net.dropped"
    assert server.count("/cut") == 1


def test_closed_without_answer_is_dropped_and_not_retried(server, client):
    with pytest.raises(NetworkError) as info:
        client.send(_get(server.url("/hangup")))
    assert info.value.code == "net.dropped"
    assert server.count("/hangup") == 1


def test_error_detail_never_holds_keys_or_query(monkeypatch):
    key = "sk-SECRET-abcdef-123"
    register_secret(key)
    port = _free_port()
    c = HttpClient(timeout=2, connect_timeout=1, retries=0)
    with pytest.raises(NetworkError) as info:
        # (an endpoint with ?aigen_key= is refused before sending: test_hostile_secrets.py)
        c.send(HttpRequest("POST", f"http://127.0.0.1:{port}/x?ref=QUERYKEY99",
                           headers={"x-aigen-key": key}, json={"image": "IMAGEDATA"}))
    c.close()
    text = f"{info.value} {info.value.detail} {info.value.message('th')}"
    assert key not in text and "QUERYKEY99" not in text and "IMAGEDATA" not in text
    assert "127.0.0.1" in info.value.detail


_REFUSED = u3.MaxRetryError(None, "/", u3.NewConnectionError(None, "refused"))


@pytest.mark.parametrize("exc, code, retry", [
    (requests.exceptions.ReadTimeout("x"), "net.timeout", False),
    (requests.exceptions.ConnectTimeout("x"), "net.timeout", False),
    (requests.exceptions.SSLError("x"), "net.tls", False),
    (requests.exceptions.ChunkedEncodingError("x"), "net.dropped", False),
    (requests.exceptions.ConnectionError(ConnectionResetError(104, "reset")), "net.dropped", False),
    (requests.exceptions.ConnectionError("other"), "net.unreachable", False),
    (requests.exceptions.ConnectionError(_REFUSED), "net.unreachable", True),
    (requests.exceptions.ConnectTimeout(u3.MaxRetryError(None, "/", u3.ConnectTimeoutError(None, "slow"))),
     "net.timeout", False),
    (requests.exceptions.ConnectionError(u3.ReadTimeoutError(None, "/", "read timed out")),
     "net.timeout", False),
    (requests.exceptions.ConnectionError(u3.ProtocolError("aborted", RemoteDisconnected("bye"))),
     "net.dropped", False),
])
def test_classification(exc, code, retry):
    # only a connection that was never opened may be retried
    assert corehttp._classify(exc) == (code, retry)


# --- cancel -------------------------------------------------------------------------------

def test_cancel_during_a_held_call_returns_at_once(server):
    c = HttpClient(timeout=60, retries=0)
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    with pytest.raises(Cancelled):
        c.send(_get(server.url("/hold")), cancel=token)
    assert server.answered == []  # returned while the server still held its answer
    server.release.set()
    assert token.cancelled
    # The client is still usable afterwards.
    assert c.send(_get(server.url("/status/200"))).status == 200
    c.close()


class _WaitSeen(CancelToken):
    """A token that says when the client starts waiting on it (the backoff)."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = threading.Event()

    def wait(self, seconds: float) -> bool:
        self.waiting.set()
        return super().wait(seconds)


def test_cancel_interrupts_backoff(server):
    # an hour's backoff (inside a two-hour deadline): a client that slept it out instead of
    # waking on the cancel would hang here until pytest-timeout fails the test; no clock is read
    c = HttpClient(timeout=7200, retries=5, backoff=3600)
    token = _WaitSeen()
    canceller = threading.Thread(target=lambda: token.waiting.wait(60) and token.cancel(), daemon=True)
    canceller.start()
    with pytest.raises(Cancelled):
        c.send(_get(server.url("/status/500")), cancel=token)
    c.close()
    assert token.waiting.is_set()  # it was cancelled in the backoff, not before
    assert server.count("/status/500") == 1


def test_already_cancelled_sends_nothing(server, client):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        client.send(_get(server.url("/status/200")), cancel=token)
    assert server.count("/status/200") == 0


def test_cancel_token_basics():
    token = CancelToken()
    assert not token.cancelled
    token.raise_if_cancelled()
    assert token.wait(0.01) is False
    token.cancel()
    assert token.cancelled and token.wait(10) is True
    with pytest.raises(Cancelled):
        token.raise_if_cancelled()


# --- endpoints ----------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["https://apis.aigen.online/x", "https://cloud.computervision.com.vn/api",
                                 "http://127.0.0.1:8000/x", "http://127.5.6.7/x", "http://localhost:1/x",
                                 "http://[::1]:8080/x", "HTTPS://EXAMPLE.COM/"])
def test_good_endpoints(url):
    check_endpoint(url)


@pytest.mark.parametrize("url", ["http://example.com/x", "http://apis.aigen.online/x", "http://10.0.0.1/x",
                                 "http://localhost.example.com/", "http://[::2]/"])
def test_insecure_endpoints(url):
    with pytest.raises(InputError) as info:
        check_endpoint(url)
    assert info.value.code == "input.insecure_endpoint"


@pytest.mark.parametrize("url", ["", "apis.aigen.online/x", "ftp://host/x", "file:///etc/passwd", "https://",
                                 "https:///path", "http://[::1/", "https://host:99999/"])
def test_bad_endpoints(url):
    with pytest.raises(InputError) as info:
        check_endpoint(url)
    assert info.value.code == "input.bad_endpoint"


def test_insecure_endpoint_is_refused_before_sending(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("a request was made")

    monkeypatch.setattr(requests.Session, "request", boom)
    c = HttpClient()
    with pytest.raises(InputError) as info:
        c.send(HttpRequest("POST", "http://example.com/ocr", headers={"x-aigen-key": "abcd"}))
    c.close()
    assert info.value.code == "input.insecure_endpoint"


# --- TLS ----------------------------------------------------------------------------------

def test_verify_cannot_be_turned_off(monkeypatch):
    assert "verify" not in inspect.signature(HttpClient).parameters
    seen = {}

    def fake_request(self, **kwargs):
        seen.update(kwargs)
        raise requests.exceptions.ConnectionError("stop here")

    monkeypatch.setattr(requests.Session, "request", fake_request)
    c = HttpClient(retries=0)
    c._session.verify = False  # even someone poking inside does not switch it off
    with pytest.raises(NetworkError):
        c.send(_get("https://apis.aigen.online/x"))
    c.close()
    assert seen["verify"] is True


@pytest.fixture
def tls_server(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    srv = Server(tls_context=context)
    yield srv
    srv.stop()


def test_self_signed_certificate_is_refused(tls_server, monkeypatch):
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    c = HttpClient(timeout=5, connect_timeout=2, retries=2, backoff=0.01)
    with pytest.raises(NetworkError) as info:
        c.send(_get(tls_server.url("/status/200", scheme="https", host="localhost")))
    c.close()
    assert info.value.code == "net.tls"
    assert tls_server.count("/status/200") == 0
