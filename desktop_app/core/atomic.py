"""Atomic file writes: the target is either the old file or the complete new one, never half.

A temporary file is written in the target's own folder (so `os.replace` is a rename on one file
system), flushed and fsync'ed, renamed over the target, and the folder is fsync'ed so the rename
itself survives a power cut. On any failure the temporary file is removed and `AppError("file.write")`
is raised with the `OSError` as its cause.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from .errors import AppError

PRIVATE_MODE = 0o600


def _default_mode() -> int:
    """The mode a plain `open(path, "w")` would create: 0666 minus the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a folder; the rename is done anyway
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Replace `path` with `data` atomically.

    `private=True` makes the file 0600 (personal data). Otherwise an existing file keeps its mode
    and a new file gets the usual mode (0666 minus the umask).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if private:
        mode = PRIVATE_MODE
    else:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = _default_mode()
        except OSError as exc:
            raise AppError("file.write", f"{target}: {exc.strerror or exc}") from exc
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            else:  # Windows: only the read-only bit means anything
                os.chmod(tmp_name, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise AppError("file.write", f"{target}: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_text_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8",
                      private: bool = False) -> None:
    """`write_bytes_atomic` for text (UTF-8 unless told otherwise; newlines are written as given)."""
    write_bytes_atomic(path, text.encode(encoding), private=private)
