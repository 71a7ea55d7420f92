"""A hostile service on loopback: a huge answer, a gzip bomb, a server that drips, a proxy that
would catch the key and the image (issue 10). Every server here is bounded in time and size."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop_app.core.cache import ResponseCache
from desktop_app.core.errors import NetworkError, ResponseError
from desktop_app.core.http import MAX_ANSWER_BYTES, HttpClient
from desktop_app.core.providers.base import HttpRequest, HttpResponse
from tests.vendor_docs import V2, as_body, samples

SMALL_CAP = 64 * 1024  # tests use a small cap: nothing here allocates more than a few MB


class Hostile:
    """A loopback server; `mode` decides the answer. It serves at most `budget` seconds per call."""

    def __init__(self, budget: float = 8.0) -> None:
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self.budget = budget
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.calls.append((self.command, self.path, dict(self.headers)))
                getattr(outer, "serve_" + self.path.strip("/").split("?")[0])(self)

            do_POST = do_GET

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def serve_ok(handler) -> None:
        body = b'{"ok": true}'
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    @staticmethod
    def serve_huge(handler) -> None:  # 1 MB of JSON-ish text with its length announced
        size = 1024 * 1024
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        chunk = b" " * 65536
        for _ in range(size // len(chunk)):
            try:
                handler.wfile.write(chunk)
            except OSError:
                return

    @staticmethod
    def serve_huge_chunked(handler) -> None:  # no length announced: only counting can stop it
        handler.send_response(200)
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        chunk = b" " * 65536
        for _ in range(16):
            try:
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                return
        handler.wfile.write(b"0\r\n\r\n")

    @staticmethod
    def serve_bomb(handler) -> None:  # a real answer and 8 MB of spaces, gzipped to a few KB
        body = gzip.compress(as_body(samples(V2)[0]) + b" " * (8 * 1024 * 1024), compresslevel=9)
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def serve_drip(self, handler) -> None:  # one byte every 0.2 s, for at most `budget` seconds
        handler.send_response(200)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        stop = time.monotonic() + self.budget
        while time.monotonic() < stop:
            try:
                handler.wfile.write(b" ")
                handler.wfile.flush()
            except OSError:
                return
            time.sleep(0.2)
        handler.close_connection = True  # then hang up: a client still waiting sees a cut answer


@pytest.fixture
def hostile():
    server = Hostile()
    yield server
    server.close()


def _get(url: str) -> HttpRequest:
    return HttpRequest(method="POST", url=url, json={"image": "eA=="})


@pytest.mark.parametrize("path", ["huge", "huge_chunked", "bomb"])
def test_an_answer_over_the_cap_is_refused(hostile, path):
    client = HttpClient(timeout=10, max_answer_bytes=SMALL_CAP, retries=0)
    with pytest.raises(ResponseError) as caught:
        client.send(_get(f"{hostile.url}/{path}"))
    assert caught.value.code == "resp.too_large"
    assert "64 KB" in (caught.value.detail or "")


def test_an_answer_under_the_cap_arrives(hostile):
    response = HttpClient(timeout=10, max_answer_bytes=SMALL_CAP).send(_get(f"{hostile.url}/ok"))
    assert response.status == 200 and response.body == b'{"ok": true}'


def test_the_default_cap_fits_a_20_page_answer_and_is_documented():
    from pathlib import Path

    # the largest real answer: a 20-page ID-card PDF with every image option (face, censored page);
    # AIGEN takes at most 10 MB a request, so no page image it returns can be far above that
    assert MAX_ANSWER_BYTES >= 20 * 4 * 1024 * 1024
    assert MAX_ANSWER_BYTES <= 256 * 1024 * 1024
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{MAX_ANSWER_BYTES // (1024 * 1024)} MB" in readme
    assert HttpClient().max_answer_bytes == MAX_ANSWER_BYTES


def test_the_timeout_is_a_total_deadline(hostile):
    # the server drips a byte every 0.2 s: no single read ever waits 1 s, yet the call must end
    client = HttpClient(timeout=1.0, retries=0)
    with pytest.raises(NetworkError) as caught:
        client.send(_get(f"{hostile.url}/drip"))
    assert caught.value.code == "net.timeout"


def test_an_over_limit_answer_is_never_stored(hostile, tmp_path):
    from PIL import Image

    from desktop_app.core import engine
    from desktop_app.core.providers.base import Credentials

    image = tmp_path / "scan.png"
    Image.new("RGB", (600, 600), "white").save(image)
    cache = ResponseCache(tmp_path / "responses")
    job = engine.OcrJob(paths=[image], provider_id="aigen-vehicle-book-v2", endpoint=hostile.url + "/bomb")
    client = HttpClient(timeout=10, max_answer_bytes=SMALL_CAP, retries=0)
    with pytest.raises(ResponseError):
        engine.run_ocr(job, credentials=Credentials({"aigen_key": "k" * 8}), client=client, cache=cache)
    assert len(cache) == 0


def test_a_stored_answer_over_the_limit_is_reported_not_replayed(tmp_path):
    cache = ResponseCache(tmp_path / "responses", max_answer_bytes=SMALL_CAP)
    key = "a" * 64
    cache.put(key, HttpResponse(status=200, body=b" " * (SMALL_CAP * 2)))
    with pytest.raises(ResponseError) as caught:
        cache.get(key)
    assert caught.value.code == "resp.too_large"
    assert cache.path(key).exists()  # a paid answer is never deleted: --fresh asks again


# --- proxies ------------------------------------------------------------------------------------

@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
def test_loopback_endpoints_never_go_through_a_proxy(hostile, monkeypatch, variable):
    catcher = Hostile()
    try:
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv(variable, catcher.url)
        request = HttpRequest(method="POST", url=f"{hostile.url}/ok", headers={"x-aigen-key": "secret-key"},
                              json={"image": "eA=="})
        response = HttpClient(timeout=5, retries=0).send(request)
        assert response.status == 200
        assert catcher.calls == []  # the proxy saw nothing: not the key, not the image
        assert len(hostile.calls) == 1
    finally:
        catcher.close()


def test_the_readme_says_which_proxies_are_honoured():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "HTTPS_PROXY" in readme and "NO_PROXY" in readme
