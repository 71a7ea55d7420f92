"""Keep secrets out of every string that leaves the process (logs, errors, files, dialogs).

Whoever loads a key registers it here; every error message and log line passes through
`redact()`. This is a second line of defence: the first is never putting a key in a message.
"""

from __future__ import annotations

import logging
import threading

_lock = threading.Lock()
_secrets: set[str] = set()
MASK = "••••••"


def register_secret(value: str | None) -> None:
    if value and len(value) >= 4:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


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
