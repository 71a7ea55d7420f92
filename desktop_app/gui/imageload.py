"""Decode images off the GUI thread.

`ImageLoader.load(path)` decodes on a thread pool and answers with `loaded(path, image)` or
`failed(path, message)` in the GUI thread. The image is EXIF-upright (the page's displayed pixel
space). A newer `load()` supersedes older ones: their results are never reported.

Thread ownership (see SETUP-NOTES, "Crash seen"): the only QObject a worker touches is `_Relay`,
created once in the GUI thread and parented to the loader; workers only emit its signal. The pool is
the loader's child and is created before the relay, so when the loader is destroyed the pool's
destructor waits for running decodes while the relay still exists.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader

from ..core.errors import describe


class _Relay(QObject):
    # generation, path, image (null on failure), error code ("" on success)
    done = Signal(int, str, QImage, str)


class _Generation:
    """The number of the newest request, readable from worker threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    def current(self) -> int:
        with self._lock:
            return self._value


def decode_image(path: str) -> tuple[QImage, str]:
    """Decode `path` upright (EXIF orientation applied); return (image, "") or (null image, error code).

    Safe in any thread (QImage, not QPixmap). The image is converted to a format QPixmap takes
    without another conversion, so the GUI thread only uploads it.
    """
    if not os.path.isfile(path):
        return QImage(), "input.not_found"
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
        self._pool = QThreadPool(self)  # first child: destroyed (and waited for) before the relay
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._generation = _Generation()

    def load(self, path: str) -> None:
        """Start decoding `path`; any earlier request still under way will not be reported."""
        generation = self._generation.next()
        relay = self._relay
        newest = self._generation

        def task() -> None:
            if newest.current() != generation:
                return  # superseded before it started: do not spend a core on it
            image, error = decode_image(path)
            relay.done.emit(generation, path, image, error)

        self._pool.start(task)

    def cancel(self) -> None:
        """Forget every request under way (their results will not be reported)."""
        self._generation.next()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for decodes under way (for shutdown and tests); True when none is left."""
        return self._pool.waitForDone(msecs)

    @Slot(int, str, QImage, str)
    def _on_done(self, generation: int, path: str, image: QImage, error: str) -> None:
        if generation != self._generation.current():
            return
        if error:
            self.failed.emit(path, describe(error).en)
        else:
            self.loaded.emit(path, image)
