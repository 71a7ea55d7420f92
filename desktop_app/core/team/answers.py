"""The team's stored answers: core/cache.py's never-pay-twice, kept in the database for everyone.

`TeamAnswerCache` has the interface `engine.run_ocr` uses of `ResponseCache` (claim, get, put,
raw, restore, discard) and the same keys (`cache_key`), so the engine is unchanged: a document
that any clerk already sent is answered from the database with no request. The answer is stored
the moment it arrives, before parsing, like the local cache. `claim(key)` holds a PostgreSQL
advisory lock: two clerks with the same scan in different documents wait for each other and
pay once. Only 2xx answers are stored; one that then parses as an error is discarded.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

from ..providers.base import HttpResponse
from .claims import Claim
from .errors import translated

KEPT_HEADERS = ("content-type", "date", "x-simulation", "x-request-id")  # as core/cache.py


class TeamAnswerCache:
    def __init__(self, conn, lease: Claim) -> None:
        self.conn = conn
        self.lease = lease  # the clerk's claim: every read and write is checked against it
        self.hits = 0
        self.stored = 0

    @contextlib.contextmanager
    def claim(self, key: str) -> Iterator[None]:
        with translated():
            self.conn.execute("SELECT pg_advisory_lock(hashtextextended(%s, 0))", (key,))
        try:
            yield
        finally:
            with contextlib.suppress(Exception), translated():
                self.conn.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (key,))

    def get(self, key: str):
        from ..cache import CachedResponse

        with translated():
            row = self.conn.execute("SELECT * FROM team.answer_get(%s, %s, %s)",
                                    (self.lease.id, key, self.lease.clerk)).fetchone()
        if row is None:
            return None
        status, headers, elapsed, body, stored_at = row
        self.hits += 1
        response = HttpResponse(status=int(status), body=bytes(body),
                                headers={str(k): str(v) for k, v in dict(headers or {}).items()},
                                elapsed=float(elapsed or 0.0))
        return CachedResponse(response, stored_at.astimezone().isoformat(timespec="seconds"))

    def put(self, key: str, response: HttpResponse) -> bool:
        if not 200 <= response.status <= 299:
            return False
        headers = {k.lower(): v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
        with translated():
            self.conn.execute("SELECT team.answer_put(%s, %s, %s, %s, %s, %s, %s)",
                              (self.lease.id, key, response.status, json.dumps(headers),
                               round(response.elapsed, 3), response.body, self.lease.clerk))
        self.stored += 1
        return True

    def raw(self, key: str) -> bytes | None:
        hit = self.get(key)
        if hit is None:
            return None
        r = hit.response
        return json.dumps({"status": r.status, "headers": r.headers, "elapsed": r.elapsed,
                           "body": r.body.decode("latin-1")}).encode("utf-8")

    def restore(self, key: str, raw: bytes) -> None:
        data = json.loads(raw)
        self.put(key, HttpResponse(status=int(data["status"]), body=data["body"].encode("latin-1"),
                                   headers=dict(data["headers"]), elapsed=float(data["elapsed"])))

    def discard(self, key: str) -> None:
        with translated():
            self.conn.execute("SELECT team.answer_discard(%s, %s, %s)",
                              (self.lease.id, key, self.lease.clerk))
