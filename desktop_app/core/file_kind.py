"""Why a file could not be read as an image, in the clerk's terms. No Qt.

A file the decoders refuse is one of: empty (`input.empty`), a kind of file this program does not
read, named (`input.format`: "a Word document (.docx)"), or an image or PDF that is damaged
(`input.damaged`: it starts like a PNG, or is called .jpg, but does not decode). Only the first
bytes and the name are looked at.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import words
from .errors import InputError
from .words import Text

# What a file's first bytes say it is: (magic, its kind in core/words_files.py, readable by us)
_MAGIC: list[tuple[bytes, str, bool]] = [
    (b"\x89PNG\r\n\x1a\n", "png", True),
    (b"\xff\xd8\xff", "jpeg", True),
    (b"II*\x00", "tiff", True),
    (b"MM\x00*", "tiff", True),
    (b"%PDF", "pdf", True),
    (b"BM", "bmp", True),
    (b"GIF8", "gif", True),
    (b"\xd0\xcf\x11\xe0", "office_old", False),
    (b"Rar!", "rar", False),
    (b"7z\xbc\xaf", "7z", False),
    (b"%!PS", "postscript", False),
    (b"\x1f\x8b", "gzip", False),
]
_ZIP_KINDS = {".docx": "docx", ".xlsx": "xlsx", ".pptx": "pptx", ".odt": "odt"}
_IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".tif": "tiff", ".tiff": "tiff",
                   ".bmp": "bmp", ".webp": "webp", ".gif": "gif", ".pdf": "pdf"}


def kind_name(kind: str) -> Text:
    """A kind of file as a sentence names it ("a PNG image"), in every language."""
    return words.text(f"kind.{kind}")


def _named(kind: str, suffix: str) -> Text:
    name = kind_name(kind)
    return words.text("kind.named", kind=name, suffix=suffix) if suffix else name


def diagnose(head: bytes, name: str, size: int | None = None) -> InputError:
    """The error for a file called `name` starting with `head` that no decoder could read."""
    suffix = Path(name).suffix.lower()
    if size == 0 or (size is None and not head):
        return InputError("input.empty", f"{name}: 0 bytes")
    for magic, kind, ours in _MAGIC:
        if head.startswith(magic):
            code = "input.damaged" if ours else "input.format"
            return InputError(code, f"{name}: {kind_name(kind).en}", values={"what": _named(kind, suffix)})
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return InputError("input.damaged", f"{name}: WebP", values={"what": kind_name("webp")})
    if head.startswith(b"PK\x03\x04"):
        kind = _ZIP_KINDS.get(suffix, "zip")
        return InputError("input.format", f"{name}: {kind_name(kind).en}",
                          values={"what": _named(kind, suffix)})
    if head and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 0x80 for b in head[:512]):
        return InputError("input.format", f"{name}: text", values={"what": _named("text", suffix)})
    if suffix in _IMAGE_SUFFIXES:  # called an image, but its bytes say nothing we know
        kind = _IMAGE_SUFFIXES[suffix]
        return InputError("input.damaged", f"{name}: not {kind_name(kind).en}",
                          values={"what": _named(kind, suffix)})
    what = words.text("kind.suffix", suffix=suffix) if suffix else kind_name("unknown")
    return InputError("input.format", f"{name}: unknown kind", values={"what": what})


def diagnose_file(path: str | os.PathLike[str]) -> InputError:
    """`diagnose` for a file on disk (reads its first bytes only)."""
    target = Path(path)
    try:
        size = target.stat().st_size
        with target.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return InputError("input.unreadable", target.name)
    return diagnose(head, target.name, size)
