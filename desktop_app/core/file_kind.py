"""Why a file could not be read as an image, in the clerk's terms. No Qt.

A file the decoders refuse is one of: empty (`input.empty`), a kind of file this program does not
read, named (`input.format`: "a Word document (.docx)"), or an image or PDF that is damaged
(`input.damaged`: it starts like a PNG, or is called .jpg, but does not decode). Only the first
bytes and the name are looked at.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

# What a file's first bytes say it is: (magic, English name, Thai name, readable by us)
_MAGIC: list[tuple[bytes, str, str, bool]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "ภาพ PNG", True),
    (b"\xff\xd8\xff", "a JPEG image", "ภาพ JPEG", True),
    (b"II*\x00", "a TIFF image", "ภาพ TIFF", True),
    (b"MM\x00*", "a TIFF image", "ภาพ TIFF", True),
    (b"%PDF", "a PDF document", "เอกสาร PDF", True),
    (b"BM", "a BMP image", "ภาพ BMP", True),
    (b"GIF8", "a GIF image", "ภาพ GIF", True),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "เอกสาร Microsoft Office รุ่นเก่า", False),
    (b"Rar!", "a RAR archive", "ไฟล์บีบอัด RAR", False),
    (b"7z\xbc\xaf", "a 7-Zip archive", "ไฟล์บีบอัด 7-Zip", False),
    (b"%!PS", "a PostScript file", "ไฟล์ PostScript", False),
    (b"\x1f\x8b", "a gzip archive", "ไฟล์บีบอัด gzip", False),
]
_ZIP_KINDS = {".docx": ("a Word document", "เอกสาร Word"), ".xlsx": ("an Excel workbook", "ไฟล์ Excel"),
              ".pptx": ("a PowerPoint file", "ไฟล์ PowerPoint"),
              ".odt": ("an OpenDocument text", "เอกสาร ODT")}
_IMAGE_SUFFIXES = {".png": ("a PNG image", "ภาพ PNG"), ".jpg": ("a JPEG image", "ภาพ JPEG"),
                   ".jpeg": ("a JPEG image", "ภาพ JPEG"), ".tif": ("a TIFF image", "ภาพ TIFF"),
                   ".tiff": ("a TIFF image", "ภาพ TIFF"), ".bmp": ("a BMP image", "ภาพ BMP"),
                   ".webp": ("a WebP image", "ภาพ WebP"), ".gif": ("a GIF image", "ภาพ GIF"),
                   ".pdf": ("a PDF document", "เอกสาร PDF")}


def _named(en: str, th: str, suffix: str) -> str:
    return f"{en} ({suffix})|{th} ({suffix})" if suffix else f"{en}|{th}"


def diagnose(head: bytes, name: str, size: int | None = None) -> InputError:
    """The error for a file called `name` starting with `head` that no decoder could read."""
    suffix = Path(name).suffix.lower()
    if size == 0 or (size is None and not head):
        return InputError("input.empty", f"{name}: 0 bytes")
    for magic, en, th, ours in _MAGIC:
        if head.startswith(magic):
            code = "input.damaged" if ours else "input.format"
            return InputError(code, f"{name}: {en}", values={"what": _named(en, th, suffix)})
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return InputError("input.damaged", f"{name}: WebP", values={"what": "a WebP image|ภาพ WebP"})
    if head.startswith(b"PK\x03\x04"):
        en, th = _ZIP_KINDS.get(suffix, ("a ZIP archive", "ไฟล์บีบอัด ZIP"))
        return InputError("input.format", f"{name}: {en}", values={"what": _named(en, th, suffix)})
    if head and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 0x80 for b in head[:512]):
        return InputError("input.format", f"{name}: text",
                          values={"what": _named("a text file", "ไฟล์ข้อความ", suffix)})
    if suffix in _IMAGE_SUFFIXES:  # called an image, but its bytes say nothing we know
        en, th = _IMAGE_SUFFIXES[suffix]
        return InputError("input.damaged", f"{name}: not {en}", values={"what": _named(en, th, suffix)})
    unknown = "a file of unknown kind|ไฟล์ชนิดที่ไม่รู้จัก"
    what = _named(f"a {suffix} file", f"ไฟล์ {suffix}", "") if suffix else unknown
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
