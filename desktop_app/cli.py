"""The command line: `desktop-app` (the window), `desktop-app ocr`, `desktop-app key`, `providers`.

`desktop-app ocr` exit statuses: 0 complete result saved, 1 partial result saved (errors recorded),
2 bad input or usage (nothing sent), 3 the API or the network failed (nothing saved).
Every failure is one clear line on stderr (plus the Thai sentence when LANG is Thai), never a
traceback; an unexpected failure's traceback goes only to the log file, redacted.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .core.errors import AppError, describe
from .core.paths import log_file
from .core.redact import RedactingFilter, redact

PROG = "desktop-app"
LOW_CONFIDENCE = 0.90
SUBCOMMANDS = ("ocr", "key", "providers", "standin", "export", "report", "purge", "team")
QT_SYSTEM_PACKAGES = ("libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 "
                      "libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
                      "libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 "
                      "libxcb-randr0")
BUNDLE_SYSTEM_PACKAGES = "libgl1 libegl1"  # all a built bundle lacks: PyInstaller does not ship OpenGL

log = logging.getLogger("desktop_app.cli.crash")
log.propagate = False  # the traceback goes to the log file only, never to a console handler


class UsageError(Exception):
    """A command-line mistake: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line and lets `main` return 2 instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


# --- output helpers ---------------------------------------------------------------------------

def _thai() -> bool:
    return os.environ.get("LANG", "").lower().startswith("th")


def _say(text: str, stream: TextIO | None = None) -> None:
    """One line on stderr that never fails on an encoding that cannot show Thai."""
    stream = stream if stream is not None else sys.stderr
    text = _printable(redact(text))
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream, flush=True)


def _printable(text: str) -> str:
    """One terminal line: a file name holding a newline or an escape code cannot forge output."""
    from .core.checks.invisible import escape_controls

    return escape_controls(text)


def _report(exc: AppError) -> None:
    line = exc.message("en")
    if exc.detail:
        line += f" ({exc.detail})"
    _say(line)
    if _thai():
        _say(exc.message("th"))


def _report_code(code: str) -> None:
    info = describe(code)
    _say(info.en)
    if _thai():
        _say(info.th)


def _log_internal_error(exc: BaseException) -> Path | None:
    """Write the traceback to the log file, redacted; never to the terminal."""
    try:
        path = log_file()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        log.error("internal error in %s %s\n%s", PROG, __version__,
                  "".join(traceback.format_exception(exc)))
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


# --- entry point ------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .core.housekeeping import sweep_at_start

    sweep_at_start()  # what killed saves left in the data folder (never fails)
    try:
        if args and args[0] in SUBCOMMANDS:
            return _COMMANDS[args[0]](args[1:])
        return _gui(args)
    except UsageError as exc:
        _say(str(exc))
        return 2
    except AppError as exc:
        _report(exc)
        return exc.exit_status
    except KeyboardInterrupt:
        _report_code("cancelled")
        return 130
    except SystemExit as exc:  # --help and --version exit 0 through argparse
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback for the clerk
        where = _log_internal_error(exc)
        _report_code("internal")
        if where is not None:
            _say(f"Details were written to {where}")
        return 3


# --- the window -------------------------------------------------------------------------------

def _gui(argv: list[str]) -> int:
    parser = _Parser(prog=PROG, description="OCR Review Desk. Open FILEs in the window, or use a "
                     f"command: {', '.join(SUBCOMMANDS)} (`{PROG} COMMAND --help`).")
    parser.add_argument("files", nargs="*", metavar="FILE", help="images or review files to open")
    parser.add_argument("--provider", metavar="ID", help="OCR service to preselect")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # support: event-loop stalls over MS (default 100) to the log file (gui/stall_watch.py)
    parser.add_argument("--log-stalls", metavar="MS", type=int, default=None,
                        help="write each moment the window does not respond for over MS "
                             "milliseconds (default 100) to the log file, with what it was doing")
    ns = parser.parse_args(["--log-stalls=100" if a == "--log-stalls" else a for a in argv])
    try:
        from .gui.app import run
    except ImportError as exc:
        if not _is_qt_library_problem(exc):
            raise
        packages = BUNDLE_SYSTEM_PACKAGES if getattr(sys, "frozen", False) else QT_SYSTEM_PACKAGES
        _say(f"The window cannot start: {exc}. Install the system packages Qt needs "
             f"(Debian/Ubuntu): sudo apt-get install --no-install-recommends {packages}")
        return 2
    files = [str(Path(f)) for f in ns.files]
    if ns.log_stalls is None:
        return run(files, ns.provider)
    return run(files, ns.provider, log_stalls=ns.log_stalls)


def _is_qt_library_problem(exc: ImportError) -> bool:
    """PySide6 missing, or one of the system libraries it loads (libEGL.so.1, libxkbcommon...)."""
    text = str(exc)
    if isinstance(exc, ModuleNotFoundError):
        return (exc.name or "").split(".")[0] == "PySide6"
    return ".so" in text or "shared object" in text or "DLL load failed" in text


# --- desktop-app ocr --------------------------------------------------------------------------

def _ocr_parser() -> _Parser:
    parser = _Parser(prog=f"{PROG} ocr", description="Send one document to an OCR service and save the "
                     "review file. Exit status: 0 saved, 1 partial result saved, 2 bad input (nothing "
                     "sent), 3 the service or the network failed (nothing saved).")
    parser.add_argument("images", nargs="+", metavar="IMAGE",
                        help="the image (two for front + back); with --out-dir, any number of images, "
                             "PDFs and folders (front then back in pairs for a two-sided provider)")
    parser.add_argument("--provider", required=True, metavar="ID", help=f"see `{PROG} providers`")
    parser.add_argument("--endpoint", metavar="URL", help="override the service address")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a provider option (repeatable); lists are comma-separated")
    parser.add_argument("--timeout", type=_positive_float, default=60.0, metavar="SECONDS",
                        help="seconds to wait for the answer (default 60)")
    parser.add_argument("--out", metavar="FILE", help="where to save the review file (default: stdout)")
    parser.add_argument("--out-dir", metavar="DIR", help="one review file per document in DIR, "
                        "named <image name>.review.json (needed for several documents)")
    parser.add_argument("--jobs", type=_jobs, default=2, metavar="N",
                        help="requests in flight with --out-dir (default 2)")
    parser.add_argument("--fresh", action="store_true",
                        help="ask the service again even when its answer for this image is stored")
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


def _ocr(argv: list[str]) -> int:
    from .core import engine, reviewfile
    from .core.cache import ResponseCache
    from .core.checks import run_checks
    from .core.providers import get_provider

    ns = _ocr_parser().parse_args(argv)
    options = _parse_options(ns.option)
    provider = get_provider(ns.provider)  # InputError("input.provider") -> 2
    several = len(ns.images) > provider.image_count or any(Path(p).is_dir() for p in ns.images)
    if ns.out_dir is not None or several:
        return _ocr_many(ns, options, provider)
    out = _check_out(ns.out)
    if out is not None:
        reviewfile.ensure_replaceable(out, keep_clerk_work=True)  # before anything is sent
    job = engine.OcrJob(paths=[Path(os.path.abspath(p)) for p in ns.images], provider_id=provider.id,
                        options=options, endpoint=ns.endpoint, timeout=ns.timeout)
    _say_requests(provider, job.paths)
    document = engine.run_ocr(job, cache=ResponseCache(), fresh=ns.fresh)
    if document.ocr is not None and document.ocr.from_cache:
        _say(f"Reused the answer stored on {document.ocr.at}: nothing was sent (--fresh asks the service "
             "again).")
    run_checks(document)  # the review file carries each field's `checks` and `normalized`
    if document.simulated:
        source = "invented sample answers" if provider.simulated else f"the stand-in at {document.endpoint}"
        _say(f"SIMULATED results (demo): {source}, not real OCR.")
    not_stored = document.ocr.not_stored if document.ocr is not None else None
    if out is None:
        _write_stdout(reviewfile.dumps(document))
    else:
        try:  # checked again at write time: a clerk may have saved a review there meanwhile
            reviewfile.save(document, out, keep_clerk_work=True)
        except AppError as exc:
            _report(exc)
            if not_stored is None and document.ocr is not None:
                _say("The paid answer is stored: the same command with another --out reuses it, "
                     "nothing is sent again.")
            return exc.exit_status
    if not_stored is not None:
        _say(f"The answer could not be stored in the data folder ({not_stored}); it is kept in the "
             "review file" + (" written to stdout." if out is None else f" {out}."))
    _say(_summary(document, out))
    errors = _all_errors(document)
    for error in errors:
        where = f"page {error.page + 1}: " if error.page is not None else ""
        _say(f"{where}{error.message_en} [{error.code}]")
        if _thai():
            _say(f"{where}{error.message_th}")
    return 1 if errors else 0


def _say_requests(provider, paths: list[Path]) -> None:
    """Before sending: a file of several pages to a one-image service costs a request a page."""
    from .core.pagewise import requests_needed

    count = requests_needed(provider, paths)
    if count > 1:
        _say(f"{Path(paths[0]).name} has {count} pages and {provider.id} reads one page per request: "
             f"{count} requests (answers already stored are reused, not sent again).")


def _ocr_many(ns: argparse.Namespace, options: dict[str, str], provider) -> int:
    """Several documents (or --out-dir): one review file each, --jobs requests in flight."""
    from .cli_batch import run_batch

    if ns.out is not None:
        raise UsageError(f"{PROG} ocr: --out names one file; for several documents use --out-dir DIR")
    if ns.out_dir is None:
        raise UsageError(f"{PROG} ocr: several documents need --out-dir DIR (one review file each)")
    return run_batch(ns.images, provider.id, options, endpoint=ns.endpoint, timeout=ns.timeout,
                     out_dir=ns.out_dir, jobs=ns.jobs, fresh=ns.fresh, say=_say,
                     line=lambda text: _write_stdout(_printable(redact(text)) + "\n"), summary=_summary,
                     errors_of=_all_errors, thai=_thai())


def _all_errors(document) -> list:
    errors = list(document.errors)
    for page in document.pages:
        if page.error is not None and not any(e is page.error or e == page.error for e in errors):
            errors.append(page.error)
    return errors


def _summary(document, out: Path | None) -> str:
    from .core.checks import checks_summary

    fields = [f for _, f in document.all_fields()]
    low = sum(1 for f in fields if f.confidence is not None and f.confidence < LOW_CONFIDENCE)
    missing = sum(1 for f in fields if f.missing)
    errors = len(_all_errors(document))
    check_errors, check_warnings = checks_summary(document)
    where = f"Saved {out}" if out is not None else "Wrote the review file to stdout"
    plural = "s" if len(document.pages) != 1 else ""
    return (f"{where}: {len(document.pages)} page{plural}, {len(fields)} fields, "
            f"{low} below {LOW_CONFIDENCE:.2f} confidence, {missing} missing, {errors} errors; "
            f"checks: {check_errors} errors, {check_warnings} warnings.")


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:  # a replaced stdout (tests): text is fine
        sys.stdout.write(text)
        sys.stdout.flush()


# --- desktop-app key --------------------------------------------------------------------------

def _key(argv: list[str]) -> int:
    parser = _Parser(prog=f"{PROG} key", description="Store or delete API keys in the system keyring.")
    parser.add_argument("action", choices=("set", "delete"))
    parser.add_argument("target", metavar="PROVIDER", help="a vendor (aigen, cvvn) or a provider id")
    ns = parser.parse_args(argv)
    from .core import secrets

    if ns.action == "set":
        return secrets.set_key_interactive(ns.target)
    names = secrets.vendor_credentials(ns.target)  # InputError("input.provider") -> 2
    for name in names:
        secrets.delete_secret(name)
    if names:
        _say(f"Deleted {', '.join(names)} from the system keyring (service {secrets.SERVICE!r}).")
        still = [secrets.ENV_VARS[n] for n in names if os.environ.get(secrets.ENV_VARS[n])]
        if still:
            _say(f"Note: {', '.join(still)} is still set in the environment.")
    else:
        _say(f"{ns.target} needs no key.")
    return 0


# --- desktop-app providers --------------------------------------------------------------------

def _providers(argv: list[str]) -> int:
    _Parser(prog=f"{PROG} providers", description="List the OCR services.").parse_args(argv)
    from .core.providers import all_providers
    from .core.secrets import ENV_VARS

    rows = []
    for p in all_providers():
        if p.credential_names:
            creds = ", ".join(f"{n} ({ENV_VARS.get(n, '?')})" for n in p.credential_names)
        else:
            creds = "no key"
        title = p.title_en + ("  [SIMULATED]" if p.simulated else "")
        rows.append((p.id, title, creds))
    width = max(len(r[0]) for r in rows)
    title_width = max(len(r[1]) for r in rows)
    for pid, title, creds in rows:
        _write_stdout(f"{pid:<{width}}  {title:<{title_width}}  {creds}\n")
    return 0


# --- desktop-app standin ----------------------------------------------------------------------

def _standin(argv: list[str]) -> int:
    from .standin.__main__ import main as standin_main

    return int(standin_main(argv) or 0)


# --- desktop-app export / report / purge (cli_export.py, cli_purge.py) ------------------------

def _export(argv: list[str]) -> int:
    from .cli_export import run_export

    return run_export(argv, _Parser, PROG, _say)


def _report_html(argv: list[str]) -> int:
    from .cli_export import run_report

    return run_report(argv, _Parser, PROG, _say)


def _purge(argv: list[str]) -> int:
    from .cli_purge import run_purge

    return run_purge(argv, _Parser, PROG, _say)


# --- desktop-app team (cli_team.py) ----------------------------------------------------------------

def _team(argv: list[str]) -> int:
    from .cli_team import main as team_main

    return team_main(argv)


_COMMANDS = {"ocr": _ocr, "key": _key, "providers": _providers, "standin": _standin,
             "export": _export, "report": _report_html, "purge": _purge, "team": _team}
