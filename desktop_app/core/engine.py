"""One OCR run, start to finish, with no Qt: prepare -> send -> store verbatim -> parse -> document.

The window runs `run_ocr` on a worker thread; `desktop-app ocr` runs it directly. Both get the
same `Document`, or an `AppError` whose `exit_status` says what kind of failure it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import pagewise
from .cache import ResponseCache, cache_key
from .decode_gate import decoding
from .errors import AppError, InputError, ResponseError
from .http import CancelToken, HttpClient, check_endpoint
from .lazy import lazy_module
from .model import Document, OcrRecord, Page, PageError, Source
from .pages import page_sizes
from .providers import get_provider
from .providers.base import Credentials, HttpResponse
from .review import now_iso
from .secrets import load_credentials

if TYPE_CHECKING:
    from . import imageprep
else:  # PIL with it: at the first document sent, not when the window starts (issue 12)
    imageprep = lazy_module("desktop_app.core.imageprep")


@dataclass
class OcrJob:
    """The files to read as one document, with which provider, options and endpoint."""

    paths: list[Path]
    provider_id: str
    options: dict[str, Any] = field(default_factory=dict)
    endpoint: str | None = None  # None: the provider's default
    timeout: float = 60.0


class NotSent(Exception):
    """`run_ocr(send=False)` found no stored answer: nothing was sent."""


def run_ocr(job: OcrJob, *, credentials: Credentials | None = None, cancel: CancelToken | None = None,
            client: HttpClient | None = None,
            on_response: Callable[[HttpResponse], None] | None = None,
            cache: ResponseCache | None = None, fresh: bool = False, page: int | None = None,
            refreshed: set[str] | None = None, send: bool = True,
            before_send: Callable[[], None] | None = None) -> Document:
    """Run one document through one provider.

    `cache`: the answer is looked up first (unless `fresh`): a hit is parsed with no HTTP request
    and the record says `from_cache`; on a miss the 2xx answer is stored the moment it arrives,
    before anything else (see core/cache.py). No key is needed for a hit.
    `refreshed` (a batch's shared set): keys asked afresh in this batch; a fresh run reuses those,
    so the same scan twice in a `--fresh` batch is paid for once.
    `send=False`: answer from the cache only, else raise `NotSent` (a batch whose key was refused).
    `page` (0-based): send only that page of the (single) source; the document returned has that
    one page, indexed as in the whole document (merge it with `merge_page`).
    `before_send` is called once a request is built, right before it is sent (not for a stored
    answer): the command line starts loading the checks there, to run while the answer is awaited.
    `on_response` is called with the verbatim answer (also a cached one) before parsing, so a
    caller can persist it (nothing the API said, and nothing paid for, is ever lost).
    Raises `InputError` (nothing sent), `NetworkError`, `ApiError`, `ResponseError`, `Cancelled`.
    A partly failed answer returns a document with `errors` set.
    """
    provider = get_provider(job.provider_id)
    if len(job.paths) != provider.image_count:
        raise InputError("input.image_count",
                         f"{provider.id} takes {provider.image_count} image(s), got {len(job.paths)}")
    if page is not None and provider.image_count != 1:
        raise InputError("input.image_count", f"{provider.id} reads both sides together; no page is "
                                              "sent alone")
    endpoint = job.endpoint or provider.default_endpoint
    check_endpoint(endpoint)
    options = normalise_options(provider, job.options)
    if page is None and pagewise.reads_one_page(provider):
        count = pagewise.requests_needed(provider, job.paths)
        if count > 1:  # one request a page: every page is read or carries its error (core/pagewise.py)
            return pagewise.run_each_page(
                lambda index: run_ocr(job, credentials=credentials, cancel=cancel, client=client,
                                      on_response=on_response, cache=cache, fresh=fresh, page=index,
                                      refreshed=refreshed, send=send, before_send=before_send),
                Path(job.paths[0]), count)
    with decoding():  # one decode at a time: a batch's memory does not grow with --jobs
        images = [imageprep.prepare(Path(p), accepts_pdf=provider.accepts_pdf, page=page) for p in job.paths]
    if cancel is not None:
        cancel.raise_if_cancelled()
    # The demo's in-process stand-in listens on a new port each run: its address is not its identity.
    key_endpoint = "simulated:" + provider.id if provider.simulated else endpoint
    key = cache_key(provider.id, key_endpoint, options, images, page) if cache is not None else None
    stored = False  # did this call put its answer into the cache (a replay counts as stored)?
    not_stored: str | None = None  # why a paid answer could not be stored (said to the clerk)
    previous: bytes | None = None  # a fresh call's earlier, paid answer, put back if the new one fails
    with cache.claim(key) if cache is not None and key is not None else contextlib.nullcontext():
        reusable = cache is not None and key is not None and (not fresh or key in (refreshed or ()))
        # fresh: only what this very batch paid for
        hit = cache.get(key) if reusable and cache is not None and key is not None else None
        if hit is not None:
            response, answered_at = hit.response, hit.stored_at or now_iso()
            stored = True
        elif not send:
            raise NotSent(job.paths[0].name)
        else:
            response = _send(provider, images, options, credentials, endpoint, job, client, cancel,
                             before_send)
            answered_at = now_iso()
            if cache is not None and key is not None:
                previous = cache.raw(key) if fresh else None
                try:
                    stored = cache.put(key, response)  # first thing: on disk before parsing can fail
                    if stored and fresh and refreshed is not None:
                        refreshed.add(key)
                except AppError as exc:  # a full disk must not cost the answer: the record keeps it
                    not_stored = exc.detail or exc.code
    if on_response is not None:
        on_response(response)
    record = OcrRecord(at=answered_at, http_status=response.status, response_text=response.text,
                       sent=[img.sent(i) for i, img in enumerate(images)],
                       elapsed_seconds=round(response.elapsed, 3), from_cache=hit is not None,
                       not_stored=not_stored)
    try:
        result = provider.parse(response, images)
    except Exception as exc:  # keep the verbatim answer on the error for the record
        if stored and cache is not None and key is not None:
            # an answer that reads as an error is never replayed; but a failed fresh call (a 429 or
            # a 5xx, never stored; an HTTP 200 with an error code, stored) must not cost the
            # earlier answer that was paid for
            if previous is not None:
                cache.restore(key, previous)
            else:
                cache.discard(key)
        if not isinstance(exc, AppError):  # a stored answer this program cannot read: said, not a crash
            raise ResponseError("resp.shape", f"{type(exc).__name__} while reading the answer",
                                http_status=response.status, response_text=response.text) from exc
        if exc.response_text is None:
            exc.response_text = response.text
        raise
    if page is not None:
        _renumber(result.pages, result.errors, page)
    sources = [Source(path=str(img.path), sha256=img.sha256, width=img.original_width,
                      height=img.original_height, page_count=len(img.pages)) for img in images]
    if page is not None:  # one page was sent: describe the whole source
        sizes = page_sizes(images[0].path)
        sources = [Source(path=sources[0].path, sha256=sources[0].sha256, width=sizes[0][0],
                          height=sizes[0][1], page_count=len(sizes))]
    return Document(doc_type=result.doc_type or provider.doc_type, sources=sources, provider_id=provider.id,
                    endpoint=endpoint, options=options, pages=result.pages, errors=result.errors,
                    ocr=record, simulated=provider.simulated or answered_by_stand_in(response))


SIMULATION_HEADER = "x-simulation"  # the stand-in marks every answer it gives (standin/http_plumbing.py)


def answered_by_stand_in(response: HttpResponse) -> bool:
    """A real provider pointed at the stand-in still produced simulated results."""
    return any(name.lower() == SIMULATION_HEADER for name in response.headers)


def _send(provider: Any, images: list, options: dict[str, Any], credentials: Credentials | None,
          endpoint: str, job: OcrJob, client: HttpClient | None, cancel: CancelToken | None,
          before_send: Callable[[], None] | None = None) -> HttpResponse:
    if credentials is None:
        credentials = load_credentials(provider)
    request = provider.build_request(images, options, credentials, endpoint)
    own_client = client is None
    client = client or HttpClient(timeout=job.timeout)
    try:
        if before_send is not None:
            before_send()
        return client.send(request, cancel=cancel)
    finally:
        if own_client:
            client.close()


def _renumber(pages: list[Page], errors: list[PageError], page: int) -> None:
    """A page sent alone comes back as page 0: give it (and its errors) its place in the source."""
    for item in pages:
        item.index = item.source_page = page
    for error in errors:
        error.page = page


def standing_alone(document: Document) -> Document:
    """A document read from one page of a longer file, to be reviewed on its own (not merged into
    a whole-file document): its pages are numbered by position again; `source_page` still says
    which page of the file each one shows."""
    positions = {page.index: position for position, page in enumerate(document.pages)}
    for position, page in enumerate(document.pages):
        page.index = position
        if page.error is not None:
            page.error.page = position
    own = [id(page.error) for page in document.pages]
    for error in document.errors:
        if error.page is not None and id(error) not in own:  # a page's own error was done above
            error.page = positions.get(error.page, error.page)
    return document


def read_page(document: Document, index: int, *, credentials: Credentials | None = None,
              cancel: CancelToken | None = None, client: HttpClient | None = None,
              cache: ResponseCache | None = None, fresh: bool = False, timeout: float = 60.0,
              on_response: Callable[[HttpResponse], None] | None = None) -> Document:
    """Send page `index` of `document` alone again and return what it read: a document of that one
    page (indexed as in the source), for `merge_page`. `document` itself is not touched.
    Refused (`input.changed`, nothing sent) when the source file is no longer the one read."""
    if not 0 <= index < len(document.pages):
        raise InputError("input.no_such_page", f"the document has {len(document.pages)} page(s), "
                                               f"not {index + 1}")
    target = document.pages[index]
    source = document.sources[target.source]
    path = Path(source.path)
    try:
        import hashlib  # at first use: not at the window's start (issue 12)

        current = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        raise InputError("input.not_found", f"{path.name}: the file cannot be read") from None
    if current != source.sha256:
        raise InputError("input.changed", f"{path.name} is not the file this document was read from")
    # The demo's stand-in lives in this process, on a new port each run: use today's.
    endpoint = None if document.provider_id == "demo" else document.endpoint
    job = OcrJob(paths=[path], provider_id=document.provider_id, options=dict(document.options),
                 endpoint=endpoint, timeout=timeout)
    return run_ocr(job, credentials=credentials, cancel=cancel, client=client, cache=cache, fresh=fresh,
                   page=target.source_page, on_response=on_response)


def rerun_page(document: Document, index: int, **kwargs: Any) -> Document:
    """`read_page` merged into `document` in place (`merge_page`); returns `document`. (The window
    and the session read and merge separately: core/desk.py.)"""
    merge_page(document, read_page(document, index, **kwargs), index)
    return document


def merge_page(document: Document, part: Document, index: int) -> None:
    """Replace page `index` of `document` with the one page of `part` (a `read_page` result): its
    fields, errors and the answer that produced it (`Page.ocr`)."""
    swap_page(document, index, *placed_page(document, part, index))


def placed_page(document: Document, part: Document, index: int) -> tuple[Page, list[PageError]]:
    """The one page of `part` and its errors, numbered as page `index` of `document` (which is not
    touched): what `swap_page` puts in."""
    (new,) = part.pages
    old = document.pages[index]
    new.index, new.source, new.source_page = index, old.source, old.source_page
    new.ocr = part.ocr
    errors = list(part.errors)
    for error in errors:
        error.page = index
    if new.error is not None:
        new.error.page = index
    return new, errors


def swap_page(document: Document, index: int, page: Page, errors: list[PageError]) -> None:
    """Put `page` and its `errors` in place of page `index` and its errors (also an undo's way back)."""
    document.pages[index] = page
    document.errors = [e for e in document.errors if e.page != index] + list(errors)
    document.errors.sort(key=lambda e: (e.page is None, e.page or 0))


def normalise_options(provider, options: dict[str, Any]) -> dict[str, Any]:
    """Typed option values for `provider`; unknown names or bad values are an `InputError`."""
    specs = {spec.name: spec for spec in provider.options}
    typed: dict[str, Any] = {}
    for name, raw in options.items():
        spec = specs.get(name)
        if spec is None:
            raise InputError("input.option", f"{provider.id} has no option {name!r}; known: "
                             + (", ".join(specs) or "none"))
        typed[name] = option_value(spec, raw)
    return typed


def option_value(spec, raw: Any) -> Any:
    """The one conversion of an option value (as typed, stored or given on the command line) to
    its kind: bool, list of str, one of the choices, or str. A bad value is an `InputError`."""
    if spec.kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in {"1", "true", "yes", "on"}:
            return True
        if text in {"0", "false", "no", "off"}:
            return False
        raise InputError("input.option", f"option {spec.name} takes true or false, not {raw!r}")
    if spec.kind == "list":
        if isinstance(raw, list | tuple):
            return [str(v) for v in raw]
        return [part.strip() for part in str(raw).split(",") if part.strip()]
    if spec.kind == "choice":
        if str(raw) not in spec.choices:
            raise InputError("input.option", f"option {spec.name} takes one of {', '.join(spec.choices)}")
        return str(raw)
    return str(raw)

