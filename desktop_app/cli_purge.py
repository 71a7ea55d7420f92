"""`desktop-app purge [--older-than DAYS] [--drafts]`: remove the app's own personal data older
than the retention period (Settings › Retention, default 30 days; core/retention.py), temporary
files included. Unsaved drafts are never removed without asking: with `--drafts` each old one is
asked about on the terminal; without a terminal, none is removed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from .cli_language import add_option as add_language_option
from .cli_language import clerk_language
from .cli_say import set_language
from .core import retention, words
from .core.drafts import DraftInfo


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {text!r}") from None
    if not retention.MIN_DAYS - 1 <= value <= retention.MAX_DAYS:
        raise argparse.ArgumentTypeError(f"must be 0 to {retention.MAX_DAYS}: {text!r}")
    return value


def _ask(say: Callable[[str], None], language: str) -> Callable[[DraftInfo], bool] | None:
    if not sys.stdin.isatty():
        say(words.text("purge.no_terminal").get(language))
        return None

    def ask(info: DraftInfo) -> bool:
        when = info.saved_at or words.text("purge.unknown_time")
        say(words.text("purge.ask", title=info.title, when=when).get(language))
        return sys.stdin.readline().strip().lower() in ("y", "yes")

    return ask


def run_purge(argv: list[str], parser_class: type[argparse.ArgumentParser], prog: str,
              say: Callable[[str], None]) -> int:
    parser = parser_class(prog=f"{prog} purge", description="Remove stored answers, log entries and "
                          "temporary files older than the retention period. Review files are never "
                          "touched; unsaved drafts only with --drafts, after asking about each.")
    parser.add_argument("--older-than", type=_days, metavar="DAYS", default=None,
                        help=f"days to keep (default: Settings › Retention, else {retention.DEFAULT_DAYS};"
                             " 0 removes everything)")
    parser.add_argument("--drafts", action="store_true", help="ask about each old unsaved draft")
    add_language_option(parser)
    ns = parser.parse_args(argv)
    language = clerk_language(ns.language)
    set_language(ns.language)  # error sentences too (cli_say._report)
    days = retention.configured_days() if ns.older_than is None else ns.older_than
    result = retention.purge(days, ask_draft=_ask(say, language) if ns.drafts else None)
    say(result.summary(days, language))
    return 0
