"""`desktop-app ocr`: one document (or, with --out-dir, many: cli_batch.py) through the document
session of the core (core/desk.py), the job built from the clerk's saved preferences (the window's
endpoints, options, timeout and thresholds; core/preferences.py), each overridden by the command line.

Exit statuses: 0 complete result saved, 1 partial result saved (errors recorded), 2 bad input or
usage (nothing sent), 3 the API or the network failed (nothing saved).
"""

from __future__ import annotations

import argparse
import gc
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from . import leaving
from .cli_language import add_option as add_language_option
from .cli_language import error_lines
from .cli_say import (
    PROG,
    UsageError,
    _clerk_language,
    _Parser,
    _printable,
    _report,
    _say,
    _say_words,
    _write_stdout,
    set_language,
)
from .core import words
from .core.errors import AppError
from .core.redact import redact

if TYPE_CHECKING:  # the checks load on first use: `desktop-app` (the window) starts without them
    from .core.attention import Thresholds


def _ocr_parser() -> _Parser:
    parser = _Parser(prog=f"{PROG} ocr", description="Send one document to an OCR service and save the "
                     "review file. Exit status: 0 saved, 1 partial result saved, 2 bad input (nothing "
                     "sent), 3 the service or the network failed (nothing saved).")
    parser.add_argument("images", nargs="+", metavar="IMAGE",
                        help="the image (two for front + back); with --out-dir, any number of images, "
                             "PDFs and folders (front then back in pairs for a two-sided provider)")
    parser.add_argument("--provider", required=True, metavar="ID", help=f"see `{PROG} providers`")
    parser.add_argument("--endpoint", metavar="URL", help="override the service address (default: the "
                        "one saved in the window's Settings, else the service's own)")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a provider option (repeatable); lists are comma-separated; added to the "
                             "options chosen in the window")
    parser.add_argument("--timeout", type=_positive_float, default=None, metavar="SECONDS",
                        help="seconds to wait for the answer (default: the window's setting, else 60)")
    parser.add_argument("--out", metavar="FILE", help="where to save the review file (default: stdout)")
    parser.add_argument("--out-dir", metavar="DIR", help="one review file per document in DIR, "
                        "named <image name>.review.json (needed for several documents)")
    parser.add_argument("--jobs", type=_jobs, default=2, metavar="N",
                        help="requests in flight with --out-dir (default 2)")
    parser.add_argument("--fresh", action="store_true",
                        help="ask the service again even when its answer for this image is stored")
    add_language_option(parser)
    return parser


def _jobs(text: str) -> int:
    from .cli_batch import MAX_JOBS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_JOBS}: {text!r}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def _parse_options(pairs: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"{PROG} ocr: --option takes NAME=VALUE, not {pair!r}")
        options[name.strip()] = value.strip()
    return options


def _check_out(out: str | None) -> Path | None:
    """Refuse an output path that cannot be written before anything is sent (and paid for)."""
    if out is None:
        return None
    from .core.files import is_special

    path = Path(out)
    if path.is_dir():
        raise UsageError(f"{PROG} ocr: --out {out} is a folder; give a file name")
    if is_special(path):  # a FIFO would hang the program, a device swallow the review
        raise UsageError(f"{PROG} ocr: --out {out} is not a regular file; give a file name")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{PROG} ocr: the folder of --out {out} does not exist")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"{PROG} ocr: the folder of --out {out} is not writable")
    return path


def run_ocr_command(argv: list[str]) -> int:
    """One document with Python's cyclic garbage collector paused: the run is short, what it
    allocates is freed by reference counting, and the collector's passes over every imported
    module's objects were ~4% of the command's instructions (issue 12). Many documents run with it
    (`_ocr_many`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run_ocr_command(argv)
    finally:
        (gc.enable if was_enabled else gc.disable)()


def _run_ocr_command(argv: list[str]) -> int:
    from .core import desk, heap
    from .core.cache import ResponseCache
    from .core.preferences import Preferences
    from .core.providers import get_provider

    ns = _ocr_parser().parse_args(argv)
    set_language(ns.language)
    options = _parse_options(ns.option)
    provider = get_provider(ns.provider)  # InputError("input.provider") -> 2
    preferences = Preferences()  # the clerk's, as the window saved them
    several = len(ns.images) > provider.image_count or any(Path(p).is_dir() for p in ns.images)
    job = preferences.job_for([] if several else ns.images, provider.id, options=options,
                              endpoint=ns.endpoint, timeout=ns.timeout)
    heap.freeze()  # the imports' objects live as long as the process: out of the collector's scans
    if ns.out_dir is not None or several:
        return _ocr_many(ns, job, preferences.thresholds())
    out = _check_out(ns.out)
    if out is not None:
        desk.check_replaceable(out, by_clerk=False)  # before anything is sent
    _say_requests(provider, job.paths)
    warming: list[bool] = []  # one warm-up, also when a PDF is sent a page at a time

    def warm_while_waiting() -> None:
        if not warming:
            warming.append(True)
            _warm_checks(provider.doc_type)

    document = desk.read_document(job, cache=ResponseCache(), fresh=ns.fresh,  # checked
                                  before_send=warm_while_waiting)
    if document.ocr is not None and document.ocr.from_cache:
        _say_words(words.text("cli.reused", at=document.ocr.at))
    if document.simulated:
        _say_words(words.text("cli.simulated_samples") if provider.simulated
                   else words.text("cli.simulated_standin", endpoint=document.endpoint))
    not_stored = document.ocr.not_stored if document.ocr is not None else None
    if out is None:
        from .core import reviewfile

        _write_stdout(reviewfile.dumps(document))
    else:
        try:  # checked again at write time: a clerk may have saved a review there meanwhile
            desk.save_result(document, out, by_clerk=False)
        except AppError as exc:
            _report(exc)
            if not_stored is None and document.ocr is not None:
                _say_words(words.text("cli.paid_answer_kept"))
            return exc.exit_status
    if not_stored is not None:
        _say_words(words.text("cli.not_stored_stdout", why=not_stored) if out is None
                   else words.text("cli.not_stored_file", why=not_stored, out=out))
    language = _clerk_language()
    _say(summary(document, out, preferences.thresholds(), language))
    errors = all_errors(document)
    for line in (line for error in errors for line in error_lines(error, language)):
        _say(line)
    leaving.without_teardown()  # all is written (atomically, fsync'ed) and said
    return 1 if errors else 0


def _warm_checks(doc_type: str) -> None:
    """The checks' modules and tables load on a thread of their own while the answer is awaited
    (core/checks/warm_up.py); not a daemon: the process ends after it. Started as the request goes
    out (engine.run_ocr's `before_send`): started earlier, it took turns for the interpreter with
    the image's preparation and the HTTP stack's import, and was done before the wait began
    (issue 12). By then the core's modules are imported: two threads importing the same modules
    in another order could meet in an import cycle."""
    from .core.checks.warm_up import warm

    threading.Thread(target=warm, args=(doc_type,), name="checks-warm-up").start()


def _say_requests(provider, paths: list[Path]) -> None:
    """Before sending: a file of several pages to a one-image service costs a request a page."""
    from .core.pagewise import requests_needed

    count = requests_needed(provider, paths)
    if count > 1:
        _say_words(words.text("cli.pages_cost", name=Path(paths[0]).name, provider=provider.id,
                              pages=words.text("count.pages", count=count),
                              requests=words.text("count.requests", count=count)))


def _ocr_many(ns: argparse.Namespace, template, thresholds: Thresholds) -> int:
    """Several documents (or --out-dir): one review file each, --jobs requests in flight."""
    from .cli_batch import run_batch

    if ns.out is not None:
        raise UsageError(f"{PROG} ocr: --out names one file; for several documents use --out-dir DIR")
    if ns.out_dir is None:
        raise UsageError(f"{PROG} ocr: several documents need --out-dir DIR (one review file each)")
    gc.enable()  # a batch may run for hours: its cycles are collected as they come
    language = _clerk_language()
    return run_batch(ns.images, template, out_dir=ns.out_dir, jobs=ns.jobs, fresh=ns.fresh, say=_say,
                     line=lambda text: _write_stdout(_printable(redact(text)) + "\n"),
                     summary=lambda document, out: summary(document, out, thresholds, language),
                     errors_of=all_errors, language=language, thresholds=thresholds)


def all_errors(document) -> list:
    errors = list(document.errors)
    for page in document.pages:
        if page.error is not None and not any(e is page.error or e == page.error for e in errors):
            errors.append(page.error)
    return errors


def summary(document, out: Path | None, thresholds: Thresholds | None = None, language: str = "en") -> str:
    """One line on what was saved, in `language`; fields below their confidence threshold counted
    with the clerk's thresholds (a global one, stricter or looser per field)."""
    from .cli_language import summary as said

    return said(document, out, len(all_errors(document)), thresholds, language)
