"""A queue of documents, OCR'd in the background with a few requests in flight (default 2).

    batch = Batch(jobs, concurrency=2, cache=ResponseCache(), on_done=show)
    batch.start()          # or batch.run() to block until every document is finished
    ...
    batch.cancel()         # queued documents are not started, in-flight ones are cancelled

Qt-free: callbacks run on the worker threads (the window turns them into signals):
`on_started(item)`, `on_done(item)` (item.document is set, already checked: core/desk.py),
`on_failed(item)` (item.error is set), `on_retry(item, error, delay)` before waiting out an
overload. Documents start in queue order. Every `freeze_every` documents read, the objects alive
are moved out of the cyclic collector's full scans (core/long_lived.py; process-wide: a caller
that drops the documents may collect what was frozen with them, `heap.thaw`).

Account errors (wrong key, key not allowed, credit used up: `ACCOUNT_CODES`): no further request
is sent; the other documents are answered from stored answers only, and those with none fail with
the same reason and "not sent" (retry them later).

Overload: when the service says it is overloaded (HTTP 503, AIGEN `40000`, any 5xx once the HTTP
client's own retries are spent), the whole queue pauses (no new request from any worker) for an
exponentially growing delay, and that document is tried again, at most `retries` times. Never for
429 (credit used up: waiting cannot help), 4xx, or timeouts (a second call could be billed twice;
docs/adr/0005-retries.md). Finished results are never lost by a cancel or by another's failure.
"""

from __future__ import annotations

import random
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import desk, engine
from .cache import ResponseCache
from .engine import OcrJob
from .errors import AppError, Cancelled, InputError
from .give_way import GiveWay
from .http import CancelToken, HttpClient
from .long_lived import LongLived
from .model import Document
from .pages import folder_files
from .providers import get_provider
from .providers.base import Credentials

if TYPE_CHECKING:
    from concurrent.futures import Future

DEFAULT_CONCURRENCY = 2
OVERLOADED_CODES = frozenset({"aigen.40000", "http.503", "http.502", "http.504", "http.5xx"})
NEVER_RETRIED_CODES = frozenset({"http.429", "cvvn.4"})
# The key is wrong or not allowed, or the credit is used up: every further request would fail the
# same way, so the queue sends no more (stored answers still come back; the rest fail "not sent").
ACCOUNT_CODES = frozenset({"http.401", "http.403", "http.429", "cvvn.4", "cvvn.5"})
# Every this many documents read, what is alive leaves the collector's full scans (core/long_lived.py:
# a full collection over a big batch's documents held the GIL 50-200 ms).
FREEZE_EVERY = 20


def is_overloaded(error: BaseException) -> bool:
    """True when the service said it is busy or broken for now (worth waiting for)."""
    if not isinstance(error, AppError) or error.code in NEVER_RETRIED_CODES:
        return False
    if error.code in OVERLOADED_CODES:
        return True
    return error.http_status is not None and 500 <= error.http_status <= 599


class ItemState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class BatchItem:
    """One document of a batch: its job, its state and, once read, its document."""

    index: int
    job: OcrJob
    state: ItemState = ItemState.QUEUED
    document: Document | None = None
    error: AppError | None = None
    attempts: int = 0  # requests made for it (0 when it never started)
    seconds: float = 0.0  # from its start to its end, waits included


class _Gate:
    """Shared pause: after an overload nobody starts a request until `resume_at`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._resume_at = 0.0

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._resume_at = max(self._resume_at, time.monotonic() + seconds)

    def wait(self, token: CancelToken) -> bool:
        """Wait for the pause to end; False when cancelled meanwhile."""
        while True:
            with self._lock:
                remaining = self._resume_at - time.monotonic()
            if remaining <= 0:
                return not token.cancelled
            if token.wait(remaining):
                return False


Runner = Callable[..., Document]


class Batch:
    def __init__(self, jobs: Iterable[OcrJob], *, concurrency: int = DEFAULT_CONCURRENCY,
                 credentials: Credentials | None = None, cache: ResponseCache | None = None,
                 fresh: bool = False, retries: int = 3, backoff: float = 2.0, max_backoff: float = 60.0,
                 client_factory: Callable[[OcrJob], HttpClient] | None = None,
                 on_started: Callable[[BatchItem], Any] | None = None,
                 on_done: Callable[[BatchItem], Any] | None = None,
                 on_failed: Callable[[BatchItem], Any] | None = None,
                 on_retry: Callable[[BatchItem, AppError, float], Any] | None = None,
                 runner: Runner | None = None, freeze_every: int = FREEZE_EVERY,
                 give_way: GiveWay | None = None) -> None:
        self.items = [BatchItem(index, job) for index, job in enumerate(jobs)]
        self.concurrency = max(1, int(concurrency))
        self.credentials = credentials
        self.cache = cache
        self.fresh = fresh
        self.retries = max(0, int(retries))
        self.backoff = max(0.0, float(backoff))
        self.max_backoff = max(self.backoff, float(max_backoff))
        self.client_factory = client_factory
        self.on_started, self.on_done = on_started, on_done
        self.on_failed, self.on_retry = on_failed, on_retry
        self.runner = runner or desk.read_document  # documents come back checked, once
        self._gate = _Gate()
        self._stop = CancelToken()
        self._lock = threading.Lock()
        self._tokens: dict[int, CancelToken] = {}
        self._thread: threading.Thread | None = None
        self._finished = threading.Event()
        self._error: BaseException | None = None
        self._account_error: AppError | None = None  # set once: nothing more is sent
        self._refreshed: set[str] = set()  # with `fresh`: answers this batch asked for anew
        self._kept = LongLived(freeze_every)  # the documents the items keep
        self.give_way = give_way  # the window's: each document's steps wait while it is busy

    # --- control ----------------------------------------------------------------------------------

    def run(self) -> list[BatchItem]:
        """Run every document (blocking) and return the items in queue order."""
        try:
            from concurrent.futures import (
                ThreadPoolExecutor,  # at first use: not at the window's start (issue 12)
            )

            with ThreadPoolExecutor(self.concurrency, thread_name_prefix="ocr-batch") as pool:
                futures: list[Future[None]] = [pool.submit(self._work, item) for item in self.items]
                for future in futures:
                    future.result()  # a callback's exception surfaces here, after the others finish
        finally:
            for item in self.items:
                if item.state in (ItemState.QUEUED, ItemState.RUNNING):
                    item.state = ItemState.CANCELLED
            self._finished.set()
        return self.items

    def start(self) -> None:
        """Run in a background thread; `wait()` or the callbacks tell when it is over."""
        def target() -> None:
            try:
                self.run()
            except BaseException as exc:  # noqa: BLE001 - kept for wait()
                self._error = exc

        self._thread = threading.Thread(target=target, name="ocr-batch", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """True once every document is finished (re-raises a callback's exception)."""
        done = self._finished.wait(timeout)
        if done and self._error is not None:
            raise self._error
        return done

    def cancel(self) -> None:
        """Start nothing new; cancel the requests in flight. Finished documents are kept."""
        self._stop.cancel()
        with self._lock:
            tokens = list(self._tokens.values())
        for token in tokens:
            token.cancel()

    @property
    def cancelled(self) -> bool:
        return self._stop.cancelled

    # --- one document -------------------------------------------------------------------------------

    def _work(self, item: BatchItem) -> None:
        token = CancelToken()
        with self._lock:
            self._tokens[item.index] = token
        if self._stop.cancelled:
            token.cancel()
        started = time.monotonic()
        try:
            self._attempts(item, token)
        finally:
            item.seconds = round(time.monotonic() - started, 3)
            with self._lock:
                self._tokens.pop(item.index, None)

    def _attempts(self, item: BatchItem, token: CancelToken) -> None:
        while True:
            if not self._gate.wait(token):
                item.state = ItemState.CANCELLED
                return
            refused = self._account_error  # then only stored answers: no request is sent
            if item.attempts == 0:
                item.state = ItemState.RUNNING
                _call(self.on_started, item)
            item.attempts += refused is None
            if self.give_way is not None:
                self.give_way.wait(token)  # before reading the file for its request
                if token.cancelled:  # Cancel Queue while it waited: nothing is read or sent
                    item.state = ItemState.CANCELLED
                    return
            try:
                item.document = self._run_once(item.job, token, send=refused is None)
            except engine.NotSent:
                assert refused is not None
                item.error = AppError(refused.code, "not sent: an earlier document was refused for this "
                                                    "key or account", http_status=refused.http_status)
                item.state = ItemState.FAILED
                _call(self.on_failed, item)
                return
            except Cancelled:
                item.state = ItemState.CANCELLED
                return
            except AppError as exc:
                if is_overloaded(exc) and item.attempts <= self.retries and not token.cancelled:
                    delay = min(self.max_backoff, self.backoff * 2 ** (item.attempts - 1))
                    delay *= random.uniform(0.8, 1.2)  # jitter: workers do not return in step
                    self._gate.pause(delay)
                    _call(self.on_retry, item, exc, delay)
                    continue
                if exc.code in ACCOUNT_CODES:
                    with self._lock:
                        self._account_error = self._account_error or exc
                item.error, item.state = exc, ItemState.FAILED
                _call(self.on_failed, item)
                return
            except Exception as exc:  # noqa: BLE001 - a bug must not take the other documents down
                item.error = AppError("internal", f"{type(exc).__name__}: {exc}")
                item.state = ItemState.FAILED
                _call(self.on_failed, item)
                return
            item.state = ItemState.DONE
            self._kept.kept()
            _call(self.on_done, item)
            return

    def _run_once(self, job: OcrJob, token: CancelToken, *, send: bool = True) -> Document:
        client = self.client_factory(job) if self.client_factory is not None else None
        # the answer is stored before `on_response`; reading it (parse, checks) waits its turn
        give_way = self.give_way
        extra: dict[str, Any] = ({} if give_way is None
                                 else {"on_response": lambda _answer: give_way.wait(token)})
        try:
            return self.runner(job, credentials=self.credentials, cancel=token, client=client,
                               cache=self.cache, fresh=self.fresh, refreshed=self._refreshed, send=send,
                               **extra)
        finally:
            if client is not None:
                client.close()


def _call(callback: Callable[..., Any] | None, *args: Any) -> None:
    if callback is not None:
        callback(*args)


# --- building the queue ---------------------------------------------------------------------------

def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder becomes its supported files (images, PDF), sorted by name."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        files.extend(folder_files(path) if path.is_dir() else [path])
    return files


_FRONT = frozenset({"front", "truoc", "mattruoc"})
_BACK = frozenset({"back", "sau", "matsau"})


def _name_tokens(path: Path) -> list[str]:
    """The file name's words, lower case, Vietnamese diacritics dropped ("Mặt_trước" -> mat, truoc)."""
    plain = unicodedata.normalize("NFKD", Path(path).stem.lower().replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [t for t in re.split(r"[^a-z0-9]+", plain) if t]


def side_of(path: Path) -> str | None:
    """"front" or "back" when the file's name says which side it is (front/back, trước/sau)."""
    tokens = _name_tokens(path)
    joined = {a + b for a, b in zip(tokens, tokens[1:], strict=False)}  # "mat", "truoc" -> "mattruoc"
    words = set(tokens) | joined
    front, back = bool(words & _FRONT), bool(words & _BACK)
    return "front" if front and not back else "back" if back and not front else None


def pair_sides(files: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Front/back pairs. When every name says its side, files pair by the rest of their names
    (`car1_back`, `car1_front` -> (front, back), in whatever order a folder lists them); otherwise
    they pair in the order given, a pair whose names say back then front being turned round."""
    sides = [side_of(f) for f in files]
    if all(sides):
        groups: dict[str, dict[str, list[Path]]] = {}
        for path, side in zip(files, sides, strict=True):
            rest = "-".join(t for t in _name_tokens(path) if t not in _FRONT | _BACK | {"mat"})
            groups.setdefault(rest, {}).setdefault(str(side), []).append(Path(path))
        if all(len(g.get("front", [])) == 1 and len(g.get("back", [])) == 1 for g in groups.values()):
            return [(g["front"][0], g["back"][0]) for g in groups.values()]
    pairs = [(Path(files[i]), Path(files[i + 1])) for i in range(0, len(files) - 1, 2)]
    return [(b, a) if (side_of(a), side_of(b)) == ("back", "front") else (a, b) for a, b in pairs]


def jobs_for(files: Sequence[Path], provider_id: str, *, options: dict[str, Any] | None = None,
             endpoint: str | None = None, timeout: float = 60.0) -> list[OcrJob]:
    """One job per file, or per front/back pair for a two-sided provider (`pair_sides`)."""
    count = get_provider(provider_id).image_count
    if len(files) % count:
        raise InputError("input.image_count", f"{provider_id} takes front and back in pairs; "
                                              f"{len(files)} files do not pair up")
    groups = pair_sides(files) if count == 2 else [(Path(f),) for f in files]
    return [OcrJob(paths=list(group), provider_id=provider_id, options=dict(options or {}),
                   endpoint=endpoint, timeout=timeout) for group in groups]


def jobs_like(files: Sequence[Path], template: OcrJob) -> list[OcrJob]:
    """`jobs_for` with the provider, options, endpoint and timeout of `template` (a job built from
    the clerk's preferences, core/preferences.py `job_for`)."""
    return jobs_for(files, template.provider_id, options=template.options, endpoint=template.endpoint,
                    timeout=template.timeout)
