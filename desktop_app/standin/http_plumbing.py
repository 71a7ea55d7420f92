"""The stand-in's HTTP plumbing: a threading loopback server, one handler, what each request was.

The handler reads a request, asks the stand-in for the `Reply` (`answer`), and sends it: whole,
cut in half (`truncated`), cut mid-body after announcing the full length (`drop_mid_body`), or not
at all (`drop`). Every answer carries `SIMULATION_HEADER`.
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from .reply import Reply

SIMULATION_HEADER = ("X-Simulation", "desktop-app stand-in")


@dataclass
class RecordedRequest:
    """What one request looked like. Never holds a key, a secret or the image."""

    path: str
    method: str
    query: dict[str, str]  # without `aigen_key`
    content_type: str | None
    body_size: int
    route: str | None = None  # provider id of the route, None for an unknown path
    auth: str | None = None  # how credentials came: "header", "query", "basic" (never the values)
    options: dict[str, Any] = field(default_factory=dict)  # AIGEN `option`, CVVN format_type/get_thumb
    images: int = 0  # images found in the request
    samples: list[str] = field(default_factory=list)  # which samples were recognised
    scenario: str | None = None
    status: int | None = None  # None when the connection was dropped on purpose
    page: int | None = None  # the failed page of a `partial` answer (1-based)
    met: bool | None = None  # with a rendezvous: answered together with others (False: timed out)


@dataclass
class Incoming:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes


class Answerer(Protocol):
    """What the handler needs of the stand-in (server.py `StandIn`)."""

    delay: float
    rendezvous: int

    def answer(self, incoming: Incoming, record: RecordedRequest) -> Reply: ...

    def arrived(self, delta: int) -> None: ...

    def meet(self) -> bool: ...

    def record(self, record: RecordedRequest) -> None: ...


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    standin: Answerer


class Handler(BaseHTTPRequestHandler):
    server: Server
    server_version = "standin/1"
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        self._handle("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._handle("POST")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # quiet; `python -m desktop_app.standin` prints its own lines

    def _handle(self, method: str) -> None:
        standin = self.server.standin
        standin.arrived(+1)
        try:
            self._handle_counted(standin, method)
        finally:
            standin.arrived(-1)

    def _handle_counted(self, standin: Answerer, method: str) -> None:
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        record = RecordedRequest(path=split.path, method=method,
                                 query={k: v for k, v in query.items() if k != "aigen_key"},
                                 content_type=headers.get("content-type"), body_size=len(body))
        try:
            reply = standin.answer(Incoming(method, split.path, query, headers, body), record)
        except Exception as exc:  # a stand-in bug must still answer, visibly
            reply = Reply(500, {"standin_error": f"{type(exc).__name__}: {exc}"})
        if standin.rendezvous > 1:
            record.met = standin.meet()
        if standin.delay > 0:
            time.sleep(standin.delay)
        record.status = None if reply.mode == "drop" else reply.status
        standin.record(record)
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.close_connection = True
        if reply.mode == "drop":
            self._hang_up()
            return
        body = reply.encode()
        sent = body[: len(body) // 2] if reply.mode in ("truncated", "drop_mid_body") else body
        self.send_response(reply.status)
        self.send_header("Content-Type", f"{reply.content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body) if reply.mode == "drop_mid_body" else len(sent)))
        self.send_header(*SIMULATION_HEADER)
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            self.wfile.write(sent)
            self.wfile.flush()
        except OSError:
            return
        if reply.mode == "drop_mid_body":
            self._hang_up()

    def _hang_up(self) -> None:
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
