"""Shared pieces of the field checks: the result type, check factories and text cleanup."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.model import Check, Severity
from desktop_app.core.words import Text

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

# Inputs longer than this are not worth parsing (a date, a plate or a number never is);
# the cap also keeps every regex and the edit distance cheap on pasted garbage.
MAX_LEN = 200


@dataclass
class FieldCheckResult:
    """What the checks found in one field's value, and the value normalised."""

    checks: list[Check] = field(default_factory=list)
    normalized: str | None = None


def clean(text: str) -> str:
    """Thai digits to ASCII, invisible characters out, whitespace collapsed.

    OCR sometimes writes sara am as nikhahit + sara aa (U+0E4D U+0E32); it is put back together
    so that e.g. province names compare equal.
    """
    text = text.translate(THAI_DIGITS).translate(_INVISIBLE).replace("\u0e4d\u0e32", "\u0e33")
    return " ".join(text.split())


def check(check_id: str, severity: Severity, message: Text, suggestion: str | None = None) -> Check:
    """A check saying `message` (from core/words.py: every language) about the field."""
    if not isinstance(message, Text):
        raise TypeError("a check's message is a words.Text (core/words_checks*.py), not a str")
    return Check(check_id, severity, message.en, message.th, suggestion, message.vi)


def error(check_id: str, message: Text, suggestion: str | None = None) -> Check:
    return check(check_id, Severity.ERROR, message, suggestion)


def warning(check_id: str, message: Text, suggestion: str | None = None) -> Check:
    return check(check_id, Severity.WARNING, message, suggestion)


def info(check_id: str, message: Text) -> Check:
    return check(check_id, Severity.INFO, message)
