"""Decode images off the GUI thread.

`ImageLoader.load(path, page)` decodes on a thread pool and answers with `loaded(key, image)` or
`failed(key, message)` in the GUI thread (`key` is `image_key(path, page)`: the path itself for
page 0). The image is EXIF-upright (the page's displayed pixel space). A newer `load()` supersedes
older ones: their results are never reported.

A photo's first page is decoded by Qt (`QImageReader`); a PDF page, or a later page of a multi-page
TIFF, is rendered by the Qt-free core (`core.pages.render_page`, pypdfium2 for PDF, ADR 7) and the
PIL image converted to a QImage on the worker (QImage is safe off the GUI thread, QPixmap is not).

Decodes run through the window's one background helper (gui/background.py, docs/adr/0015): its
relay is made in the GUI thread; a newer `load()` supersedes the older ticket, whose result is dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QImageReader

from ..core import display
from ..core.errors import AppError
from ..core.file_kind import diagnose_file
from ..core.files import NotRegularFile, read_head
from .background import Background


def image_key(path: str, page: int = 0) -> str:
    """How a loaded page is named in `loaded`/`failed`: the path for page 0, `path#page=N` after."""
    return path if page == 0 else f"{path}#page={page}"


def pil_to_qimage(image) -> QImage:
    """A PIL image as a QImage that owns its pixels (RGB32 or ARGB32); safe in any thread."""
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
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


def _qt_shows_whole(path: str) -> bool:
    """Qt reads this file's format and its pixels fit the display budget (read from the header)."""
    reader = QImageReader(path)
    size = reader.size()
    return (reader.canRead() and size.isValid()
            and size.width() * size.height() <= display.DISPLAY_MAX_PIXELS)


def decode_page(path: str, page: int = 0, max_side: int | None = None) -> tuple[QImage, str]:
    """Page `page` of `path` for display (or a thumbnail with `max_side`): (image, "") or
    (null image, error code). Safe in any thread.

    A photo Qt reads whose pixels fit `core.display.DISPLAY_MAX_PIXELS` is decoded by Qt; anything
    else (a big scan Qt's 256 MB limit refuses, HEIC, PDF and TIFF pages) by the core at a display
    resolution, the page's full size recorded in the image (`page_size_of`) so boxes still land."""
    raw, error = _read(path)
    if error:
        return QImage(), error
    if page == 0 and max_side is None and not raw.lstrip()[:5] == b"%PDF-" and _qt_shows_whole(path):
        image, error = _decode_qt(path)
        if not error:
            return image, ""
    try:
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
    """Decode `path` upright (EXIF orientation applied); return (image, "") or (null image, error code).

    Safe in any thread (QImage, not QPixmap). The image is converted to a format QPixmap takes
    without another conversion, so the GUI thread only uploads it.
    """
    _head, error = _read(path)
    return (QImage(), error) if error else _decode_qt(path)


def _decode_qt(path: str) -> tuple[QImage, str]:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return QImage(), "input.unreadable"
    target = (
        QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel() else QImage.Format.Format_RGB32
    )
    if image.format() != target:
        image = image.convertToFormat(target)
    return image, ""


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

        def task() -> tuple[QImage, str]:
            image, error = decode_page(path, page)
            if error == "input.unreadable":  # say why: empty, a kind we do not read, damaged
                error = failure_key(diagnose_file(path))
            return image, error

        self._work.submit(task, lambda result, error: self._on_done(key, result, error))

    def cancel(self) -> None:
        """Forget every request under way (their results will not be reported)."""
        self._work.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for decodes under way (for shutdown and tests); True when none is left."""
        return self._work.wait(msecs)

    def _on_done(self, key: str, result: tuple[QImage, str] | None, error: AppError | None) -> None:
        image, code = result if result is not None else (QImage(), failure_key(error or AppError("internal")))
        if code:
            self.failed.emit(key, code)  # the code (and what the file is): failure_error() reads it
        else:
            self.loaded.emit(key, image)
