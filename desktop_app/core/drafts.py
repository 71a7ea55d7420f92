"""Drafts: every unsaved review, kept on disk so that a crash or a kill loses nothing.

The window saves a draft after each change (it debounces; this module only writes), removes it
once the review file is saved, and at start offers to restore the drafts no running window owns
(`orphaned_drafts`). Qt-free.

A draft is `<data dir>/drafts/<id>.draft.json`: the review file's own version 1 structure
(`reviewfile.to_dict`, source paths absolute) plus who saved it and when. Written atomically
(a kill mid-save leaves the previous draft), 0600 in a 0700 folder: it holds personal data.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_text_atomic
from .errors import AppError, FileFormatError, InputError
from .lazy import lazy_module
from .model import Document
from .paths import data_dir, private_dir
from .strict_json import strict_json

if TYPE_CHECKING:
    import socket

    from . import reviewfile
else:  # at the first draft written or read: not at every start (issue 12)
    socket = lazy_module("socket")
    reviewfile = lazy_module("desktop_app.core.reviewfile")

FORMAT = "desktop-app/draft"
VERSION = 1
SUFFIX = ".draft.json"
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def new_draft_id() -> str:
    """A random UUID's 32 hex digits, as `uuid.uuid4().hex` (version 4, RFC 4122 variant) without
    importing uuid (it brings platform): the window makes one before its first paint (issue 12)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def _path(draft_id: str) -> Path:
    if not _ID.fullmatch(draft_id or ""):
        raise ValueError(f"a draft id is 1-64 letters, digits, '-' or '_', not {draft_id!r}")
    return drafts_dir() / f"{draft_id}{SUFFIX}"


@dataclass
class DraftInfo:
    """An unsaved review a crash left: where it is and what the restore offer shows of it."""

    id: str
    path: Path
    saved_at: str = ""  # ISO 8601
    title: str = ""  # the first source's file name (what the clerk recognises)
    sources: list[str] = field(default_factory=list)
    review_path: str | None = None  # where the review is to be saved, when known
    pid: int | None = None
    host: str | None = None
    error: str | None = None  # set when the draft cannot be read (offer to delete it)

    @property
    def live(self) -> bool:
        """True while the process that saved it is running (another window owns it)."""
        if self.pid is None or self.host != socket.gethostname():
            return False
        if self.pid == os.getpid():
            return True
        if os.name != "posix":
            return False  # no safe probe without a dependency: offer it
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        except OSError:
            return False
        return True


def save_draft(document: Document, draft_id: str, *,
               review_path: str | os.PathLike[str] | None = None) -> Path:
    """Write (or replace) draft `draft_id` atomically. Raises `AppError("file.write")`."""
    target = _path(draft_id)
    entry: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "id": draft_id,
        "saved_at": datetime.now(UTC).astimezone().isoformat(timespec="milliseconds"),
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "review_path": None if review_path is None else os.path.abspath(review_path),
    }
    # json.dumps(entry with "document": to_dict(document)), the fields encoded one at a time
    text = reviewfile.to_json(document, wrap=lambda structure: {**entry, "document": structure})
    try:
        private_dir(drafts_dir())
    except OSError as exc:  # a data folder that cannot be written: said, never a crash
        raise AppError("file.write", f"{drafts_dir()}: {exc.strerror or exc}") from exc
    write_text_atomic(target, text, private=True)  # never masked (core/redact.py)
    return target


def _read(path: Path) -> dict[str, Any]:
    try:
        data = strict_json(path.read_text(encoding="utf-8"))  # no NaN: it could not be saved
    except FileNotFoundError:
        raise InputError("input.not_found", f"no draft {path.name}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileFormatError("file.unreadable", f"draft {path.name}: {type(exc).__name__}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FileFormatError("file.unreadable", f"{path.name} is not a draft")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise FileFormatError("file.newer", f"draft {path.name} has version {version}")
    if version != VERSION or not isinstance(data.get("document"), dict):
        raise FileFormatError("file.unreadable", f"draft {path.name} is damaged")
    return data


def list_drafts() -> list[DraftInfo]:
    """Every draft, newest first; one that cannot be read is listed with `error` set."""
    folder = drafts_dir()
    if not folder.is_dir():
        return []
    infos: list[DraftInfo] = []
    for path in folder.glob(f"*{SUFFIX}"):
        if path.name.startswith("."):
            continue  # a temporary file left by a kill mid-save
        draft_id = path.name[: -len(SUFFIX)]
        try:
            data = _read(path)
        except (FileFormatError, InputError) as exc:
            infos.append(DraftInfo(id=draft_id, path=path, error=str(exc)))
            continue
        sources = [str(s.get("path", "")) for s in data["document"].get("document", {}).get("sources", [])
                   if isinstance(s, dict)]
        pid = data.get("pid")
        infos.append(DraftInfo(id=draft_id, path=path, saved_at=str(data.get("saved_at") or ""),
                               title=Path(sources[0]).name if sources else draft_id, sources=sources,
                               review_path=data.get("review_path"),
                               pid=pid if isinstance(pid, int) else None, host=data.get("host")))
    infos.sort(key=lambda info: info.saved_at, reverse=True)
    return infos


def orphaned_drafts() -> list[DraftInfo]:
    """The drafts to offer at start: those whose window is no longer running."""
    return [info for info in list_drafts() if not info.live]


def load_draft(draft_id: str) -> Document:
    """The draft's document. Raises `FileFormatError` (damaged or newer) or `InputError`."""
    return reviewfile.from_dict(_read(_path(draft_id))["document"])


def remove_draft(draft_id: str) -> None:
    """Forget a draft (after its review was saved, or the clerk discarded it)."""
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        os.unlink(_path(draft_id))
