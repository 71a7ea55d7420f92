"""Checks of an image file that is sent as it is: whole, without a full-size decode.

The service decodes the pixels itself; decoding all of them here only to throw them away was 60 of
the engine's 77 ms per 12 MP photo (issue 12). A JPEG's markers up to its image data were read by
`Image.open`; what a full decode then catches is a cut file (libjpeg only warns on damaged
entropy-coded data and decodes on). A whole JPEG ends with its EOI marker (FF D9, which cannot
occur inside the entropy-coded data, where every FF is followed by 00 or a restart marker): that
is the check. A file that does not end so (cut, or a camera's trailer after EOI) is decoded at 1/8
scale (Pillow's draft mode: libjpeg still reads every byte of the data, so a cut file fails as in
a full decode, at a fraction of the cost). A PNG is read chunk by chunk to its IEND, each
against its CRC (`verify()`): a cut file has no IEND, a damaged one fails its checksum. The
decompression-bomb guard is the caller's: the pixel count is checked from the header first.
`registered` imports only the readers of the formats the APIs take, at the first decode rather
than at start, and pi-heif's only for a file that may be HEIF; `open_image` opens a PNG or a JPEG
with its own reader alone.
"""

from __future__ import annotations

import io
import threading

from PIL import Image

# EXIF orientation values Pillow's ImageOps.exif_transpose knows (imageprep._ORIENTATION's keys)
_KNOWN = range(1, 9)


def orientation_unread(image: Image.Image, raw: bytes) -> bool:
    """True when reading the orientation would decode the pixels: Pillow's PNG reader looks for
    an eXIf chunk after the image data by loading the image (one before them is in `info`)."""
    return image.format == "PNG" and "exif" not in image.info and not png_has_chunk(raw, b"eXIf")


def png_has_chunk(raw: bytes, kind: bytes) -> bool:
    """Does the PNG `raw` hold a chunk of `kind`? Its chunks are walked by their lengths (a step a
    chunk: searching a 1 MP file's bytes for the name took as long as its sha256, issue 12); a
    file whose chunks do not lead to an IEND is searched whole, as it used to be."""
    position, end = 8, len(raw)
    while position + 8 <= end:
        name = raw[position + 4:position + 8]
        if name == kind:
            return True
        position += 12 + int.from_bytes(raw[position:position + 4], "big")
        if name == b"IEND":
            return kind in (raw[position:] if position <= end else raw)  # what follows IEND, searched
    return kind in raw


def check_whole(raw: bytes, image: Image.Image) -> None:
    """Read every byte of a file to be sent as it is, without a full-size decode; raises what a
    full decode would raise on a cut or damaged file."""
    if image.format == "JPEG":
        if raw.rstrip(b"\x00").endswith(b"\xff\xd9"):
            return
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    else:  # PNG: every chunk up to IEND, each against its CRC
        with open_image(raw, ("PNG",)) as again:
            again.verify()


def orientation_of(image: Image.Image) -> int:
    """The EXIF orientation (1 when none, unknown or broken)."""
    try:
        orientation = int(image.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - as in _decode: a broken EXIF block is ignored
        return 1
    return orientation if orientation in _KNOWN else 1


_STATE = {"preinit": False, "builtin": False, "heif": False}
# what Pillow's PNG and JPEG readers accept (their _accept): such a file is opened by one of the
# readers Image.preinit() registers; MPO (a JPEG's factory imports it itself), TIFF and WebP are not
# needed for it, nor TIFF's ImageOps (a twentieth of `desktop-app ocr` on a PNG, issue 12)
_PREINIT_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
_LOCK = threading.Lock()


def looks_like_heif(raw: bytes) -> bool:
    """An ISO media file (an `ftyp` box first): what pi-heif's reader looks at; no built-in reader
    of Pillow's reads one."""
    return raw[4:8] == b"ftyp"


def open_image(raw: bytes, formats: tuple[str, ...]) -> Image.Image:
    """`Image.open(raw, formats=formats)`, not yet decoded. Pillow's `Image.open` of a file object
    imports all five of `preinit()`'s readers first (a thirtieth of `desktop-app ocr` on a PNG,
    issue 12): a PNG is opened by the PNG reader, a JPEG by the JPEG reader's factory (which opens
    an MPO as `Image.open` does), with `Image.open`'s bomb guard; anything else by `Image.open`."""
    if raw.startswith(_PREINIT_MAGIC[0]) and "PNG" in formats:
        from PIL import PngImagePlugin

        return _guarded(PngImagePlugin.PngImageFile(io.BytesIO(raw)))
    if raw.startswith(_PREINIT_MAGIC[1]) and "JPEG" in formats:
        from PIL import JpegImagePlugin

        return _guarded(JpegImagePlugin.jpeg_factory(io.BytesIO(raw)))
    return Image.open(io.BytesIO(raw), formats=registered(formats, raw))


def _guarded(image: Image.Image) -> Image.Image:
    """What `Image.open` raises for a decompression bomb (its warning below that is not raised
    here; every caller silences it)."""
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and image.width * image.height > 2 * limit:
        image.close()
        raise Image.DecompressionBombError(f"Image size ({image.width * image.height} pixels) "
                                           f"exceeds limit of {2 * limit} pixels")
    return image


def registered(formats: tuple[str, ...], raw: bytes | None = None) -> tuple[str, ...]:
    """Those of `formats` Pillow can read, its readers imported at the first call; pi-heif's only
    for a file that may be HEIF (`raw`; None: any file): importing it and starting libheif was a
    twentieth of `desktop-app ocr` on a PNG (issue 12)."""
    with _LOCK:  # registered at the first decode, not when the window starts (issue 12)
        if not _STATE["preinit"]:
            _STATE["preinit"] = True
            # only the readers of FORMATS (Image.init() would import all ~45 plugins: a tenth of
            # `desktop-app ocr`'s start); `formats=` must name registered ones only
            Image.preinit()  # BMP, GIF, JPEG, PNG, PPM
        if not _STATE["builtin"] and (raw is None or not raw.startswith(_PREINIT_MAGIC)):
            _STATE["builtin"] = True
            from PIL import MpoImagePlugin, TiffImagePlugin, WebPImagePlugin  # noqa: F401
        if not _STATE["heif"] and (raw is None or looks_like_heif(raw)):
            _STATE["heif"] = True
            try:  # iPhone photos (HEIC/HEIF): pi-heif, the decode-only pillow-heif (LGPL libheif/libde265)
                from pi_heif import register_heif_opener
            except ImportError:  # pragma: no cover - a build without it: HEIC is refused as unreadable
                pass
            else:
                register_heif_opener()
    return tuple(f for f in formats if f in Image.OPEN)
