"""Turn the clerk's file into what is uploaded, before any byte is sent (every call is paid).

Decisions:
- The file is read once into memory; it is never modified or re-saved. `sha256` is of those bytes.
- Only raster formats the APIs take are decoded (JPEG/MPO, PNG, TIFF, BMP, WebP, GIF): Pillow's
  other plugins (EPS through Ghostscript, ...) are never reached. A full decode (`load()`) catches
  damaged and truncated files up front: `input.unreadable`.
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
- Multi-frame files (TIFF, GIF, WebP): the first frame is sent; the frame count is in `notes`.
- PDF (by its `%PDF-` magic): refused (`input.unsupported`) for now, also for services that take
  PDF: the page geometry needs page sizes, which needs a PDF library.
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

from PIL import Image, ImageOps

from .errors import InputError
from .prepared import PageGeometry, PreparedImage

MIN_SIDE = 500
MAX_SIDE = 10000
MAX_BASE64_BYTES = 9_500_000
MAX_PIXELS = 200_000_000
JPEG_QUALITY = 90
FORMATS = ("JPEG", "MPO", "PNG", "TIFF", "BMP", "WEBP", "GIF")
_PASSTHROUGH = {"JPEG": "image/jpeg", "PNG": "image/png"}

if Image.MAX_IMAGE_PIXELS is not None and Image.MAX_IMAGE_PIXELS < MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# EXIF orientation -> (degrees clockwise, mirrored)
_ORIENTATION = {1: (0, False), 2: (0, True), 3: (180, False), 4: (180, True),
                5: (90, True), 6: (90, False), 7: (270, True), 8: (270, False)}


def _formats() -> tuple[str, ...]:
    Image.init()  # registers every plugin; `formats=` must name registered ones only
    return tuple(f for f in FORMATS if f in Image.OPEN)


def base64_size(n: int) -> int:
    return 4 * math.ceil(n / 3)


class _Decoded:
    def __init__(self, image: Image.Image, fmt: str, orientation: int, frames: int,
                 notes: list[str]) -> None:
        self.image = image  # EXIF-corrected, fully loaded
        self.format = fmt
        self.orientation = orientation
        self.frames = frames
        self.notes = notes


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("input.not_found", f"{Path(path).name}: no such file") from None
    except IsADirectoryError:
        raise InputError("input.unreadable", f"{Path(path).name} is a folder") from None
    except OSError as exc:
        raise InputError("input.unreadable", f"{Path(path).name}: {exc.strerror or type(exc).__name__}") \
            from None


def _is_pdf(raw: bytes) -> bool:
    return raw.lstrip()[:5] == b"%PDF-"


def _decode(raw: bytes, name: str) -> _Decoded:
    notes: list[str] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw), formats=_formats())
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise InputError("input.too_large", f"{name}: {width}x{height} is over "
                                                f"{MAX_PIXELS // 1_000_000} megapixels")
        fmt = image.format or "?"
        frames = int(getattr(image, "n_frames", 1) or 1)
        if frames > 1:
            image.seek(0)
            notes.append(f"page_count={frames}: only the first of {frames} frames is sent")
        image.load()
        try:
            orientation = int(image.getexif().get(0x0112, 1) or 1)
        except Exception:  # noqa: BLE001 - a broken EXIF block is no reason to refuse the image
            orientation = 1
        if orientation not in _ORIENTATION:
            orientation = 1
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
    except Exception as exc:  # noqa: BLE001 - OSError, SyntaxError, ValueError, bomb, struct.error...
        raise InputError("input.unreadable", f"{name}: {type(exc).__name__}") from None
    return _Decoded(image, fmt, orientation, frames, notes)


def load_for_display(path: Path) -> Image.Image:
    """The image as the clerk sees it (EXIF-corrected, first frame, original size), for the GUI."""
    path = Path(path)
    raw = _read(path)
    if _is_pdf(raw):
        raise InputError("input.unsupported", f"{path.name}: PDF display arrives later")
    return _decode(raw, path.name).image


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
    options = {"quality": JPEG_QUALITY}
    if icc:
        options["icc_profile"] = icc
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _fit_side(width: int, height: int) -> float:
    return min(1.0, MAX_SIDE / max(width, height))


def prepare(path: Path, *, accepts_pdf: bool = False) -> PreparedImage:
    """Decode, check and (when needed) shrink and re-encode one source file. Raises `InputError`."""
    path = Path(path)
    raw = _read(path)
    sha = hashlib.sha256(raw).hexdigest()
    if _is_pdf(raw):
        if not accepts_pdf:
            raise InputError("input.unsupported", f"{path.name} is a PDF; this service takes images only")
        raise InputError("input.unsupported", f"{path.name} is a PDF: PDF support arrives later; "
                                              "export the pages as images for now")
    decoded = _decode(raw, path.name)
    image, notes = decoded.image, list(decoded.notes)
    rotation, mirrored = _ORIENTATION[decoded.orientation]
    if decoded.orientation != 1:
        notes.append(f"EXIF orientation {decoded.orientation}: turned {rotation}° clockwise"
                     + (" and mirrored" if mirrored else ""))
    dw, dh = image.size
    if min(dw, dh) < MIN_SIDE:
        raise InputError("input.too_small", f"{path.name} is {dw}x{dh} pixels; "
                                            f"the API needs at least {MIN_SIDE}x{MIN_SIDE}")

    scale = _fit_side(dw, dh)
    mime_as_is = _PASSTHROUGH.get(decoded.format)
    if (mime_as_is and scale == 1.0 and decoded.orientation == 1 and decoded.frames == 1
            and image.mode in ("RGB", "L") and "transparency" not in image.info
            and base64_size(len(raw)) <= MAX_BASE64_BYTES):
        notes.append(f"sent as is ({decoded.format}, {len(raw)} bytes)")
        return PreparedImage(path=path, sha256=sha, data=raw, mime=mime_as_is,
                             pages=[PageGeometry(dw, dh, dw, dh)], rotation=rotation,
                             original_width=dw, original_height=dh, notes=notes)

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
