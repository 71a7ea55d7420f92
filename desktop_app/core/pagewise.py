"""A file of several pages sent to a service that reads one image per request: one request a page.

AIGEN's vehicle book v1 answers with one flat list of fields (no pages), Computer Vision Vietnam
and the demo take one image a request: given a 3-page PDF or TIFF, each page is sent as its own
request, and the answers make one document of 3 pages (each page keeps the answer that produced it,
`Page.ocr`). `requests_needed` says how many requests that is before anything is sent, so the
clerk (window) and the command line can say what it costs.

At most 20 pages (as for a PDF sent whole) are sent this way; a longer file is refused before
anything is sent. A page that fails is kept as an empty page with its error (the document is
partial: exit 1), never left out. When every page fails, the first page's error is raised (nothing
to save, as for one image). After an account error (wrong key, credit used up) no further request
is sent: the pages left fail with that reason, "not sent". A cancel stops at once; the pages
already answered are in the cache, so running again replays them for free.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import AppError, Cancelled, InputError
from .model import Document, Page, PageError
from .pages import page_sizes
from .pdf import MAX_PDF_PAGES as MAX_PAGES  # the same limit as a PDF sent whole

# After these no further request can succeed (same set as core.batch.ACCOUNT_CODES)
_ACCOUNT_CODES = frozenset({"http.401", "http.403", "http.429", "cvvn.4", "cvvn.5"})


def reads_one_page(provider: Any) -> bool:
    """True for a service that takes one image per request (no PDF, one side)."""
    return provider.image_count == 1 and not provider.accepts_pdf


def requests_needed(provider: Any, paths: list[Path]) -> int:
    """How many requests reading `paths` with `provider` takes (before the cache is asked): one per
    page for a one-image service given one file of several pages, else one. Raises `InputError`."""
    if not reads_one_page(provider) or len(paths) != 1:
        return 1
    count = max(1, len(page_sizes(Path(paths[0]))))
    if count > MAX_PAGES:  # never hundreds of paid calls from one file by mistake
        raise InputError("input.too_many_pages", f"{Path(paths[0]).name} has {count} pages; at most "
                                                 f"{MAX_PAGES} are sent a page per request")
    return count


def page_error(exc: AppError, index: int, *, not_sent: bool = False) -> PageError:
    detail = exc.detail
    if not_sent:
        detail = "not sent: an earlier page was refused for this key or account"
    return PageError(code=exc.code, message_en=exc.message("en"), message_th=exc.message("th"),
                     retryable=exc.retry or not_sent, page=index, detail=detail, message_vi=exc.message("vi"))


def run_each_page(run_page: Callable[[int], Document], path: Path, count: int) -> Document:
    """Read pages 0..count-1 of `path` with `run_page(index)` (a `run_ocr(page=index)`) and join
    them into one document; see the module doc for failures."""
    parts: dict[int, Document] = {}
    failures: dict[int, PageError] = {}
    first_error: AppError | None = None
    refused: AppError | None = None
    for index in range(count):
        if refused is not None:
            failures[index] = page_error(refused, index, not_sent=True)
            continue
        try:
            parts[index] = run_page(index)
        except Cancelled:
            raise
        except AppError as exc:
            first_error = first_error or exc
            failures[index] = page_error(exc, index)
            if exc.code in _ACCOUNT_CODES:
                refused = exc
    if not parts:
        assert first_error is not None
        raise first_error
    sizes = page_sizes(path) if failures else []
    base = parts[min(parts)]
    pages: list[Page] = []
    errors: list[PageError] = []
    for index in range(count):
        part = parts.get(index)
        if part is None:
            width, height = sizes[index] if index < len(sizes) else (0, 0)
            error = failures[index]
            pages.append(Page(index=index, width=width, height=height, error=error, source=0,
                              source_page=index))
            errors.append(error)
            continue
        (page,) = part.pages
        page.index, page.source, page.source_page = index, 0, index
        page.ocr = part.ocr
        pages.append(page)
        errors.extend(part.errors)
    for error in errors:
        if error.page is None:
            error.page = next((p.index for p in pages if p.error is error), error.page)
    pages[min(parts)].ocr = None  # the first answer is the document's own (`Document.ocr`)
    record = base.ocr
    if record is not None:  # "reused, nothing sent" only when no page was sent
        record = replace(record, from_cache=all(p.ocr is None or p.ocr.from_cache for p in parts.values()))
    return Document(doc_type=base.doc_type, sources=base.sources, provider_id=base.provider_id,
                    endpoint=base.endpoint, options=base.options, pages=pages, errors=errors,
                    ocr=record, simulated=any(part.simulated for part in parts.values()))
