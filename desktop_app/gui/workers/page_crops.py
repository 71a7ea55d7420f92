"""Full-resolution crops for a page shown reduced (a big scan, core/display.py).

The canvas draws a 600-dpi scan from a smaller decode; the magnifier above the value editor must
still show the field's own pixels, sharp. `FullCrops.request` cuts every field's region of the page
from the full-resolution pixels in one decode on its own worker (not the review files' IO worker: a
save never waits behind a 100 MP decode), then hands them to the canvas. A newer request (another
page, new fields) makes older results go nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from ...core import display
from ..widgets.canvas import DocumentCanvas
from .background import Background
from .imageload import pil_to_qimage


class FullCrops(QObject):
    def __init__(self, canvas: DocumentCanvas, on_ready: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._on_ready = on_ready
        self._worker = Background(self, threads=1, supersede=True)  # a newer request drops the older

    def request(self, path: str, page: int) -> bool:
        """Cut the crops of the fields now on the canvas; False when none is needed."""
        self._worker.cancel()
        canvas = self._canvas
        areas = canvas.crop_areas() if canvas.shows_reduced() else {}
        if not areas:
            return False
        indices = list(areas)
        boxes = [(r.x(), r.y(), r.x() + r.width(), r.y() + r.height()) for r in areas.values()]

        def work() -> list:
            return [pil_to_qimage(crop) for crop in display.full_crops(Path(path), page, boxes)]

        def done(images: list | None, error: object) -> None:
            if error is not None or images is None:
                return  # unreadable now: the reduced pixels stay in use
            canvas.set_full_crops({i: (areas[i], image) for i, image in zip(indices, images, strict=True)})
            self._on_ready()

        self._worker.submit(work, done)
        return True

    def forget(self) -> None:
        self._worker.cancel()

    def wait(self) -> None:
        """Deliver what is under way (tests, closing)."""
        self._worker.flush()
