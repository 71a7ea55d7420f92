"""PDF pages with pypdfium2 (docs/adr/0007-pdf-with-pypdfium2.md): count, size, render, split, build.

The displayed pixel space of a PDF page is its rendering at `PDF_DPI` (200 dots per inch), as
pypdfium2 renders it (`ceil(points / 72 * 200)` a side, after the page's own /Rotate). That is
also what we assume an API that takes PDF works on: AIGEN is assumed to rasterise each page at
the same resolution, so a PDF page's sent size is its displayed size and boxes map 1:1 (one
constant to change if the real service is found to use another resolution).

PDFium is not thread-safe: every call into it goes through `PDFIUM_LOCK` (the window renders
thumbnails on workers while the batch queue prepares uploads and the stand-in renders pages).
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .errors import InputError
from .file_kind import kind_name
from .lazy import lazy_module

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image
else:  # imported at the first PDF (PIL at the first image), not when the window starts (core/lazy.py)
    pdfium = lazy_module("pypdfium2")
    Image = lazy_module("PIL.Image")

PDF_DPI = 200
PDF_SCALE = PDF_DPI / 72
MAX_PDF_PAGES = 20  # AIGEN processes up to 20 pages of a PDF
PDFIUM_LOCK = threading.RLock()


def is_pdf(raw: bytes) -> bool:
    return raw.lstrip()[:5] == b"%PDF-"


@contextmanager
def _opened(data: bytes, name: str) -> Iterator[pdfium.PdfDocument]:
    """The document, opened and closed under the lock; a bad file is `input.damaged`."""
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            text = str(exc)
            why = "it is password-protected" if "password" in text.lower() else "it is damaged"
            raise InputError("input.damaged", f"{name}: a PDF that cannot be opened ({why})",
                             values={"what": kind_name("pdf")}) from None
        try:
            yield document
        except pdfium.PdfiumError as exc:  # a page that cannot be loaded or rendered
            raise InputError("input.unreadable", f"{name}: the PDF is damaged ({exc})") from None
        finally:
            document.close()


def _size(page: pdfium.PdfPage, scale: float) -> tuple[int, int]:
    width, height = page.get_size()  # points, after the page's /Rotate
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))


def page_count(data: bytes, name: str = "PDF") -> int:
    with _opened(data, name) as document:
        return len(document)


def page_sizes(data: bytes, name: str = "PDF") -> list[tuple[int, int]]:
    """Each page's displayed size in pixels (its rendering at `PDF_DPI`)."""
    with _opened(data, name) as document:
        sizes = []
        for index in range(len(document)):
            page = document[index]
            try:
                sizes.append(_size(page, PDF_SCALE))
            finally:
                page.close()
        return sizes


def render(data: bytes, index: int, *, max_side: int | None = None, name: str = "PDF") -> Image.Image:
    """Page `index` as an RGB image at `PDF_DPI`, or smaller so no side passes `max_side`
    (rendered at that size directly: a thumbnail does not pay for a full rendering)."""
    with _opened(data, name) as document:
        if not 0 <= index < len(document):
            raise InputError("input.no_such_page", f"{name} has {len(document)} page(s), not {index + 1}")
        page = document[index]
        try:
            scale = PDF_SCALE
            if max_side:
                width, height = _size(page, PDF_SCALE)
                scale = min(scale, PDF_SCALE * max_side / max(width, height))
            # PDFium allocates the pixels (in a ctypes call, without the GIL): pypdfium2's default
            # zero-fills a ctypes array of a page's megabytes holding it, which stalls the window
            bitmap = page.render(scale=scale, bitmap_maker=pdfium.PdfBitmap.new_foreign)
            bitmap.warn_on_close = False  # closing frees the pixels: `convert` has copied them first
            try:
                image = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    if max_side and max(image.size) > max_side:  # ceil() may pass the bound by a pixel
        image.thumbnail((max_side, max_side))
    return image


def extract(data: bytes, indices: Sequence[int], name: str = "PDF") -> bytes:
    """A new PDF with only the pages `indices` (0-based), as they are (no re-rendering)."""
    with _opened(data, name) as source:
        count = len(source)
        for index in indices:
            if not 0 <= index < count:
                raise InputError("input.no_such_page", f"{name} has {count} page(s), not {index + 1}")
        target = pdfium.PdfDocument.new()
        try:
            target.import_pages(source, list(indices))
            buffer = io.BytesIO()
            target.save(buffer)
            return buffer.getvalue()
        finally:
            target.close()


def from_images(images: Sequence[Image.Image], quality: int = 90) -> bytes:
    """A PDF with one page per image (JPEG inside), each page sized so that rendering it at
    `PDF_DPI` gives back (to a pixel) the image's size."""
    prepared = [image.convert("RGB") if image.mode not in ("RGB", "L")
                else image.copy() if getattr(image, "n_frames", 1) > 1  # save_all would add every frame
                else image for image in images]
    buffer = io.BytesIO()
    try:
        prepared[0].save(buffer, "PDF", resolution=float(PDF_DPI), save_all=True,
                         append_images=prepared[1:], quality=quality)
    finally:
        for image in prepared:  # Pillow's JPEG encoder leaves its settings on the caller's images
            image.encoderconfig = ()
    return buffer.getvalue()
