"""The face photo an ID card or passport answer may carry, decoded for the screen.

The providers keep it as the API sent it (`page.images["face"]`: base64, sometimes a `data:` URL),
so the review file holds the answer verbatim. This turns it into pixels: the window only shows
them (gui/widgets/face_panel.py). A hostile answer cannot make it allocate much: a face over
`MAX_FACE_PIXELS` is not decoded. Orientation is the image's own (no EXIF rotation), as before.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lazy import lazy_module
from ..model import Document, Page

if TYPE_CHECKING:
    from PIL import Image
else:  # at the first face shown, not when the window (its face panel) starts (issue 12)
    Image = lazy_module("PIL.Image")

MAX_FACE_PIXELS = 4_000_000  # a face crop is a few hundred pixels a side; this is generous


@dataclass(frozen=True)
class FacePhoto:
    """8-bit RGBA pixels, rows top to bottom, `4 * width` bytes a row."""

    width: int
    height: int
    rgba: bytes


def face_bytes(page: Page) -> bytes | None:
    """The encoded face image (PNG, JPEG, ...) of one page, or None when it has none."""
    data = page.images.get("face")
    if not data:
        return None
    if data.startswith("data:") and "," in data:
        data = data.split(",", 1)[1]
    try:
        return base64.b64decode(data, validate=False) or None
    except (binascii.Error, ValueError):
        return None


def decode_face_bytes(raw: bytes, max_pixels: int = MAX_FACE_PIXELS) -> FacePhoto | None:
    try:
        with Image.open(io.BytesIO(raw)) as image:
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > max_pixels:
                return None
            return FacePhoto(width, height, image.convert("RGBA").tobytes())
    except (Image.UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def face_photo(document: Document | None, page_index: int = 0,
               max_pixels: int = MAX_FACE_PIXELS) -> FacePhoto | None:
    """The face of page `page_index`, else of the first other page that has one that decodes."""
    if document is None:
        return None
    pages = list(document.pages)
    if 0 <= page_index < len(pages):
        pages.insert(0, pages.pop(page_index))
    for page in pages:
        raw = face_bytes(page)
        photo = decode_face_bytes(raw, max_pixels) if raw else None
        if photo is not None:
            return photo
    return None
