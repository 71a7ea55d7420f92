"""The loopback stand-in: one HTTP server that answers as the five vendor documents say.

Where its parts are: `http_plumbing.py` the server, handler and request records ·
`request_decoding.py` images and credentials out of a request · `scenarios.py` what a test asks
for instead of a normal answer · `aigen_route.py`, `cvvn_route.py` each vendor's request handling ·
`answers_aigen.py`, `answers_cvvn.py` each vendor's answer bodies · `reply.py` the reply and upload.

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

import threading
import time
from typing import Any

from .aigen_route import answer_aigen
from .cvvn_route import answer_cvvn
from .http_plumbing import SIMULATION_HEADER, Handler, Incoming, RecordedRequest, Server
from .reply import CVVN, IDCARD, PASSPORT, V1, V2, Reply
from .scenarios import NGINX_502, SCENARIOS, out_of_range, requested, wrong_types

__all__ = ["PATHS", "ROUTES", "SCENARIOS", "SIMULATION_HEADER", "RecordedRequest", "StandIn"]

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
        self._server: Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------------

    def start(self, port: int = 0) -> StandIn:
        if self._server is not None:
            return self
        server = Server(("127.0.0.1", port), Handler)
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

    def record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def arrived(self, delta: int) -> None:
        with self._lock:
            self.in_flight += delta
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)

    def meet(self) -> bool:
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

    def answer(self, incoming: Incoming, record: RecordedRequest) -> Reply:
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
            reply = answer_cvvn(incoming, record, route[0].endswith("s"), name, params, self.cvvn_back_first)
        else:
            reply = answer_aigen(incoming, record, route[1], route[2], name, params)
        if name == "wrong_types" and isinstance(reply.body, dict):
            reply.body = wrong_types(reply.body)
        elif name == "out_of_range" and isinstance(reply.body, dict):
            reply.body = out_of_range(reply.body)
        if name in ("drop", "drop_mid_body", "truncated"):
            reply.mode = name
        return reply

    def _resolve_scenario(self, incoming: Incoming) -> tuple[str | None, dict[str, Any]]:
        named = requested(incoming.query, incoming.headers)
        if named is not None:
            return named
        with self._lock:
            current = self._scenario
            if current is not None and self._scenario_left is not None:
                self._scenario_left -= 1
                if self._scenario_left <= 0:
                    self._scenario, self._scenario_left = None, None
        return (current[0], dict(current[1])) if current else (None, {})
