"""What every `desktop-app` subcommand shares: the program name, usage errors, one-line output.

Its own module so that `cli.py` and the subcommand modules (`cli_team.py`, ...) both import it
instead of each other (tests/test_architecture.py: no import cycles).
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from .core.redact import redact

PROG = "desktop-app"


class UsageError(Exception):
    """A command-line mistake: one line on stderr, exit status 2."""


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one line and lets `main` return 2 instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see `{self.prog} --help`)")


def say(text: str, stream: TextIO | None = None) -> None:
    """One line on stderr that never fails on an encoding that cannot show Thai."""
    stream = stream if stream is not None else sys.stderr
    text = printable(redact(text))
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream, flush=True)


def printable(text: str) -> str:
    """One terminal line: a file name holding a newline or an escape code cannot forge output."""
    from .core.checks.invisible import escape_controls

    return escape_controls(text)


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def parse_options(pairs: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"{PROG} ocr: --option takes NAME=VALUE, not {pair!r}")
        options[name.strip()] = value.strip()
    return options


def write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:  # a replaced stdout (tests): text is fine
        sys.stdout.write(text)
        sys.stdout.flush()
