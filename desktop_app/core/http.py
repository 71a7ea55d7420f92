"""The one way this program talks to an OCR service: an HTTP client with a cancel button.

Every call costs money, so the rules are strict:

- `check_endpoint` refuses a bad or insecure address before anything is sent: https only, plain
  http only to this computer (loopback: the stand-in).
- TLS certificates are always verified; there is no switch to turn that off.
- Any HTTP status comes back as an `HttpResponse` (the provider decides what it means).
- Retries (a few, with exponential backoff) happen only when the request certainly did not reach
  the service's application (the connection could not be opened) or when it answered 5xx.
  Never for 4xx, never for 429 (credit used up). **Timeouts are not retried**: a read timeout may
  mean the service is still working on a paid call, and a second call would be paid again.
  For the same reason a connection that breaks *after* it was opened (reset, closed without an
  answer, cut mid-answer) is `net.dropped` and is not retried automatically: the clerk decides.
- Cancelling from another thread returns at once: the blocking call runs in a daemon worker
  thread; on cancel its session is closed and its result, whenever it comes, is discarded.
- Error details name the host and the kind of failure only: never headers, bodies, query strings
  or keys (and `AppError` redacts registered secrets anyway).
- Redirects are not followed: `requests` would re-send custom headers such as `x-aigen-key` (and
  the image) to wherever the redirect points. A 3xx comes back as a status like any other.
- The timeout is a total deadline for the whole call (retries and backoff included): a server
  that drips one byte a second cannot hold it longer.
- An answer is read in chunks and its bytes are counted after decompression: one over
  `MAX_ANSWER_BYTES` (a gzip bomb included) is refused as `resp.too_large` and never kept.
- Proxies: loopback and plain-http endpoints never use one (a proxy would receive the key and the
  image); https endpoints honour HTTPS_PROXY / ALL_PROXY and NO_PROXY, as `requests` reads them.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from .cancel import CancelToken
from .errors import AppError, Cancelled, InputError, NetworkError, ResponseError
from .lazy import lazy_module
from .providers.base import HttpRequest, HttpResponse

if TYPE_CHECKING:
    import http.client as http_client
    import ssl

    import requests
    import urllib3.exceptions as u3
else:  # imported when the first request is sent, not when the window starts (core/lazy.py); the
    # window imports this module for the secret parameters' names
    requests = lazy_module("requests")
    u3 = lazy_module("urllib3.exceptions")
    http_client = lazy_module("http.client")
    ssl = lazy_module("ssl")

_POLL = 0.05  # seconds between cancel checks while a request is in flight
_CHUNK = 64 * 1024
# The largest answer a vendor gives is a 20-page ID-card PDF with the face and the censored page
# image of every page (base64 JPEGs; AIGEN takes at most 10 MB a request): well under this.
MAX_ANSWER_BYTES = 128 * 1024 * 1024
_NO_PROXY = {"http": None, "https": None, "all": None}  # None: requests drops the environment's


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count // 1024} KB"


def _is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _goes_direct(url: str) -> bool:
    """Loopback and plain http never go through a proxy (it would see the key and the image)."""
    parts = urlsplit(url)
    return parts.scheme.lower() == "http" or _is_loopback(parts.hostname or "")


def check_endpoint(url: str) -> None:
    """Refuse an address that is not http(s) with a host, or plain http off this computer."""
    try:
        parts = urlsplit(str(url).strip())
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise InputError("input.bad_endpoint", "the address could not be parsed") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host:
        raise InputError("input.bad_endpoint",
                         f"expected https://host/..., got scheme {scheme or 'none'!r}"
                         + ("" if host else " and no host"))
    if scheme == "http" and not _is_loopback(host):
        raise InputError("input.insecure_endpoint", f"plain http to {host} refused; use https")
    if carries_secret(url):
        raise InputError("input.endpoint_secret", f"the address for {host} holds a user name, password "
                                                  "or key; keys belong in the keyring")


# Query parameters that may carry a secret (AIGEN accepts ?aigen_key=): never part of an endpoint.
SECRET_PARAMS = frozenset({"aigen_key", "key", "api_key", "apikey", "api-key", "x-aigen-key", "token",
                           "access_token", "secret", "api_secret", "password", "signature", "sig"})


def carries_secret(url: str) -> bool:
    """True when `url` has userinfo (user:password@) or a query parameter that may hold a key."""
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return False
    names = {name.lower() for name, _ in parse_qsl(parts.query, keep_blank_values=True)}
    return "@" in parts.netloc or bool(names & SECRET_PARAMS)


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (requests and urllib3 nest their causes)."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 32:
        current = todo.pop(0)
        if any(current is s for s in seen):
            continue
        seen.append(current)
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [a for a in getattr(current, "args", ()) if isinstance(a, BaseException)]
        todo.extend(e for e in linked if isinstance(e, BaseException))
    return seen


def _classify(exc: BaseException) -> tuple[str, bool]:
    """(catalogue code, may retry) for a failure of `requests`."""
    chain = _chain(exc)

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    if has(requests.exceptions.SSLError, ssl.SSLError, u3.SSLError):
        return "net.tls", False
    if has(u3.NewConnectionError, ConnectionRefusedError, u3.NameResolutionError):
        # (urllib3's NewConnectionError subclasses ConnectTimeoutError: test it first.)
        # The connection was never opened: nothing reached the service. Safe to try again.
        return "net.unreachable", True
    if has(requests.exceptions.Timeout, u3.TimeoutError, TimeoutError):
        return "net.timeout", False
    if has(requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError,
           u3.ProtocolError, http_client.IncompleteRead, http_client.RemoteDisconnected,
           ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
        return "net.dropped", False
    if has(requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
           requests.exceptions.InvalidSchema):
        return "input.bad_endpoint", False
    return "net.unreachable", False


class _Attempt:
    """One blocking `requests` call, the answer read to its end (or to the cap), in a daemon
    thread, so the caller can stop waiting."""

    def __init__(self, session: requests.Session, kwargs: dict, cap: int) -> None:
        self.session = session
        self.kwargs = kwargs
        self.cap = cap
        self.done = threading.Event()
        self.abandoned = False
        self.response: requests.Response | None = None
        self.body = b""
        self.too_large = False
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            response = self.session.request(**self.kwargs, stream=True)
            try:
                self.body = self._read(response)
            finally:
                response.close()
            self.response = response
        except BaseException as exc:  # noqa: BLE001 - handed over to the caller's thread
            self.error = exc
        finally:
            self.done.set()

    def _read(self, response: requests.Response) -> bytes:
        body = bytearray()
        for chunk in response.iter_content(_CHUNK):  # decompressed: a bomb is counted as it expands
            if self.abandoned:
                break
            body += chunk
            if len(body) > self.cap:
                self.too_large = True
                return b""  # refused: never kept, never copied
        return bytes(body)


class HttpClient:
    """One `requests.Session` per client. Not meant for concurrent `send` calls on one client."""

    def __init__(self, timeout: float = 60.0, connect_timeout: float = 10.0, retries: int = 2,
                 backoff: float = 0.5, max_answer_bytes: int = MAX_ANSWER_BYTES) -> None:
        self.timeout = float(timeout)  # seconds for the whole call, retries included
        self.max_answer_bytes = int(max_answer_bytes)
        self.connect_timeout = float(connect_timeout)
        self.retries = max(0, int(retries))
        self.backoff = max(0.0, float(backoff))
        self._lock = threading.Lock()
        self._session = self._new_session()

    @staticmethod
    def _new_session() -> requests.Session:
        session = requests.Session()
        session.verify = True
        return session

    def close(self) -> None:
        with self._lock:
            self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def send(self, request: HttpRequest, cancel: CancelToken | None = None) -> HttpResponse:
        """Send `request`; any HTTP status is returned. Raises `InputError` (refused before
        sending), `NetworkError` or `Cancelled`."""
        check_endpoint(request.url)
        token = cancel if cancel is not None else CancelToken()
        deadline = time.monotonic() + self.timeout
        attempt = 0
        while True:
            token.raise_if_cancelled()
            pause = self.backoff * (2 ** attempt)
            try:
                response = self._send_once(request, token, deadline)
            except _RetryableFailure as failure:
                if attempt >= self.retries or time.monotonic() + pause >= deadline:
                    raise failure.error from None
            else:
                no_time = time.monotonic() + pause >= deadline  # no time left for another try
                if not (500 <= response.status <= 599) or attempt >= self.retries or no_time:
                    return response
            if token.wait(pause):
                raise Cancelled()
            attempt += 1

    def _timed_out(self, request: HttpRequest) -> NetworkError:
        host = urlsplit(request.url).hostname or "?"
        return NetworkError("net.timeout", f"{request.method} {host}: no complete answer within "
                                           f"{self.timeout:g} s")

    def _send_once(self, request: HttpRequest, token: CancelToken, deadline: float) -> HttpResponse:
        remaining = max(0.001, deadline - time.monotonic())
        headers = dict(request.headers)
        body = request.body if not request.files else None  # `json` written already (base64_json)
        if body is not None and not any(name.lower() == "content-type" for name in headers):
            headers["Content-Type"] = "application/json"  # what requests says for json=
        kwargs = {
            "method": request.method,
            "url": request.url,
            "headers": headers,
            "params": dict(request.params) or None,
            "json": request.json if body is None else None,
            "data": body,
            "files": request.files,
            "auth": request.auth,
            "timeout": (min(self.connect_timeout, remaining), remaining),
            "verify": True,  # always; there is deliberately no way to change this
            "allow_redirects": False,  # a redirect would re-send the key and image elsewhere
        }
        if _goes_direct(request.url):
            kwargs["proxies"] = dict(_NO_PROXY)
        with self._lock:
            session = self._session
        attempt = _Attempt(session, kwargs, self.max_answer_bytes)
        started = time.monotonic()
        worker = threading.Thread(target=attempt.run, name="http-send", daemon=True)
        worker.start()
        while not attempt.done.wait(min(_POLL, max(0.001, deadline - time.monotonic()))):
            if token.cancelled or time.monotonic() >= deadline:
                attempt.abandoned = True
                self._abandon(session)
                if token.cancelled:
                    raise Cancelled()
                raise self._timed_out(request)
        if token.cancelled:  # finished in the same instant: the clerk still asked to stop
            raise Cancelled()
        elapsed = time.monotonic() - started
        if attempt.error is not None:
            raise self._map_error(attempt.error, request)
        if attempt.too_large:
            host = urlsplit(request.url).hostname or "?"
            raise ResponseError("resp.too_large", f"{request.method} {host}: the answer is over "
                                                  f"{_size(self.max_answer_bytes)}")
        raw = attempt.response
        assert raw is not None
        return HttpResponse(status=raw.status_code, body=attempt.body, headers=dict(raw.headers),
                            elapsed=elapsed)

    def _abandon(self, session: requests.Session) -> None:
        """Stop using `session` (its worker may still be blocked in it) and start a fresh one."""
        with self._lock:
            if self._session is session:
                self._session = self._new_session()
        try:
            session.close()
        except Exception:  # noqa: BLE001 - closing a session in use may complain; nothing to do
            pass

    @staticmethod
    def _map_error(exc: BaseException, request: HttpRequest) -> BaseException:
        if not isinstance(exc, Exception) or isinstance(exc, AppError):
            return exc
        code, retryable = _classify(exc)
        host = urlsplit(request.url).hostname or "?"
        detail = f"{request.method} {host}: {type(exc).__name__}"
        error: AppError = (InputError(code, detail) if code.startswith("input.")
                           else NetworkError(code, detail))
        return _RetryableFailure(error) if retryable else error


class _RetryableFailure(Exception):
    """Internal: a failure before anything reached the service; `send` may try again."""

    def __init__(self, error: AppError) -> None:
        super().__init__(error.code)
        self.error = error
