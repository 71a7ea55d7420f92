"""`desktop-app ocr` with many documents: `--out-dir DIR`, `--jobs N` requests in flight.

Files and folders (a folder gives its images and PDFs, sorted by name) become one document each,
or one per pair (front then back) for a two-sided provider. Each review file is written to
`DIR/<image name>.review.json` (the front's name for a pair) the moment its document is done; two
documents that would get the same name, or a missing/unwritable folder, are refused before
anything is sent. One line per document on stdout:

    ok       IMAGE -> REVIEW FILE: 1 page, 25 fields, ...
    partial  IMAGE -> REVIEW FILE: ... (page 2: The service could not read this page. [aigen.page_failed])
    failed   IMAGE: The API credit for this key is used up. ... [http.429]
    skipped  notes.txt: not an image or PDF this program reads (.txt)

a summary on stderr, and `DIR/batch-summary.csv` (one line per document: file, status, pages,
fields needing attention, error; core/batch_summary.py). The exit status is the worst of the
batch: 0 all saved complete, 1 some partial, 2 bad input for some (nothing sent for those), 3 the
service or the network failed for some. Ctrl-C cancels what is in flight; what was saved stays saved (130).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core import desk, reviewfile, words
from .core.attention import Thresholds
from .core.batch import Batch, BatchItem, ItemState, jobs_like
from .core.batch_summary import write_summary
from .core.cache import ResponseCache
from .core.engine import OcrJob
from .core.errors import AppError, InputError
from .core.providers import get_provider
from .core.secrets import load_credentials
from .core.skipped import expand_with_skipped

MAX_JOBS = 16


def prepare_out_dir(out_dir: str) -> Path:
    """The output folder, created if needed; `InputError` when it cannot be written."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError("output.unwritable", f"--out-dir {out_dir} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError("output.unwritable", f"--out-dir {out_dir}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK):
        raise InputError("output.unwritable", f"--out-dir {out_dir} is not writable")
    return folder


def out_paths(jobs: list[OcrJob], folder: Path) -> list[Path]:
    """`folder/<first image's name>.review.json` per job; a clash is an `InputError`."""
    paths = [folder / reviewfile.review_path_for(job.paths[0]).name for job in jobs]
    seen: dict[Path, OcrJob] = {}
    for path, job in zip(paths, jobs, strict=True):
        if path in seen:
            raise InputError("input.image_count", f"{seen[path].paths[0]} and {job.paths[0]} would both be "
                                                  f"saved as {path.name}; give them different names")
        seen[path] = job
    return paths


def run_batch(inputs: list[str], template: OcrJob, *, out_dir: str, jobs: int, fresh: bool,
              say: Callable[[str], None], line: Callable[[str], None],
              summary: Callable[[Any, Path | None], str], errors_of: Callable[[Any], list],
              language: str = "en", thresholds: Thresholds | None = None) -> int:
    """Run the batch, each document's job shaped like `template` (provider, options, endpoint,
    timeout: core/preferences.py `job_for`); returns the worst exit status. `say` writes stderr
    lines in the clerk's `language` (error sentences in English too), `line` stdout lines (a listing
    in English); `thresholds` count the fields needing attention in the summary file."""
    provider = get_provider(template.provider_id)
    files, skipped = expand_with_skipped([Path(os.path.abspath(p)) for p in inputs])
    for left in skipped:  # every file given is read or said to be unread
        line(f"{'skipped':<8} {left.line()}")
        if language != "en":
            say(left.line(language))
    if not files:
        raise InputError("input.not_found", "no image or PDF in the given folders")
    queue = jobs_like(files, template)
    folder = prepare_out_dir(out_dir)
    targets = out_paths(queue, folder)
    _say_requests(queue, provider, say, language)
    try:
        credentials = load_credentials(provider)
    except AppError:
        credentials = None  # stored answers need no key; a document that must be sent will say so
    lock = threading.Lock()

    def done(item: BatchItem) -> None:
        try:
            saved(item)
        except Exception as exc:  # noqa: BLE001 - a bug in one save: that document fails, said
            item.state = ItemState.FAILED
            item.error = exc if isinstance(exc, AppError) else AppError("internal", type(exc).__name__)
            failed(item)

    def saved(item: BatchItem) -> None:
        document = item.document
        assert document is not None  # `done` is called for a finished item only (checked: core/desk.py)
        target = targets[item.index]
        try:
            desk.save_result(document, target, by_clerk=False)  # a review saved meanwhile stays
        except AppError as exc:
            item.state, item.error = ItemState.FAILED, exc
            failed(item)
            return
        problems = errors_of(document)
        status = "partial" if problems else "ok"
        text = summary(document, target).replace("Saved ", "-> ", 1)
        if document.ocr is not None and document.ocr.from_cache:
            text += f" (stored answer from {document.ocr.at} reused, nothing sent)"
        if document.simulated:
            text += " [SIMULATED]"
        if problems:
            text += " " + "; ".join(f"{'page ' + str(e.page + 1) + ': ' if e.page is not None else ''}"
                                    f"{e.message_en} [{e.code}]" for e in problems)
        with lock:
            line(f"{status:<8} {_name(item)} {text}")

    def failed(item: BatchItem) -> None:
        error = item.error
        detail = f" ({error.detail})" if error is not None and error.detail else ""
        message = error.message("en") if error is not None else "failed"
        with lock:
            line(f"{'failed':<8} {_name(item)}: {message}{detail} [{error.code if error else '?'}]")
            if language != "en" and error is not None:
                say(f"{_name(item)}: {error.message(language)}")

    target_of = {id(job): target for job, target in zip(queue, targets, strict=True)}

    def run_unless_it_would_overwrite(job: OcrJob, **kwargs: Any):
        # a newer, damaged or already reviewed file there fails this document before it is sent
        desk.check_replaceable(target_of[id(job)], by_clerk=False)
        return desk.read_document(job, **kwargs)

    batch = Batch(queue, concurrency=jobs, credentials=credentials, cache=ResponseCache(), fresh=fresh,
                  on_done=done, on_failed=failed, runner=run_unless_it_would_overwrite)
    try:
        batch.start()
        while not batch.wait(0.2):
            pass
    except KeyboardInterrupt:
        batch.cancel()
        batch.wait(30)
        write_summary(folder, batch.items, targets, errors_of, thresholds)
        _report(batch.items, say, skipped=len(skipped), language=language)
        raise
    summary_path = write_summary(folder, batch.items, targets, errors_of, thresholds)
    status = _report(batch.items, say, skipped=len(skipped), language=language)
    say(words.text("cli.batch_summary_file", path=summary_path).get(language))
    return status



def _say_requests(queue: list[OcrJob], provider: Any, say: Callable[[str], None],
                  language: str = "en") -> None:
    """Before sending: files of several pages to a one-image service cost a request a page."""
    from .core.pagewise import requests_needed

    paged = []
    total = 0
    for job in queue:
        try:
            count = requests_needed(provider, job.paths)
        except AppError:
            count = 1  # the document itself will say what is wrong with it
        total += count
        if count > 1:
            paged.append(f"{job.paths[0].name}: {words.text('count.pages', count=count).get(language)}")
    if paged:
        say(words.text("cli.batch_cost", documents=words.text("count.documents", count=len(queue)),
                       requests=words.text("count.requests", count=total), provider=provider.id,
                       paged="; ".join(paged)).get(language))


def _name(item: BatchItem) -> str:
    return " + ".join(path.name for path in item.job.paths)


def _report(items: list[BatchItem], say: Callable[[str], None], skipped: int = 0,
            language: str = "en") -> int:
    worst = 0
    counts = {"saved": 0, "partial": 0, "failed": 0, "cancelled": 0}
    for item in items:
        if item.state == ItemState.DONE and item.document is not None:
            partial = bool(item.document.errors) or any(p.error for p in item.document.pages)
            counts["partial" if partial else "saved"] += 1
            status = 1 if partial else 0
        elif item.state == ItemState.CANCELLED:
            counts["cancelled"] += 1
            status = 130
        else:
            counts["failed"] += 1
            status = item.error.exit_status if item.error is not None else 3
        worst = max(worst, status)
    cancelled = words.text("cli.batch_cancelled", count=counts["cancelled"]) if counts["cancelled"] else None
    say(words.text("cli.batch_done", documents=words.text("count.documents", count=len(items)),
                   saved=counts["saved"], partial=counts["partial"], failed=counts["failed"],
                   cancelled=cancelled or words.EMPTY,
                   skipped=words.text("cli.batch_skipped", count=skipped) if skipped else words.EMPTY
                   ).get(language))
    return worst
