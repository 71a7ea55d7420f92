"""The command line's language (en, th, vi): what `--language` says, else the language the clerk
chose in the window (its settings file, read without Qt), else the locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else English. docs/adr/0017-how-the-core-speaks-languages.md.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .core import words
from .core.ini_read import read_ini


def saved_language(path: Path | None = None) -> str | None:
    """The language the clerk chose in the window (its QSettings INI file, the one the retention
    period is read from); None when there is none, or no readable file."""
    if path is None:
        from .core.retention import settings_file

        path = settings_file()
    values = read_ini(path)  # the reader the preferences use (core/ini_read.py)
    # the old key was General/language: QSettings writes that group as [%General]
    for key in ("clerk/language", "General/language", "%General/language"):
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            return words.normalise(value.strip())
    return None


def clerk_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language `desktop-app` speaks in: `explicit`, else the saved choice, else the locale."""
    if words.normalise(explicit):
        return words.supported(explicit)
    return words.resolve(None, saved_language(), environ)


def add_option(parser: argparse.ArgumentParser) -> None:
    """`--language en|th|vi` on a subcommand."""
    parser.add_argument("--language", choices=words.LANGUAGES, metavar="LANG",
                        help="the language of the messages: en, th or vi (default: the window's "
                             "choice, else the locale)")


def summary(document: Any, out: Path | None, errors: int, thresholds: Any, language: str) -> str:
    """`desktop-app ocr`'s last line: what was saved and what it holds, counted in `language`;
    fields below their confidence threshold counted with `thresholds` (core/attention.py
    `Thresholds`: a global one, stricter or looser per field; None: the default)."""
    from .core.attention import Thresholds
    from .core.checks import checks_summary

    thresholds = thresholds or Thresholds()
    fields = [f for _, f in document.all_fields()]
    low = sum(1 for f in fields if f.confidence is not None
              and f.confidence < thresholds.for_field(document.doc_type, f))
    missing = sum(1 for f in fields if f.missing)
    check_errors, check_warnings = checks_summary(document)
    where = words.text("cli.saved_to", out=out) if out is not None else words.text("cli.saved_stdout")
    return words.text(
        "cli.summary", where=where, pages=words.text("count.pages", count=len(document.pages)),
        fields=words.text("count.fields", count=len(fields)), low=low,
        threshold=f"{thresholds.global_threshold:.2f}", missing=missing,
        errors=words.text("count.errors", count=errors),
        check_errors=words.text("count.errors", count=check_errors),
        check_warnings=words.text("count.warnings", count=check_warnings)).get(language)


def error_lines(error: Any, language: str) -> list[str]:
    """A page error's lines: English with its code, then the clerk's language unless English."""
    where = words.text("cli.page_prefix", page=error.page + 1) if error.page is not None else words.EMPTY
    lines = [f"{where.en}{error.message_en} [{error.code}]"]
    if language != "en":
        lines.append(f"{where.get(language)}{error.message(language)}")
    return lines
