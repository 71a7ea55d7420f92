"""Decode images off the GUI thread.

`ImageLoader.load(path, page)` decodes on a thread pool and answers with `loaded(key, image)` or
`failed(key, message)` in the GUI thread (`key` is `image_key(path, page)`: the path itself for
page 0). The image is EXIF-upright (the page's displayed pixel space). A newer `load()` supersedes
older ones: their results are never reported.

A photo's first page is decoded by Qt (`QImageReader`); a PDF page, or a later page of a multi-page
TIFF, is rendered by the Qt-free core (`core.pages.render_page`, pypdfium2 for PDF, ADR 7) and the
PIL image converted to a QImage on the worker (QImage is safe off the GUI thread, QPixmap is not).

Decodes run through the window's one background helper (gui/workers/background.py, docs/adr/0015): its
relay is made in the GUI thread; a newer `load()` supersedes the older ticket, whose result is dropped.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from ...core import display, pages
from ...core.errors import AppError
from ...core.file_kind import diagnose_file
from ...core.files import NotRegularFile, read_head
from .background import Background
from .shown_first import SHOWN_FIRST


def image_key(path: str, page: int = 0) -> str:
    """How a loaded page is named in `loaded`/`failed`: the path for page 0, `path#page=N` after."""
    return path if page == 0 else f"{path}#page={page}"


# Worker threads share the GIL with the GUI thread: one long C call that holds it (Pillow's
# tobytes of a 25 MP page, a QImage format conversion) freezes the window for its whole length.
# Pixels are therefore copied in strips of about this many bytes, each a fraction of a millisecond.
STRIP_BYTES = 1 << 20


def pil_to_qimage(image) -> QImage:
    """A PIL image as a QImage that owns its pixels (RGB32, or ARGB32 premultiplied with alpha);
    safe in any thread. Filled strip by strip (`STRIP_BYTES`), so the GUI thread never waits long
    for the GIL while a big page is converted."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    alpha = image.mode == "RGBA"
    if sys.byteorder != "little":  # the strips' byte order is that of a little-endian 32-bit pixel
        return _pil_to_qimage_whole(image)
    width, height = image.size
    out = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied if alpha
                 else QImage.Format.Format_RGB32)
    if out.isNull() or not width or not height:
        return QImage()
    stride = out.bytesPerLine()
    bits = memoryview(out.bits())  # writable: the QImage's own pixels
    rows = max(1, STRIP_BYTES // stride)
    raw_mode = "BGRa" if alpha else "BGRX"  # = the QImage's bytes: premultiplied BGRA / BGR and 0xff
    for top in range(0, height, rows):
        strip = image.crop((0, top, width, min(height, top + rows))).tobytes("raw", raw_mode)
        bits[top * stride:top * stride + len(strip)] = strip
    return out


def _pil_to_qimage_whole(image) -> QImage:
    if image.mode == "RGBA":
        data = image.tobytes("raw", "RGBA")
        qimage = QImage(data, image.width, image.height, image.width * 4, QImage.Format.Format_RGBA8888)
        return qimage.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    data = image.tobytes("raw", "RGB")
    qimage = QImage(data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    return qimage.convertToFormat(QImage.Format.Format_RGB32)  # a copy: `data` may go


def _read(path: str) -> tuple[bytes, str]:
    """(the file's first bytes, "") or (b"", error code). Only a regular file is opened, checked on
    the opened descriptor (core/files.py): a FIFO or /dev/zero is refused, never waited on or read.
    Qt then reads the file by its path: a QBuffer made in Python would have Qt's image readers call
    back into Python from a worker while holding their own lock, which deadlocked with a second
    worker holding the GIL (seen in CI: two loaders, one in QImageReader.size, one in read)."""
    try:
        return read_head(path, 16), ""
    except FileNotFoundError:
        return b"", "input.not_found"
    except NotRegularFile:
        return b"", "input.not_regular"
    except OSError:
        return b"", "input.unreadable"


PAGE_SIZE_KEY = "desktop-app-page-size"  # QImage text: "WxH", the page's full size when shown smaller


def page_size_of(image: QImage) -> QSize:
    """The full displayed size of the page `image` shows (its own size unless decoded smaller)."""
    width, _, height = image.text(PAGE_SIZE_KEY).partition("x")
    if width.isdigit() and height.isdigit():
        return QSize(int(width), int(height))
    return image.size()


def decode_page(path: str, page: int = 0, max_side: int | None = None) -> tuple[QImage, str]:
    """Page `page` of `path` for display (or a thumbnail with `max_side`): (image, "") or
    (null image, error code). Safe in any thread.

    A photo or scan Qt reads is decoded by Qt, by its path, at most `core.display.DISPLAY_MAX_PIXELS`
    pixels (a JPEG is scaled while it is decoded: a 100 MP scan never exists at full size, and Qt
    lets go of the GIL, so the window keeps turning). What Qt does not read or refuses (HEIC, PDF
    and TIFF pages, a PNG over Qt's 256 MB limit) is decoded by the core at a display resolution.
    A page shown smaller records its full size in the image (`page_size_of`), so boxes still land."""
    raw, error = _read(path)
    if error:
        return QImage(), error
    if page == 0 and max_side is None and not raw.lstrip()[:5] == b"%PDF-":
        image = _decode_qt(path, display.DISPLAY_MAX_PIXELS)
        if not image.isNull():
            return image, ""
    try:
        if max_side is not None and raw.lstrip()[:5] == b"%PDF-":  # rendered at that size directly,
            return pil_to_qimage(pages.render_page(Path(path), page, max_side=max_side)), ""  # one page
        budget = display.DISPLAY_MAX_PIXELS if max_side is None else 4 * max_side * max_side
        shown = display.display_page(Path(path), page, max_pixels=budget)
        picture = shown.image
        if max_side and max(picture.size) > max_side:
            picture = picture.copy()
            picture.thumbnail((max_side, max_side))
        image = pil_to_qimage(picture)
        if max_side is None and shown.reduced:
            image.setText(PAGE_SIZE_KEY, f"{shown.width}x{shown.height}")
        return image, ""
    except AppError as exc:
        return QImage(), exc.code
    except Exception:  # noqa: BLE001 - a file the decoders choke on is unreadable, not a crash
        return QImage(), "input.unreadable"


def failure_key(error: AppError) -> str:
    """An error as the text `failed` carries: its code, and the kind of file when it names one."""
    what = error.values.get("what") if getattr(error, "values", None) else None
    return f"{error.code}\x1f{what}" if what else error.code


def failure_error(key: str) -> AppError:
    """The error `failure_key` wrote."""
    code, _sep, what = key.partition("\x1f")
    return AppError(code, values={"what": what} if what else None)


def decode_image(path: str) -> tuple[QImage, str]:
    """Decode `path` upright (EXIF orientation applied) at its full size; return (image, "") or
    (null image, error code). Safe in any thread (QImage, not QPixmap). The image is in a format
    QPixmap takes without another conversion, so the GUI thread only uploads it."""
    _head, error = _read(path)
    if error:
        return QImage(), error
    image = _decode_qt(path, None)
    return (image, "") if not image.isNull() else (QImage(), "input.unreadable")


def _decode_qt(path: str, max_pixels: int | None) -> QImage:
    """Qt's decode of `path` (by its path: see `_read`), upright, scaled as it is read to at most
    `max_pixels`; a null image when Qt cannot read it or refuses it (its allocation limit)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    stored = reader.size()
    if not reader.canRead() or not stored.isValid() or stored.isEmpty():
        return QImage()
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    full = stored.transposed() if turned else QSize(stored)
    pixels = stored.width() * stored.height()
    if max_pixels is not None and pixels > max_pixels:
        factor = math.sqrt(max_pixels / pixels)
        reader.setScaledSize(QSize(max(1, math.floor(stored.width() * factor)),
                                   max(1, math.floor(stored.height() * factor))))
    image = reader.read()
    if image.isNull():
        return QImage()
    target = (
        QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel() else QImage.Format.Format_RGB32
    )
    if image.format() != target:
        image = image.convertToFormat(target)
    if image.size() != full:
        image.setText(PAGE_SIZE_KEY, f"{full.width()}x{full.height()}")
    return image


class ImageLoader(QObject):
    """Create in the GUI thread, parented to a GUI object."""

    loaded = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=2, supersede=True)

    def load(self, path: str, page: int = 0) -> None:
        """Start decoding page `page` of `path`; any earlier request still under way will not be
        reported."""
        key = image_key(path, page)
        token = object()
        SHOWN_FIRST.forget()  # the pages asked for before are superseded
        SHOWN_FIRST.expect(token)  # the strip's thumbnails wait for this page (shown_first.py)

        def task() -> tuple[QImage, str]:
            try:
                image, error = decode_page(path, page)
            finally:
                SHOWN_FIRST.done(token)
            if error == "input.unreadable":  # say why: empty, a kind we do not read, damaged
                error = failure_key(diagnose_file(path))
            return image, error

        self._work.submit(task, lambda result, error: self._on_done(key, result, error))

    def cancel(self) -> None:
        """Forget every request under way (their results will not be reported)."""
        self._work.cancel()
        SHOWN_FIRST.forget()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for decodes under way (for shutdown and tests); True when none is left."""
        return self._work.wait(msecs)

    def _on_done(self, key: str, result: tuple[QImage, str] | None, error: AppError | None) -> None:
        image, code = result if result is not None else (QImage(), failure_key(error or AppError("internal")))
        if code:
            self.failed.emit(key, code)  # the code (and what the file is): failure_error() reads it
        else:
            self.loaded.emit(key, image)
