"""Pages for the screen: decoded at a display resolution, and field crops cut at full resolution.

Qt refuses to decode an image whose pixels pass its allocation limit (256 MB: a 600-dpi A3 scan,
6945x9921, or a 100 MP photo), yet the engine accepts up to `imageprep.MAX_PIXELS` (200 MP). So a
page of more than `DISPLAY_MAX_PIXELS` is decoded here, smaller: a JPEG through Pillow's `draft`
(the decoder itself scales by 1/2, 1/4 or 1/8, so the full image is never in memory), anything
else decoded and then `reduce`d by a whole number. The window draws it scaled up to the page's
full size, so every box (in the displayed pixel space, full size) lands on its text. The
magnifier's crops come from the full-resolution pixels (`full_crops`, one decode for all the fields
of a page, on a worker), so a small print stays legible.

Qt-free: the window converts the PIL images to QImages on its worker.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
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

# Above this a page is shown from a smaller decode (16 MP = 64 MB as a 32-bit QImage, well under
# Qt's 256 MB limit, and sharper than any screen at "fit page").
DISPLAY_MAX_PIXELS = 16_000_000
CROP_MAX_PIXELS = 2_000_000  # one field's full-resolution crop is never bigger than this
_TRANSPOSE = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
              6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}  # Image.Transpose's names


@dataclass
class DisplayPage:
    """A page's image as the window shows it, and the page's full displayed size."""

    image: Image.Image  # RGB or L, upright; about `max_pixels` pixels at most (whole-number steps)
    width: int  # the page's full displayed size (the boxes' pixel space)
    height: int

    @property
    def reduced(self) -> bool:
        return self.image.size != (self.width, self.height)


def _open(raw: bytes, name: str, index: int) -> tuple[Image.Image, int]:
    """The frame `index`, opened but not decoded, and its EXIF orientation; over `MAX_PIXELS` or
    unreadable is an `InputError`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = imageprep.open_image(raw, imageprep.FORMATS)
        frames = int(getattr(image, "n_frames", 1) or 1) if image.format == "TIFF" else 1
        if not 0 <= index < frames:
            raise InputError("input.no_such_page", f"{name} has {frames} page(s), not {index + 1}")
        if index:
            image.seek(index)
        width, height = image.size
        if width * height > imageprep.MAX_PIXELS:
            raise InputError("input.too_large", f"{name}: {width}x{height} is over "
                                                f"{imageprep.MAX_PIXELS // 1_000_000} megapixels")
        try:
            no_exif = image.format == "PNG" and "exif" not in image.info
            orientation = 1 if no_exif else int(image.getexif().get(0x0112, 1) or 1)
        except Exception:  # noqa: BLE001 - a broken EXIF block is ignored, as when preparing
            orientation = 1
        return image, orientation if orientation in _TRANSPOSE or orientation == 1 else 1
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise InputError("input.unreadable", f"{name}: {type(exc).__name__}") from None


def _displayable(image: Image.Image) -> Image.Image:
    """RGB or L as the service is sent it (16-bit scaled, CMYK converted, transparency on white)."""
    return imageprep._to_encodable(image, [])


def display_page(path: Path, index: int = 0, max_pixels: int = DISPLAY_MAX_PIXELS) -> DisplayPage:
    """Page `index` of `path` upright, at most `max_pixels` pixels, with its full displayed size."""
    path = Path(path)
    raw = imageprep._read(path)
    if pdf.is_pdf(raw):
        sizes = pdf.page_sizes(raw, path.name)
        if not 0 <= index < len(sizes):
            raise InputError("input.no_such_page", f"{path.name} has {len(sizes)} page(s), not {index + 1}")
        width, height = sizes[index]
        factor = min(1.0, math.sqrt(max_pixels / (width * height)))
        max_side = None if factor >= 1.0 else max(1, math.floor(max(width, height) * factor))
        return DisplayPage(pdf.render(raw, index, max_side=max_side, name=path.name), width, height)
    image, orientation = _open(raw, path.name, index)
    width, height = image.size
    turned = orientation in (5, 6, 7, 8)
    try:
        factor = math.sqrt(width * height / max_pixels)
        if factor > 1.0:
            wanted = (max(1, math.floor(width / factor)), max(1, math.floor(height / factor)))
            if image.format == "JPEG":
                image.draft("RGB" if image.mode != "L" else "L", wanted)  # decoded at 1/2, 1/4, 1/8
            image.load()
            image = _displayable(image)  # reduce() takes 8-bit modes only
            # draft stops at the power of 2 at or above the size wanted; a whole-number reduce (no
            # second full-size buffer, as a resize would take) brings anything else near the budget
            factor = round(math.sqrt(image.width * image.height / max_pixels))
            if factor >= 2:
                image = image.reduce(factor)
        else:
            image.load()
            image = _displayable(image)
        if orientation in _TRANSPOSE:
            image = image.transpose(Image.Transpose[_TRANSPOSE[orientation]])
    except MemoryError:
        raise InputError("input.too_large", f"{path.name}: not enough memory to decode") from None
    except Exception as exc:  # noqa: BLE001 - truncated or damaged pixels
        raise InputError("input.unreadable", f"{path.name}: {type(exc).__name__}") from None
    full = (height, width) if turned else (width, height)
    return DisplayPage(image, *full)


def needs_reduction(width: int, height: int, max_pixels: int = DISPLAY_MAX_PIXELS) -> bool:
    return width * height > max_pixels


def full_crops(path: Path, index: int, areas: Sequence[tuple[int, int, int, int]]) -> list[Image.Image]:
    """The regions `areas` ((x0, y0, x1, y1) in the page's displayed pixel space) of page `index`,
    cut from the full-resolution pixels in one decode; a crop over `CROP_MAX_PIXELS` is shrunk."""
    path = Path(path)
    raw = imageprep._read(path)
    if pdf.is_pdf(raw):
        page = pdf.render(raw, index, name=path.name)
    else:
        image, orientation = _open(raw, path.name, index)
        try:
            image.load()
            page = _displayable(image)
            if orientation in _TRANSPOSE:
                page = page.transpose(Image.Transpose[_TRANSPOSE[orientation]])
        except MemoryError:
            raise InputError("input.too_large", f"{path.name}: not enough memory to decode") from None
        except Exception as exc:  # noqa: BLE001
            raise InputError("input.unreadable", f"{path.name}: {type(exc).__name__}") from None
    crops = []
    for x0, y0, x1, y1 in areas:
        box = (max(0, x0), max(0, y0), min(page.width, x1), min(page.height, y1))
        if box[2] <= box[0] or box[3] <= box[1]:
            crops.append(Image.new("RGB", (1, 1)))
            continue
        crop = page.crop(box)
        if crop.width * crop.height > CROP_MAX_PIXELS:
            shrink = math.sqrt(CROP_MAX_PIXELS / (crop.width * crop.height))
            crop = crop.resize((max(1, int(crop.width * shrink)), max(1, int(crop.height * shrink))),
                               Image.Resampling.LANCZOS)
        crops.append(crop)
    del page
    return crops
