"""What a folder batch left out, told to the clerk: one line per file and why (core/skipped.py),
in the message bar, in the clerk's language."""

from __future__ import annotations

from ..core.skipped import Skipped
from . import i18n
from .message_bar import MessageBar


def skipped_text(skipped: list[Skipped]) -> str:
    lines = "\n".join(left.line(i18n.language()) for left in skipped)
    return i18n.t("batch.skipped", n=len(skipped), files=lines)


def say_skipped(bar: MessageBar, skipped: list[Skipped]) -> None:
    """After the queue started: a warning listing every file left out."""
    if skipped:
        bar.show_message(skipped_text(skipped), "warning")


def add_to_error(bar: MessageBar, skipped: list[Skipped]) -> None:
    """Nothing to queue: the error shown, and under it why each file was left out."""
    if skipped:
        code = bar.code
        bar.show_message(f"{bar.text}\n{skipped_text(skipped)}", "error")
        bar.code = code
