"""The loopback stand-in: one HTTP server that answers as the five vendor documents say.

    with StandIn() as standin:
        url = standin.endpoint("aigen-vehicle-book-v2")
        standin.set_scenario("429")            # every following request, until set_scenario(None)
        ...

It is a SIMULATION: every answer carries the header `X-Simulation: desktop-app stand-in`.
Keys are checked for presence only (plus a few magic keys, below); nothing secret is recorded.

Decisions where the vendor documents are silent:
- AIGEN auth: no key -> 401; key "forbidden" -> 403; key "exhausted" -> 429 (credit exhausted).
  Error bodies keep each API's shape (`status`/`error[]`/`data`; v1 `status "0"`/`error_code`).
- v1 errors: `{"response_id", "status": "0", "message", "error_code": "1001", "data": [], "request_id"}`;
  a non-document answers 200 with an empty `data` list (v1 documents no such error).
- CVVN auth: no/empty Basic credentials or key "wrong" -> HTTP 401 with errorCode "5"; key
  "exhausted" -> HTTP 200 with errorCode "4". `format_type=url` -> errorCode "2" (the stand-in
  fetches nothing). A field the OCR did not find is `null` with confidence 0.0.
- Two-sided CVVN: `data` lists the back first by default (`cvvn_back_first`), to catch clients
  that assume an order; scenario `front_first` flips it.
- A PDF upload (AIGEN) is rendered page by page with pypdfium2 at the client's `PDF_DPI` (the
  resolution the client assumes the real service uses), each page recognised on its own: `data`
  has one entry per page, `{}` plus an error naming the page for a page it cannot read, and HTTP 206
  when some pages failed (400 when all did); over 20 pages is a bad request. v1 (whose document says
  nothing about PDF) reads the first page. Scenario `fail_page` (param `page`, 1-based, default 2)
  fails that page of a PDF (or of an image, which is one page) whatever it shows.
- The upload is taken as sent (EXIF is not applied), as the real services are assumed to.
- With a scenario that shapes a successful answer (`partial`, `invalid_id`, `wrong_types`,
  `out_of_range`), an image that is no sample is answered as the route's own sample, scaled to it.
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import io
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from PIL import Image, UnidentifiedImageError

from ..core import pdf
from ..core.errors import InputError
from . import answers
from .answers import CVVN, IDCARD, NGINX_502, PASSPORT, V1, V2, Reply, Upload
from .samples import Sample, recognise, sample_by_name

SIMULATION_HEADER = ("X-Simulation", "desktop-app stand-in")
MAX_BYTES = 10 * 1024 * 1024
MAX_SIDE, MIN_SIDE = 10_000, 500

# path -> (provider id, answer style, document types it reads)
ROUTES: dict[str, tuple[str, str, set[str]]] = {
    "/aiscript/vehicle-registration-book/v1": ("aigen-vehicle-book-v1", V1, {"vehicle_book"}),
    "/aiscript/vehicle-registration-book/v2": ("aigen-vehicle-book-v2", V2, {"vehicle_book"}),
    "/aiscript/idcard/v3": ("aigen-idcard-v3", IDCARD, {"thai_id_card"}),
    "/aiscript/passport-ocr/v2": ("aigen-passport-v2", PASSPORT, {"passport"}),
    "/api/v2/ocr/vehicle_registration": ("cvvn-vehicle-registration", CVVN, {"vn_vehicle_registration"}),
    "/api/v2/ocr/vehicle_registrations": ("cvvn-vehicle-registrations", CVVN, {"vn_vehicle_registration"}),
}
PATHS: dict[str, str] = {provider_id: path for path, (provider_id, _, _) in ROUTES.items()}

TRANSPORT_SCENARIOS = {"slow", "drop", "drop_mid_body", "truncated", "html", "wrong_types", "out_of_range"}
ANSWER_SCENARIOS = {"partial", "invalid_id", "front_first", "back_first", "fail_page"}
ERROR_SCENARIOS = {"401", "403", "429", "413", "422", "422_20002", "1001", "1002", "1003", "bad_request",
                   "not_document", "can_not_find", "500", "500_2001", "500_40001", "503"}
ERROR_SCENARIOS |= {f"cvvn_{n}" for n in range(1, 7)} | {f"cvvn_{n}_http" for n in range(1, 7)}
SCENARIOS = frozenset(TRANSPORT_SCENARIOS | ANSWER_SCENARIOS | ERROR_SCENARIOS)
# With these, an image that is no sample is answered as if it were the route's sample (so that a
# client's handling of the shape can be tested with any image).
SHAPING_SCENARIOS = frozenset({"partial", "invalid_id", "wrong_types", "out_of_range"})


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
class _Incoming:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes


class StandIn:
    def __init__(self, *, delay: float = 0.0, rendezvous: int = 0, rendezvous_timeout: float = 10.0) -> None:
        """`delay`: seconds added to every answer. `rendezvous` (tests of concurrency, not of time):
        hold each answer until that many requests are waiting together, or `rendezvous_timeout`
        passes; each record's `met` says which. `peak_in_flight` counts requests being answered at
        once, as the server saw them."""
        self.delay = delay
        self.rendezvous = rendezvous
        self.rendezvous_timeout = rendezvous_timeout
        self.in_flight = self.peak_in_flight = 0
        self._meeting = threading.Condition()
        self._waiting = self._generation = 0
        self.requests: list[RecordedRequest] = []
        self.cvvn_back_first = True
        self.url = ""
        self._scenario: tuple[str, dict[str, Any]] | None = None
        self._scenario_left: int | None = None  # requests left for the scenario (None: all)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------------

    def start(self, port: int = 0) -> StandIn:
        if self._server is not None:
            return self
        server = _Server(("127.0.0.1", port), _Handler)
        server.standin = self
        self._server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                        name="standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- configuration ----------------------------------------------------------------------------

    def endpoint(self, provider_id: str) -> str:
        """The full URL of `provider_id`'s route on this server ("demo": the base URL)."""
        if provider_id == "demo":
            return self.url
        return self.url + PATHS[provider_id]

    def set_scenario(self, name: str | None, *, times: int | None = None, **params: Any) -> None:
        """Answer every following request with scenario `name` (None: normal answers); with
        `times`, only the next `times` requests (then normal answers again)."""
        if name is not None and name not in SCENARIOS:
            raise ValueError(f"unknown scenario {name!r}; known: {', '.join(sorted(SCENARIOS))}")
        with self._lock:
            self._scenario = None if name is None else (name, dict(params))
            self._scenario_left = times

    @property
    def scenario(self) -> str | None:
        return self._scenario[0] if self._scenario else None

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def _arrived(self, delta: int) -> None:
        with self._lock:
            self.in_flight += delta
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)

    def _meet(self) -> bool:
        """Wait until `rendezvous` requests are here together; False when the wait timed out."""
        with self._meeting:
            generation = self._generation
            self._waiting += 1
            if self._waiting >= self.rendezvous:
                self._waiting = 0
                self._generation += 1
                self._meeting.notify_all()
                return True
            met = self._meeting.wait_for(lambda: self._generation != generation, self.rendezvous_timeout)
            if not met:
                self._waiting -= 1
            return met

    # --- answering --------------------------------------------------------------------------------

    def answer(self, incoming: _Incoming, record: RecordedRequest) -> Reply:
        """The reply to one request (transport scenarios are applied by the handler)."""
        name, params = self._resolve_scenario(incoming)
        record.scenario = name
        if name is not None and name not in SCENARIOS:
            return Reply(400, {"standin_error": f"unknown scenario {name!r}", "known": sorted(SCENARIOS)})
        route = ROUTES.get(incoming.path.rstrip("/") or "/")
        if route is None:
            return Reply(404, {"detail": "Not Found"})
        record.route = route[0]
        if name == "slow":
            time.sleep(float(params.get("seconds", 3.0)))
        if name == "html":
            return Reply(502, NGINX_502, "text/html")
        if route[1] == CVVN:
            reply = self._cvvn(incoming, record, route[0].endswith("s"), name, params)
        else:
            reply = self._aigen(incoming, record, route[1], route[2], name, params)
        if name == "wrong_types" and isinstance(reply.body, dict):
            reply.body = answers.wrong_types(reply.body)
        elif name == "out_of_range" and isinstance(reply.body, dict):
            reply.body = answers.out_of_range(reply.body)
        if name in ("drop", "drop_mid_body", "truncated"):
            reply.mode = name
        return reply

    def _resolve_scenario(self, incoming: _Incoming) -> tuple[str | None, dict[str, Any]]:
        name = incoming.query.get("standin_scenario") or incoming.headers.get("x-standin-scenario")
        if name:
            params = {k[len("standin_"):]: v for k, v in incoming.query.items()
                      if k.startswith("standin_") and k != "standin_scenario"}
            return name.strip(), params
        with self._lock:
            current = self._scenario
            if current is not None and self._scenario_left is not None:
                self._scenario_left -= 1
                if self._scenario_left <= 0:
                    self._scenario, self._scenario_left = None, None
        return (current[0], dict(current[1])) if current else (None, {})

    def _aigen(self, incoming: _Incoming, record: RecordedRequest, style: str, doc_types: set[str],
               name: str | None, params: dict[str, Any]) -> Reply:
        if incoming.method != "POST":
            return Reply(405, {"detail": "Method Not Allowed"})
        key = incoming.headers.get("x-aigen-key")
        record.auth = "header" if key else None
        if not key and incoming.query.get("aigen_key"):
            key, record.auth = incoming.query["aigen_key"], "query"
        if not key or not key.strip():
            return answers.aigen_named_error(style, "401")  # type: ignore[return-value]
        if key.strip() in ("forbidden", "exhausted"):
            return answers.aigen_named_error(style, "403" if key.strip() == "forbidden" else "429")  # type: ignore
        if name in ERROR_SCENARIOS:
            reply = answers.aigen_named_error(style, name)
            if reply is not None:
                return reply
        bad_input = "1003" if style == V1 else "bad_request"
        try:
            payload = json.loads(incoming.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
        if not isinstance(payload, dict) or not isinstance(payload.get("image"), str):
            return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
        option = payload.get("option") or {}
        if not isinstance(option, dict):
            return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
        record.options = {k: v for k, v in option.items() if isinstance(v, bool | str | int | list)}
        data = _b64decode(payload["image"])
        if data is None:
            return answers.aigen_named_error(style, "1003" if style == V1 else "422")  # type: ignore
        record.images = 1
        if len(data) > MAX_BYTES:
            return answers.aigen_named_error(style, "1002" if style == V1 else "413")  # type: ignore
        if pdf.is_pdf(data):
            return self._aigen_pdf(data, record, style, doc_types, name, params, option)
        image, failure = _open(data, style)
        if image is None:
            return failure  # type: ignore[return-value]
        if name == "fail_page":
            return self._aigen_pages([image], record, style, doc_types, name, params, option)
        sample = recognise(image, doc_types) or _stand_in_sample(name, doc_types)
        if sample is None:
            return answers.not_a_document(style)
        record.samples.append(sample.name)
        upload = Upload(image, sample)
        if style == V1:
            return answers.v1_success(upload)
        page = answers.aigen_page(upload, style, option, invalid_id=(name == "invalid_id"))
        if name == "partial":
            record.page = int(params.get("page", 2))
            return answers.partial(style, page, record.page)
        return answers.aigen_success(style, [page])

    def _aigen_pdf(self, data: bytes, record: RecordedRequest, style: str, doc_types: set[str],
                   name: str | None, params: dict[str, Any], option: dict[str, Any]) -> Reply:
        try:
            count = pdf.page_count(data)
        except InputError:
            return answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")  # type: ignore
        if count == 0 or count > pdf.MAX_PDF_PAGES:
            return answers.aigen_named_error(style, "1003" if style == V1 else "bad_request")  # type: ignore
        if style == V1:
            count = 1
        images = [pdf.render(data, index) for index in range(count)]
        return self._aigen_pages(images, record, style, doc_types, name, params, option)

    def _aigen_pages(self, images: list[Image.Image], record: RecordedRequest, style: str,
                     doc_types: set[str], name: str | None, params: dict[str, Any],
                     option: dict[str, Any]) -> Reply:
        """One answer page per image; `{}` for a page that is no sample (or `fail_page`)."""
        record.images = len(images)
        failing = int(params.get("page", 2)) if name == "fail_page" else None
        record.page = failing
        pages: list[dict[str, Any]] = []
        uploads: list[Upload] = []
        for number, image in enumerate(images, start=1):
            sample = None if number == failing else recognise(image, doc_types)
            if sample is None:
                pages.append({})
                continue
            record.samples.append(sample.name)
            upload = Upload(image, sample)
            uploads.append(upload)
            pages.append(answers.aigen_page(upload, style, option, invalid_id=(name == "invalid_id")))
        if style == V1:
            return answers.v1_success(uploads[0]) if uploads else answers.not_a_document(style)
        return answers.paged(style, pages)

    def _cvvn(self, incoming: _Incoming, record: RecordedRequest, two_sided: bool, name: str | None,
              params: dict[str, Any]) -> Reply:
        user, secret = _basic_auth(incoming.headers.get("authorization", ""))
        record.auth = "basic" if user is not None else None
        if not user or not secret or user == "wrong":
            return answers.cvvn_body([], "5", 401)
        if user == "exhausted":
            return answers.cvvn_body([], "4", 200)
        if name in ERROR_SCENARIOS:
            reply = answers.cvvn_named_error(name)
            if reply is not None:
                return reply
        format_type = incoming.query.get("format_type", "")
        thumb = incoming.query.get("get_thumb", "false").strip().lower() == "true"
        record.options = {"format_type": format_type, "get_thumb": thumb}
        names = ("img1", "img2") if two_sided else ("img",)
        if format_type == "url":
            return answers.cvvn_body([], "2")
        if format_type == "base64":
            blobs = _json_images(incoming.body, names)
        elif format_type == "file":
            blobs = _multipart_images(incoming.headers.get("content-type", ""), incoming.body, names)
        else:
            return answers.cvvn_body([], "6")
        record.images = sum(1 for b in blobs if b)
        uploads: list[Upload] = []
        for index, blob in enumerate(blobs):
            image = _open_quiet(blob) if blob else None
            if image is None:
                return answers.cvvn_body([], "3")
            sample = recognise(image, {"vn_vehicle_registration"})
            if sample is None and name in SHAPING_SCENARIOS:
                sample = sample_by_name("vn_registration_back" if index else "vn_registration_front")
            if sample is None:
                return answers.cvvn_body([], "1")
            record.samples.append(sample.name)
            uploads.append(Upload(image, sample))
        entries = [answers.cvvn_entry(upload, thumb) for upload in uploads]
        if two_sided:
            back_first = self.cvvn_back_first
            if name in ("front_first", "back_first"):
                back_first = name == "back_first"
            entries.sort(key=lambda e: (e["type"] != "vehicle_registration_back") == back_first)
        return answers.cvvn_body(entries)


def _stand_in_sample(name: str | None, doc_types: set[str]) -> Sample | None:
    """For a scenario that shapes the answer, any image will do: the route's own sample is used."""
    if name not in SHAPING_SCENARIOS:
        return None
    doc_type = sorted(doc_types)[0]
    return sample_by_name(doc_type)


# --- request decoding -------------------------------------------------------------------------------

def _b64decode(text: str) -> bytes | None:
    text = text.strip()
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    text = "".join(text.split())
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def _open(data: bytes, style: str) -> tuple[Image.Image | None, Reply | None]:
    """The decoded image, or the API's answer for an image it refuses."""
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None, answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")
    if width > MAX_SIDE or height > MAX_SIDE:
        return None, answers.aigen_named_error(style, "1002" if style == V1 else "413")
    if width < MIN_SIDE or height < MIN_SIDE:
        return None, answers.aigen_named_error(style, "1001")
    try:
        image.load()
    except (OSError, ValueError):
        return None, answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")
    return image, None


def _open_quiet(data: bytes) -> Image.Image | None:
    try:
        image = Image.open(io.BytesIO(data))
        if image.width > MAX_SIDE or image.height > MAX_SIDE:
            return None
        image.load()
        return image
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def _basic_auth(header: str) -> tuple[str | None, str | None]:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None, None
    try:
        user, _, secret = base64.b64decode(value.strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None, None
    return user, secret


def _json_images(body: bytes, names: tuple[str, ...]) -> list[bytes | None]:
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return [None for _ in names]
    if not isinstance(payload, dict):
        return [None for _ in names]
    return [_b64decode(payload[n]) if isinstance(payload.get(n), str) else None for n in names]


def _multipart_images(content_type: str, body: bytes, names: tuple[str, ...]) -> list[bytes | None]:
    if not content_type.lower().startswith("multipart/form-data"):
        return [None for _ in names]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        field_name = part.get_param("name", header="content-disposition")
        if isinstance(field_name, str):
            payload = part.get_payload(decode=True)
            parts[field_name] = payload if isinstance(payload, bytes) else b""
    return [parts.get(n) for n in names]


# --- HTTP plumbing ----------------------------------------------------------------------------------

class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    standin: StandIn


class _Handler(BaseHTTPRequestHandler):
    server: _Server
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
        standin._arrived(+1)
        try:
            self._handle_counted(standin, method)
        finally:
            standin._arrived(-1)

    def _handle_counted(self, standin: StandIn, method: str) -> None:
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        record = RecordedRequest(path=split.path, method=method,
                                 query={k: v for k, v in query.items() if k != "aigen_key"},
                                 content_type=headers.get("content-type"), body_size=len(body))
        try:
            reply = standin.answer(_Incoming(method, split.path, query, headers, body), record)
        except Exception as exc:  # a stand-in bug must still answer, visibly
            reply = Reply(500, {"standin_error": f"{type(exc).__name__}: {exc}"})
        if standin.rendezvous > 1:
            record.met = standin._meet()
        if standin.delay > 0:
            time.sleep(standin.delay)
        record.status = None if reply.mode == "drop" else reply.status
        standin._record(record)
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
