"""Shared pieces of the field checks: the result type, check factories and text cleanup."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.model import Check, Severity

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

# Inputs longer than this are not worth parsing (a date, a plate or a number never is);
# the cap also keeps every regex and the edit distance cheap on pasted garbage.
MAX_LEN = 200


@dataclass
class FieldCheckResult:
    checks: list[Check] = field(default_factory=list)
    normalized: str | None = None


def clean(text: str) -> str:
    """Thai digits to ASCII, invisible characters out, whitespace collapsed.

    OCR sometimes writes sara am as nikhahit + sara aa (U+0E4D U+0E32); it is put back together
    so that e.g. province names compare equal.
    """
    text = text.translate(THAI_DIGITS).translate(_INVISIBLE).replace("\u0e4d\u0e32", "\u0e33")
    return " ".join(text.split())


def error(check_id: str, en: str, th: str, suggestion: str | None = None) -> Check:
    return Check(check_id, Severity.ERROR, en, th, suggestion)


def warning(check_id: str, en: str, th: str, suggestion: str | None = None) -> Check:
    return Check(check_id, Severity.WARNING, en, th, suggestion)


def info(check_id: str, en: str, th: str) -> Check:
    return Check(check_id, Severity.INFO, en, th)
