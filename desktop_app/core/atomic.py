"""Atomic file writes: the target is either the old file or the complete new one, never half.

A temporary file is written in the target's own folder (so `os.replace` is a rename on one file
system), flushed and fsync'ed, renamed over the target, and the folder is fsync'ed so the rename
itself survives a power cut. On any failure the temporary file is removed and `AppError("file.write")`
is raised with the `OSError` as its cause.

A save killed between the two leaves its temporary copy (personal data): the copy's name carries
the writer's process id (`.<name>.<pid>.<random>.tmp`), so `remove_stale_temporaries` can tell
a copy whose writer is gone from a save under way; every write, and every start of the program
(core/housekeeping.py), removes the stale ones.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .errors import AppError

PRIVATE_MODE = 0o600
_TEMPORARY = re.compile(r"\..+?(?:\.(\d+))?\.[A-Za-z0-9_]+\.tmp")
_STALE_SECONDS = 24 * 3600  # a copy this old is stale whoever wrote it (a reused pid, another host)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no safe probe: the age rule decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # PermissionError: someone else's live process
    return True


def remove_stale_temporaries(folder: str | os.PathLike[str], name: str | None = None) -> int:
    """Remove the temporary copies killed saves left in `folder` (only those of target `name`
    when given); a copy whose writer still runs is kept. Returns how many were removed."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or (name is not None and not entry.name.startswith(f".{name}.")):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(match.group(1)) if match.group(1) else None
        if age > _STALE_SECONDS or (pid is not None and not _alive(pid)) or (pid is None and age > 3600):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


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


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False,
                       before_replace: Callable[[], None] | None = None) -> None:
    """Replace `path` with `data` atomically.

    `private=True` makes the file 0600 (personal data). Otherwise an existing file keeps its mode
    and a new file gets the usual mode (0666 minus the umask). `before_replace` is called once the
    data is safely on disk, just before the rename: whatever it raises stops the write (the
    temporary copy is removed) and is raised as it is.
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
        remove_stale_temporaries(folder, target.name)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            else:  # Windows: only the read-only bit means anything
                os.chmod(tmp_name, mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
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
                      private: bool = False, before_replace: Callable[[], None] | None = None) -> None:
    """`write_bytes_atomic` for text (UTF-8 unless told otherwise; newlines are written as given)."""
    write_bytes_atomic(path, text.encode(encoding), private=private, before_replace=before_replace)
