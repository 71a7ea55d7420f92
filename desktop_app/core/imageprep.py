"""Turn the clerk's file into what is uploaded, before any byte is sent (every call is paid).

Decisions:
- The file is read once into memory; it is never modified or re-saved. `sha256` is of those bytes.
- Only raster formats the APIs take are decoded (JPEG/MPO, PNG, TIFF, BMP, WebP, GIF, and HEIC/HEIF
  through pi-heif, always re-encoded as JPEG for upload): Pillow's
  other plugins (EPS through Ghostscript, ...) are never reached. A decode catches damaged and
  truncated files up front: `input.empty`, `input.format` (named) or `input.damaged`
  (core/file_kind.py says which). A file sent byte-for-byte (below) is checked whole without a
  full-size decode (core/image_check.py).
- EXIF orientation is applied, so the uploaded pixels are upright as the clerk sees them; the
  displayed size is after EXIF, at original size. `rotation` is degrees clockwise (mirrored
  orientations 2/4/5/7 add a note).
- Refused without sending: a side below 500 px (`input.too_small`).
- Shrunk (LANCZOS) when a side is over 10000 px or the upload's base64 would pass
  `MAX_BASE64_BYTES` (9.5 MB, safely under the APIs' 10 MB); if a shrink would put a side below
  500 px, or an image has more than `MAX_PIXELS`, it is `input.too_large`.
- Re-encoding: a JPEG (or PNG) in RGB or grayscale that needs no rotation and no shrinking is sent
  **byte-for-byte** (no quality loss). Everything else is encoded as JPEG quality 90, RGB or
  grayscale: CMYK/YCbCr/LAB/palette converted to RGB, 16-bit grayscale scaled to 8 bits,
  transparency flattened on white (an API reading RGB would otherwise see black backgrounds).
- Pages (docs/adr/0007-pdf-with-pypdfium2.md). A PDF (by its `%PDF-` magic) goes to a service
  that takes PDF (AIGEN) as the user's bytes, one `PageGeometry` per page (displayed = sent = the
  page rendered at `pdf.PDF_DPI`); over 20 pages is `input.too_many_pages`; a page whose
  rendering passes 10000 px is `input.too_large`; a PDF over the size limit is re-rendered into a
  PDF of JPEG pages. A multi-page TIFF goes to such a service as a PDF built from its frames
  (each upright by its own EXIF), so every page is read in one call. To a service that takes
  images only, a one-page PDF is rendered and sent as a JPEG; a longer PDF or TIFF is
  `input.unsupported` here: the engine sends it a page at a time with `page=` (core/pagewise.py).
  Other multi-frame formats (GIF, WebP, MPO) are one page: their first frame. A PDF page is not
  refused for being small: its pixel size is the service's own rasterisation, assumed, not known.
- Pillow's global `Image.MAX_IMAGE_PIXELS` (decompression-bomb guard, default ~89 MP, error at
  twice that) is raised at import to `MAX_PIXELS` so ~200 MP scans open; it is never lowered, and
  this module refuses anything larger itself before decoding it.
"""

from __future__ import annotations

import hashlib
import io
import math
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from . import pdf
from .errors import InputError
from .file_kind import diagnose
from .files import NotRegularFile, read_regular
from .image_check import check_whole, open_image, orientation_of, orientation_unread
from .lazy import lazy_module
from .prepared import PageGeometry, PreparedImage

if TYPE_CHECKING:
    from PIL import ImageOps
else:  # only a turned photo needs it (its palette and colour modules: issue 12, `desktop-app ocr`)
    ImageOps = lazy_module("PIL.ImageOps")

MIN_SIDE = 500
MAX_SIDE = 10000
MAX_BASE64_BYTES = 9_500_000
MAX_PIXELS = 200_000_000
JPEG_QUALITY = 90
FORMATS = ("JPEG", "MPO", "PNG", "TIFF", "BMP", "WEBP", "GIF", "HEIF")

_PASSTHROUGH = {"JPEG": "image/jpeg", "PNG": "image/png"}

if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# EXIF orientation -> (degrees clockwise, mirrored)
_ORIENTATION = {1: (0, False), 2: (0, True), 3: (180, False), 4: (180, True),
                5: (90, True), 6: (90, False), 7: (270, True), 8: (270, False)}


def base64_size(n: int) -> int:
    return 4 * math.ceil(n / 3)


class _Decoded:
    def __init__(self, image: Image.Image, fmt: str, orientation: int, frames: int,
                 notes: list[str], *, checked_only: bool = False,
                 size: tuple[int, int] | None = None) -> None:
        self.image = image  # EXIF-corrected, fully loaded (unless checked_only)
        self.format = fmt
        self.orientation = orientation
        self.frames = frames
        self.notes = notes
        # checked_only: the file was checked whole but its pixels not kept (it is sent as it is)
        self.checked_only = checked_only
        self.size = size or image.size


def _sendable_as_is(fmt: str, image: Image.Image, size: tuple[int, int], frames: int, orientation: int,
                    raw_size: int) -> bool:
    """Can the file's own bytes go to the service unchanged (what `_prepare_image` decides)?"""
    return (fmt in _PASSTHROUGH and frames == 1 and orientation == 1 and image.mode in ("RGB", "L")
            and "transparency" not in image.info and _fit_side(*size) == 1.0
            and min(size) >= MIN_SIDE and base64_size(raw_size) <= MAX_BASE64_BYTES)


def _read(path: Path) -> bytes:
    try:
        return read_regular(path)  # a FIFO or /dev/zero is refused, not read (core/files.py)
    except NotRegularFile:
        raise InputError("input.unreadable", f"{Path(path).name} is not a regular file") from None
    except FileNotFoundError:
        raise InputError("input.not_found", f"{Path(path).name}: no such file") from None
    except IsADirectoryError:
        raise InputError("input.unreadable", f"{Path(path).name} is a folder") from None
    except OSError as exc:
        raise InputError("input.unreadable", f"{Path(path).name}: {exc.strerror or type(exc).__name__}") \
            from None


def _decode(raw: bytes, name: str, frame: int = 0, *, for_upload: bool = False) -> _Decoded:
    """Frame `frame` (a page of a multi-page TIFF; 0 for anything else), upright and loaded.
    `for_upload`: a file that can be sent as it is is only checked (`checked_only`), not loaded."""
    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image: Image.Image = open_image(raw, FORMATS)
        fmt = image.format or "?"
        frames = int(getattr(image, "n_frames", 1) or 1)
        pages = frames if fmt == "TIFF" else 1
        if not 0 <= frame < pages:
            raise InputError("input.no_such_page", f"{name} has {pages} page(s), not {frame + 1}")
        if frames > 1:
            image.seek(frame)
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise InputError("input.too_large", f"{name}: {width}x{height} is over "
                                                f"{MAX_PIXELS // 1_000_000} megapixels")
        if for_upload and (fmt == "JPEG" or orientation_unread(image, raw)):
            orientation = 1 if fmt == "PNG" else orientation_of(image)
            if _sendable_as_is(fmt, image, (width, height), frames, orientation, len(raw)):
                check_whole(raw, image)
                return _Decoded(image, fmt, orientation, frames, notes, checked_only=True,
                                size=(width, height))
        image.load()
        orientation = orientation_of(image)  # a broken EXIF block is no reason to refuse the image
        if orientation != 1:
            try:
                upright = ImageOps.exif_transpose(image)
            except Exception:  # noqa: BLE001
                upright, orientation = image, 1
                notes.append("EXIF orientation could not be applied; used as stored")
            image = upright if upright is not None else image
            image.load()
    except InputError:
        raise
    except MemoryError:
        raise InputError("input.too_large", f"{name}: not enough memory to decode") from None
    except Exception:  # noqa: BLE001 - OSError, SyntaxError, ValueError, bomb, struct.error...
        raise diagnose(raw[:512], name, len(raw)) from None  # empty, not an image (named), damaged
    return _Decoded(image, fmt, orientation, frames, notes)


def load_for_display(path: Path, page: int = 0) -> Image.Image:
    """Page `page` as the clerk sees it (EXIF-corrected, original size; a PDF page rendered at
    `pdf.PDF_DPI`), for the GUI. `core.pages` adds sizes and thumbnails."""
    path = Path(path)
    raw = _read(path)
    if pdf.is_pdf(raw):
        return pdf.render(raw, page, name=path.name)
    return _decode(raw, path.name, frame=page).image


def frame_sizes(raw: bytes, name: str) -> list[tuple[int, int]]:
    """Each page's displayed size (after its EXIF orientation) without decoding the pixels:
    every frame of a TIFF, the first frame of anything else."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = open_image(raw, FORMATS)
        count = int(getattr(image, "n_frames", 1) or 1) if image.format == "TIFF" else 1
        sizes = []
        for index in range(count):
            if index:
                image.seek(index)
            try:
                # Pillow's PNG reader decodes the whole image to look for an eXIf chunk after the
                # pixels: counting pages must not (a 100 MP scan); one before them is in `info`
                no_exif = image.format == "PNG" and "exif" not in image.info
                orientation = 1 if no_exif else int(image.getexif().get(0x0112, 1) or 1)
            except Exception:  # noqa: BLE001 - as in _decode: a broken EXIF block is ignored
                orientation = 1
            width, height = image.size
            turned = _ORIENTATION.get(orientation, (0, False))[0] in (90, 270)
            if turned and image.format == "TIFF" and width != getattr(image, "tag_v2", {}).get(256, width):
                turned = False  # this Pillow's TIFF reader reports the upright size already
            sizes.append((height, width) if turned else (width, height))
        return sizes
    except Exception:  # noqa: BLE001
        raise diagnose(raw[:512], name, len(raw)) from None


def _to_encodable(image: Image.Image, notes: list[str]) -> Image.Image:
    """An 8-bit RGB or L image: what a JPEG can hold and every API decodes."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I;16") or mode == "I":
        notes.append(f"{mode} grayscale scaled to 8 bits")
        return image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if mode == "F":
        return image.convert("L")
    has_alpha = mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        mode == "P" and "transparency" in image.info)
    if has_alpha:
        notes.append("transparency flattened on white")
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if mode == "CMYK":
        notes.append("CMYK converted to RGB")
    return image.convert("RGB")


def _encode_jpeg(image: Image.Image, icc: bytes | None) -> bytes:
    buffer = io.BytesIO()
    options: dict[str, int | bytes] = {"quality": JPEG_QUALITY}
    if icc:
        options["icc_profile"] = icc
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _fit_side(width: int, height: int) -> float:
    return min(1.0, MAX_SIDE / max(width, height))


def prepare(path: Path, *, accepts_pdf: bool = False, page: int | None = None) -> PreparedImage:
    """Decode, check and (when needed) shrink and re-encode one source file. Raises `InputError`.

    `page` (0-based) sends only that page of a PDF or a multi-page TIFF (re-running one page);
    None sends the whole document when the service takes PDF, else the first (only) page.
    """
    path = Path(path)
    raw = _read(path)
    sha = hashlib.sha256(raw).hexdigest()
    if pdf.is_pdf(raw):
        return _prepare_pdf(path, sha, raw, accepts_pdf, page)
    decoded = _decode(raw, path.name, frame=page or 0, for_upload=True)
    if page is None and decoded.frames > 1 and decoded.format == "TIFF" and accepts_pdf:
        return _prepare_tiff_as_pdf(path, sha, raw, decoded)
    if page is None and decoded.frames > 1 and decoded.format == "TIFF":
        # a one-image service is sent a page at a time (core/pagewise.py); a side of a two-sided
        # document must be one page: never send the first and drop the rest unsaid
        raise InputError("input.unsupported", f"{path.name} is a {decoded.frames}-page TIFF and this "
                                              "service takes one image per side: send one page per side")
    if page is None and decoded.frames > 1:
        decoded.notes.append(f"page_count={decoded.frames}: only the first of {decoded.frames} frames "
                             "is sent")
    elif page is not None and decoded.frames > 1:
        decoded.notes.append(f"page {page + 1} of {decoded.frames} sent alone")
    return _prepare_image(path, sha, raw, decoded)


def _prepare_image(path: Path, sha: str, raw: bytes | None, decoded: _Decoded) -> PreparedImage:
    """One upright image as JPEG (or `raw` byte-for-byte when it can go as it is)."""
    image, notes = decoded.image, list(decoded.notes)
    rotation, mirrored = _ORIENTATION[decoded.orientation]
    if decoded.orientation != 1:
        notes.append(f"EXIF orientation {decoded.orientation}: turned {rotation}° clockwise"
                     + (" and mirrored" if mirrored else ""))
    dw, dh = decoded.size
    if min(dw, dh) < MIN_SIDE:
        raise InputError("input.too_small", f"{path.name} is {dw}x{dh} pixels; "
                                            f"the API needs at least {MIN_SIDE}x{MIN_SIDE}")

    scale = _fit_side(dw, dh)
    mime_as_is = _PASSTHROUGH.get(decoded.format)
    if raw is not None and mime_as_is and _sendable_as_is(decoded.format, image, (dw, dh), decoded.frames,
                                                          decoded.orientation, len(raw)):
        notes.append(f"sent as is ({decoded.format}, {len(raw)} bytes)")
        return PreparedImage(path=path, sha256=sha, data=raw, mime=mime_as_is,
                             pages=[PageGeometry(dw, dh, dw, dh)], rotation=rotation,
                             original_width=dw, original_height=dh, notes=notes)
    assert not decoded.checked_only, "a file only checked must be sendable as it is"

    encodable = _to_encodable(image, notes)
    icc = image.info.get("icc_profile") if encodable is image else None
    data, size = b"", (dw, dh)
    for _ in range(8):
        size = (max(1, math.floor(dw * scale)), max(1, math.floor(dh * scale)))
        if min(size) < MIN_SIDE:
            raise InputError("input.too_large", f"{path.name} ({dw}x{dh}) cannot be brought under "
                                                f"{MAX_SIDE} px and {MAX_BASE64_BYTES} bytes while "
                                                f"keeping {MIN_SIDE} px a side")
        scaled = encodable if size == (dw, dh) else encodable.resize(
            size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        data = _encode_jpeg(scaled, icc)
        encoded = base64_size(len(data))
        if encoded <= MAX_BASE64_BYTES:
            break
        # Bytes grow roughly with the pixel count; aim a little under the limit.
        scale *= min(0.9, math.sqrt(MAX_BASE64_BYTES / encoded) * 0.95)
    else:
        raise InputError("input.too_large", f"{path.name} could not be encoded under "
                                            f"{MAX_BASE64_BYTES} bytes of base64")
    if size != (dw, dh):
        notes.append(f"shrunk from {dw}x{dh} to {size[0]}x{size[1]}")
    notes.append(f"encoded as JPEG quality {JPEG_QUALITY} ({len(data)} bytes)")
    return PreparedImage(path=path, sha256=sha, data=data, mime="image/jpeg",
                         pages=[PageGeometry(dw, dh, size[0], size[1])], rotation=rotation,
                         original_width=dw, original_height=dh, notes=notes)


# --- PDF and multi-page TIFF ------------------------------------------------------------------

def _prepare_pdf(path: Path, sha: str, raw: bytes, accepts_pdf: bool, page: int | None) -> PreparedImage:
    name = path.name
    count = pdf.page_count(raw, name)
    if count == 0:
        raise InputError("input.unreadable", f"{name} is a PDF with no pages")
    if page is not None and not 0 <= page < count:
        raise InputError("input.no_such_page", f"{name} has {count} page(s), not {page + 1}")
    if not accepts_pdf:
        if page is None and count > 1:
            raise InputError("input.unsupported", f"{name} is a {count}-page PDF and this service takes "
                                                  "images only: choose a service that accepts PDF, or "
                                                  "send one page at a time")
        index = page or 0
        image = pdf.render(raw, index, name=name)
        note = f"PDF page {index + 1} of {count} rendered at {pdf.PDF_DPI} dpi"
        return _prepare_image(path, sha, None, _Decoded(image, "PDF", 1, 1, [note]))
    indices = list(range(count)) if page is None else [page]
    if len(indices) > pdf.MAX_PDF_PAGES:
        raise InputError("input.too_many_pages", f"{name} has {count} pages; the service reads at most "
                                                 f"{pdf.MAX_PDF_PAGES}")
    data = raw if page is None else pdf.extract(raw, indices, name)
    display = pdf.page_sizes(data, name)
    for index, (width, height) in zip(indices, display, strict=True):
        if max(width, height) > MAX_SIDE:
            raise InputError("input.too_large", f"{name} page {index + 1} is {width}x{height} pixels at "
                                                f"{pdf.PDF_DPI} dpi, over {MAX_SIDE}")
    notes = [f"PDF with {count} page(s)" + ("" if page is None else f", page {page + 1} sent alone")]
    sent = display
    if base64_size(len(data)) > MAX_BASE64_BYTES:
        frames = [pdf.render(data, i, name=name) for i in range(len(indices))]
        data, sent = _pdf_from_frames(frames, name)
        notes.append(f"re-rendered at {pdf.PDF_DPI} dpi as JPEG pages to fit {MAX_BASE64_BYTES} bytes")
    notes.append(f"sent as PDF ({len(data)} bytes)")
    geometry = [PageGeometry(dw, dh, sw, sh) for (dw, dh), (sw, sh) in zip(display, sent, strict=True)]
    return PreparedImage(path=path, sha256=sha, data=data, mime="application/pdf", pages=geometry,
                         original_width=display[0][0], original_height=display[0][1], notes=notes)


def _prepare_tiff_as_pdf(path: Path, sha: str, raw: bytes, first: _Decoded) -> PreparedImage:
    """Every frame (upright, each with its own EXIF) as one page of a PDF, so the service reads
    them all in one call; frame i is page i."""
    name, count = path.name, first.frames
    if count > pdf.MAX_PDF_PAGES:
        raise InputError("input.too_many_pages", f"{name} has {count} pages; the service reads at most "
                                                 f"{pdf.MAX_PDF_PAGES}")
    notes = list(first.notes)
    frames: list[Image.Image] = []
    for index in range(count):
        decoded = first if index == 0 else _decode(raw, name, frame=index)
        width, height = decoded.image.size
        if min(width, height) < MIN_SIDE:
            raise InputError("input.too_small", f"{name} page {index + 1} is {width}x{height} pixels; "
                                                f"the API needs at least {MIN_SIDE}x{MIN_SIDE}")
        frames.append(_to_encodable(decoded.image, notes))
    data, sent = _pdf_from_frames(frames, name)
    notes.append(f"multi-page TIFF: {count} pages sent as one PDF ({len(data)} bytes)")
    geometry = [PageGeometry(f.width, f.height, sw, sh) for f, (sw, sh) in zip(frames, sent, strict=True)]
    rotation = _ORIENTATION[first.orientation][0]
    return PreparedImage(path=path, sha256=sha, data=data, mime="application/pdf", pages=geometry,
                         rotation=rotation, original_width=frames[0].width,
                         original_height=frames[0].height, notes=notes)


def _pdf_from_frames(frames: list[Image.Image], name: str) -> tuple[bytes, list[tuple[int, int]]]:
    """A PDF of `frames` (shrunk together when a side or the size is over the limits) and each
    page's size as the service will rasterise it (`PDF_DPI`)."""
    scale = min(_fit_side(*frame.size) for frame in frames)
    for _ in range(8):
        scaled = []
        for frame in frames:
            size = (max(1, math.floor(frame.width * scale)), max(1, math.floor(frame.height * scale)))
            if min(size) < MIN_SIDE:
                raise InputError("input.too_large", f"{name} cannot be brought under {MAX_SIDE} px and "
                                                    f"{MAX_BASE64_BYTES} bytes while keeping {MIN_SIDE} "
                                                    "px a side")
            scaled.append(frame if size == frame.size else frame.resize(
                size, Image.Resampling.LANCZOS, reducing_gap=3.0))
        data = pdf.from_images(scaled, quality=JPEG_QUALITY)
        encoded = base64_size(len(data))
        if encoded <= MAX_BASE64_BYTES:
            return data, pdf.page_sizes(data, name)
        scale *= min(0.9, math.sqrt(MAX_BASE64_BYTES / encoded) * 0.95)
    raise InputError("input.too_large", f"{name} could not be encoded under {MAX_BASE64_BYTES} bytes "
                                        "of base64")
