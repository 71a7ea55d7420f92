"""The log file, as the window and the command line write it: one handler, redacted, one format.

`<data folder>/logs/desktop-app.log` (core/paths.py `log_file`, created private). The window keeps
a handler for its warnings and worse (gui/window/app.py); the command line opens one only to write
an unexpected failure's traceback, which never goes to the terminal (cli.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from .paths import data_dir, log_file
from .redact import RedactingFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    """Where the log file is (what `log_file()` creates), without creating it."""
    return data_dir() / "logs" / "desktop-app.log"


def open_handler(level: int = logging.NOTSET) -> tuple[logging.FileHandler, Path] | None:
    """A handler appending to the log file, secrets redacted; None if the file cannot be opened."""
    try:
        path = log_file()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    return handler, path


def attach(logger: logging.Logger, level: int) -> Path | None:
    """Send `logger`'s records of `level` and worse to the log file (in place of a file handler it
    had); the file's path, or None if it cannot be opened."""
    opened = open_handler(level)
    if opened is None:
        return None
    handler, path = opened
    for existing in list(logger.handlers):
        if isinstance(existing, logging.FileHandler):
            logger.removeHandler(existing)
            existing.close()
    logger.addHandler(handler)
    return path


def write_error(logger: logging.Logger, message: str, *args: object) -> Path | None:
    """Write one error record to the log file and close it again; where, or None if it cannot."""
    opened = open_handler()
    if opened is None:
        return None
    handler, path = opened
    logger.addHandler(handler)
    try:
        logger.error(message, *args)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path
