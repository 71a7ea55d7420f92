"""What every `desktop-app` command says and how: one line on stderr that never fails on an
encoding that cannot show Thai, the sentence in the clerk's language too (`--language`, the
window's choice, the locale), argparse mistakes as one line (exit status 2), UTF-8 on stdout.
Shared by cli.py and the cli_*.py commands."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from .core.errors import AppError, describe
from .core.redact import redact
from .core.words import Text

PROG = "desktop-app"


class UsageError(Exception):
    """A command-line mistake: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line and lets `main` return 2 instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


# --- output helpers ---------------------------------------------------------------------------

_language: str | None = None  # a subcommand's `--language`, once parsed


def set_language(language: str | None) -> None:
    global _language
    _language = language


def _clerk_language() -> str:
    """`--language`, else the window's saved choice, else the locale (cli_language.py)."""
    from .cli_language import clerk_language

    return clerk_language(_language)


def _say_words(text: Text) -> None:
    """A message of the core's catalogue, in the clerk's language."""
    _say(text.get(_clerk_language()))


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
    language = _clerk_language()
    if language != "en":
        _say(exc.message(language))


def _report_code(code: str) -> None:
    info = describe(code)
    _say(info.en)
    language = _clerk_language()
    if language != "en":
        _say(info.text(language))


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:  # a replaced stdout (tests): text is fine
        sys.stdout.write(text)
        sys.stdout.flush()
