"""The pages of a source file, as the clerk sees them: how many, what size, and their pixels.

A photo or scan is one page; a multi-page TIFF has one page per frame (each upright by its own
EXIF orientation); a PDF has one page per PDF page, its displayed pixel space being its rendering
at `pdf.PDF_DPI` (200 dpi). Other multi-frame images (GIF, WebP, MPO) are one page: the first
frame. These are the same spaces `imageprep` records in `PageGeometry.display_*`, so boxes drawn
on `render_page(...)` (at full size) land on the text.

Everything here is Qt-free; the window converts `render_page`'s PIL image to a QImage on a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import pdf
from .errors import InputError
from .lazy import lazy_module

if TYPE_CHECKING:
    from PIL import Image

    from . import imageprep
else:  # PIL (and the image preparation) at the first image read, not when the window starts (issue 12)
    Image = lazy_module("PIL.Image")
    imageprep = lazy_module("desktop_app.core.imageprep")

# What "open a folder" picks up (by suffix, case-insensitive); the content decides the rest.
SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp", ".gif", ".heic", ".heif", ".pdf")


def open_patterns() -> str:
    """The Open dialog's patterns: every suffix read, in lower and upper case (a phone names its
    files IMG_0001.HEIC, and file dialogs on Linux match case), and review files."""
    patterns = [f"*{suffix}" for suffix in SUFFIXES] + [f"*{suffix.upper()}" for suffix in SUFFIXES]
    return " ".join(patterns + ["*.review.json"])


def is_supported(path: Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def folder_files(folder: Path) -> list[Path]:
    """The supported files directly in `folder`, sorted by name (hidden files skipped)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("input.not_found", f"{folder.name}: no such folder")
    return sorted((p for p in folder.iterdir()
                   if p.is_file() and is_supported(p) and not p.name.startswith(".")),
                  key=lambda p: p.name)


def _read(path: Path) -> bytes:
    return imageprep._read(Path(path))  # the same error codes as preparing it


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """(width, height) of every page in the displayed pixel space, without rendering images."""
    path = Path(path)
    raw = _read(path)
    if pdf.is_pdf(raw):
        return pdf.page_sizes(raw, path.name)
    return imageprep.frame_sizes(raw, path.name)


def page_count(path: Path) -> int:
    path = Path(path)
    raw = _read(path)
    if pdf.is_pdf(raw):
        return pdf.page_count(raw, path.name)
    return len(imageprep.frame_sizes(raw, path.name))


def render_page(path: Path, index: int = 0, max_side: int | None = None) -> Image.Image:
    """Page `index` for display: full size (the displayed pixel space) or, with `max_side`, a
    thumbnail no side of which passes it. RGB, L or RGBA."""
    path = Path(path)
    raw = _read(path)
    if pdf.is_pdf(raw):
        return pdf.render(raw, index, max_side=max_side, name=path.name)
    image = imageprep.load_for_display(path, page=index)
    if image.mode not in ("RGB", "L", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    if max_side and max(image.size) > max_side:
        image = image.copy()
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return image
