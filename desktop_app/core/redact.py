"""Keep secrets out of log lines and error text.

Whoever loads a key registers it here; every error message and log line passes through
`redact()`. This is a second line of defence: the first is never putting a key in a message.
A secret is masked as an exact token (not inside a longer word or number), and only in those
texts: data files (review files, drafts, stored answers) are never rewritten by masking; they
hold no secret in the first place (endpoints carrying a key are refused, see core/http.py).
"""

from __future__ import annotations

import base64
import logging
import re
import threading

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "••••••"


_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    global _pattern
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)
            alternatives = "|".join(re.escape(s) for s in sorted(_secrets, key=len, reverse=True))
            # a token: not preceded or followed by a letter or digit of the same word
            _pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def forget_secrets() -> None:
    """Mask nothing any more (tests: a secret registered by one must not mask another's text)."""
    global _pattern
    with _lock:
        _secrets.clear()
        _pattern = None


def register_basic(user: str | None, password: str | None) -> None:
    """HTTP Basic credentials: the parts and the base64 form a gateway may quote back."""
    register_secret(user)
    register_secret(password)
    if user and password:
        register_secret(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))


def redact(text: str) -> str:
    if not text:
        return text
    with _lock:
        pattern = _pattern
    return pattern.sub(MASK, text) if pattern is not None else text


class RedactingFilter(logging.Filter):
    """Attach to handlers: a record's final message, and the traceback or stack it carries (an
    exception's text may quote a key), are redacted before they are written."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)  # Formatter.format uses exc_text as it is
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
