"""Reading the user's files safely: only regular files are read, and opening never blocks.

A FIFO, a socket or a device (`/dev/zero`) named as an image or a review file would hang the
program or read until memory runs out; it is refused instead, before a byte is read. The check is
made on the opened descriptor (no window between a check and the read).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO


class NotRegularFile(OSError):
    """The path names a FIFO, a socket, a device... (anything but a file or a folder)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EINVAL, "not a regular file", str(path))


def is_special(path: str | os.PathLike[str]) -> bool:
    """True when `path` exists and is neither a regular file nor a folder (never blocks)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO with no writer does not wait
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the regular file `path`. Raises `FileNotFoundError`, `IsADirectoryError`,
    `NotRegularFile` or another `OSError`."""
    with _open_regular(path) as handle:
        return handle.read()


def read_head(path: str | os.PathLike[str], size: int) -> bytes:
    """The first `size` bytes of the regular file `path` (raises as `read_regular`)."""
    with _open_regular(path) as handle:
        return handle.read(size)


def sha256_of(path: str | os.PathLike[str]) -> str:
    """The sha256 of the regular file `path`, read in chunks (errors as `read_regular`)."""
    import hashlib  # at first use: not at the window's start (issue 12)

    digest = hashlib.sha256()
    with _open_regular(path) as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def name_of(path: str | os.PathLike[str]) -> str:
    return Path(path).name or str(path)
