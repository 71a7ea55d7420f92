"""Never pay twice: every answer the API gives is kept on disk, verbatim, the moment it arrives.

The key is everything that decides the answer: the provider, the endpoint (without credentials),
the options, and for each source its sha256, the page sent alone (if any), and what was uploaded
(mime and each page's displayed and sent size, so the stored boxes map back exactly as they did).
A re-run with the same key reuses the stored answer with no HTTP request (`OcrRecord.from_cache`)
unless the caller asks for a fresh call.

Only 2xx answers are stored (200, and 206 partials: the pages that did read were paid for); an
answer whose parsing then fails is removed again (`discard`), so errors (429, 5xx, 200 with an
error code such as CVVN's "out of requests") are never replayed.

Files: `<data dir>/responses/<2 hex>/<64 hex>.json`, written atomically, 0600 in 0700 folders:
they hold personal data. They are removed once older than the retention period (core/retention.py,
`desktop-app purge`); deleting the folder is always safe.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .atomic import write_bytes_atomic
from .errors import AppError, ResponseError
from .http import MAX_ANSWER_BYTES
from .paths import data_dir, private_dir
from .prepared import PreparedImage
from .providers.base import HttpResponse
from .reviewfile import clean_endpoint

FORMAT = "desktop-app/response"
VERSION = 1
# Headers worth keeping with the body (never anything that could carry a credential).
KEPT_HEADERS = ("content-type", "date", "x-simulation", "x-request-id")


def default_root() -> Path:
    return data_dir() / "responses"


@dataclass
class CachedResponse:
    """A stored answer of the API and when it was given."""

    response: HttpResponse
    stored_at: str  # ISO 8601, when the API answered


def cache_key(provider_id: str, endpoint: str, options: dict[str, Any], images: Sequence[PreparedImage],
              page: int | None = None) -> str:
    """The 64-hex key of one request (see the module's docstring for what it covers)."""
    parts = {
        "provider": provider_id,
        "endpoint": clean_endpoint(endpoint.strip()),
        "options": options,
        "page": page,
        "sources": [{"sha256": image.sha256, "mime": image.mime,
                     "pages": [[g.display_width, g.display_height, g.sent_width, g.sent_height]
                               for g in image.pages]} for image in images],
    }
    text = json.dumps(parts, sort_keys=True, ensure_ascii=True, separators=(",", ":"), default=str)
    import hashlib  # at first use: not at the window's start (issue 12)

    return hashlib.sha256(text.encode("ascii")).hexdigest()


class ResponseCache:
    """Thread-safe (each entry is one atomic file). `root` defaults to the user's data folder."""

    def __init__(self, root: Path | None = None, max_answer_bytes: int = MAX_ANSWER_BYTES) -> None:
        self.root = Path(root) if root is not None else default_root()
        self.max_answer_bytes = max_answer_bytes
        self._claims_lock = threading.Lock()
        self._claims: dict[str, threading.Lock] = {}

    @contextlib.contextmanager
    def claim(self, key: str) -> Iterator[None]:
        """Held around look-up, request and store: a second identical request in this process
        (the same scan twice in a batch) waits for the first and then finds its answer."""
        with self._claims_lock:
            lock = self._claims.setdefault(key, threading.Lock())
        with lock:
            yield

    def path(self, key: str) -> Path:
        if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
            raise ValueError("a cache key is 64 lower-case hex digits")
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedResponse | None:
        """The stored answer, or None (also for an entry that is damaged: it is a miss).
        An entry too large to be a real answer raises `ResponseError("resp.too_large")` instead of
        being read into memory; it is left where it is (`--fresh` asks the service again)."""
        path = self.path(key)
        try:
            size = path.stat().st_size
        except OSError:
            return None
        if size > self.max_answer_bytes * 4 // 3 + 65536:  # base64 of the cap, and the envelope
            raise ResponseError("resp.too_large", f"the stored answer {path.name} is {size // 1024} KB")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                return None
            response = HttpResponse(status=int(data["status"]), body=base64.b64decode(data["body_b64"]),
                                    headers={str(k): str(v) for k, v in dict(data["headers"]).items()},
                                    elapsed=float(data.get("elapsed") or 0.0))
            return CachedResponse(response, str(data.get("stored_at") or ""))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, response: HttpResponse) -> bool:
        """Store a 2xx answer (others are refused: False). Raises `AppError("file.write")`."""
        if not 200 <= response.status <= 299:
            return False
        headers = {k.lower(): v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
        entry = {
            "format": FORMAT, "version": VERSION,
            "stored_at": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
            "status": response.status, "headers": headers, "elapsed": round(response.elapsed, 3),
            "body_b64": base64.b64encode(response.body).decode("ascii"),
        }
        target = self.path(key)
        try:
            private_dir(self.root)
            private_dir(target.parent)
        except OSError as exc:  # a data folder that cannot be written: said, never a crash
            raise AppError("file.write", f"{self.root}: {exc.strerror or exc}") from exc
        write_bytes_atomic(target, json.dumps(entry).encode("utf-8"), private=True)
        return True

    def raw(self, key: str) -> bytes | None:
        """The stored entry as it is on disk (to put back with `restore`), or None."""
        try:
            return self.path(key).read_bytes()
        except OSError:
            return None

    def restore(self, key: str, raw: bytes) -> None:
        """Put back an entry read with `raw` (a fresh call's answer turned out to be an error)."""
        target = self.path(key)
        private_dir(target.parent)
        write_bytes_atomic(target, raw, private=True)

    def discard(self, key: str) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path(key))

    def __len__(self) -> int:
        return sum(1 for _ in self.root.glob("??/*.json")) if self.root.is_dir() else 0
