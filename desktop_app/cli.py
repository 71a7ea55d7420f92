"""The command line: `desktop-app` (the window), `desktop-app ocr`, `desktop-app key`, `providers`.

`desktop-app ocr` exit statuses: 0 complete result saved, 1 partial result saved (errors recorded),
2 bad input or usage (nothing sent), 3 the API or the network failed (nothing saved).
Every failure is one clear line on stderr (plus the same sentence in the clerk's language when that
is Thai or Vietnamese: `--language`, the window's saved choice, or the locale; cli_language.py),
never a traceback; an unexpected failure's traceback goes only to the log file, redacted.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path

from . import __version__
from .cli_say import (  # noqa: F401 - the commands' shared words (cli_team.py, tests)
    PROG,
    UsageError,
    _Parser,
    _printable,
    _report,
    _report_code,
    _say,
    _write_stdout,
)
from .core.errors import AppError
from .core.logfile import write_error

SUBCOMMANDS = ("ocr", "key", "providers", "standin", "export", "report", "purge", "team")
QT_SYSTEM_PACKAGES = ("libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 "
                      "libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
                      "libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 "
                      "libxcb-randr0")
BUNDLE_SYSTEM_PACKAGES = "libgl1 libegl1"  # all a built bundle lacks: PyInstaller does not ship OpenGL

# `desktop-app ocr`'s own names, kept here for their callers (cli_team.py, tests); cli_ocr.py is
# imported when one is first read, not at the window's start (issue 12)
_FROM_CLI_OCR = ("_check_out", "_parse_options", "_positive_float", "run_ocr_command")

log = logging.getLogger("desktop_app.cli.crash")
log.propagate = False  # the traceback goes to the log file only, never to a console handler


def _log_internal_error(exc: BaseException) -> Path | None:
    """Write the traceback to the log file, redacted; never to the terminal."""
    return write_error(log, "internal error in %s %s\n%s", PROG, __version__,
                       "".join(traceback.format_exception(exc)))


# --- entry point ------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS and args[0] != "ocr":
        gc.enable()  # the front door paused it for the imports (entry.py); the window, to its first paint
    from .core.housekeeping import sweep_at_start
    from .demo import register_demo

    sweep_at_start()  # what killed saves left in the data folder (never fails)
    register_demo()  # the simulated demo provider is the front end's to offer, not the core's
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
    # support: event-loop stalls over MS (default 100) to the log file (gui/window/stall_watch.py)
    parser.add_argument("--log-stalls", metavar="MS", type=int, default=None,
                        help="write each moment the window does not respond for over MS "
                             "milliseconds (default 100) to the log file, with what it was doing")
    ns = parser.parse_args(["--log-stalls=100" if a == "--log-stalls" else a for a in argv])
    try:
        from .gui.window.app import run
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


# --- desktop-app ocr (cli_ocr.py, cli_batch.py) -----------------------------------------------

def _ocr(argv: list[str]) -> int:
    from .cli_ocr import run_ocr_command

    return run_ocr_command(argv)


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


def __getattr__(name: str) -> object:
    if name in _FROM_CLI_OCR:
        from . import cli_ocr

        return getattr(cli_ocr, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
