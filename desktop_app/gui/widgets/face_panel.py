"""The face photo a passport or ID card answer may carry, shown (decoded by the core:
core/providers/face_image.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.lazy import lazy_module
from ...core.model import Document

if TYPE_CHECKING:
    from ...core.providers import face_image as face_photos
    from ..workers import faces
else:  # at the first document, not at the window's start (issue 12)
    face_photos = lazy_module("desktop_app.core.providers.face_image")
    faces = lazy_module("desktop_app.gui.workers.faces")


def face_image(document: Document | None, page_index: int = 0) -> QImage:
    """The face image of a page (or of any page), decoded by the core, or a null QImage: the one
    `prepare_faces` decoded on a worker, else decoded here."""
    if document is None:
        return QImage()
    pages = list(document.pages)
    if 0 <= page_index < len(pages):
        pages.insert(0, pages.pop(page_index))
    found = faces.decoded_face(pages)
    return found if found is not None else faces.face_qimage(face_photos.face_photo(document, page_index))


class FacePanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(120, 150)
        self.setMaximumSize(220, 280)  # a check photo, not a second canvas: the field list keeps its room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._image = QImage()
        self.masked = False  # presentation mode: the photo is not shown

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        self._refresh()

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._refresh()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def sizeHint(self) -> QSize:
        return QSize(180, 230)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._image.isNull() or self.masked:
            self.clear()
            return
        pixmap = QPixmap.fromImage(self._image).scaled(
            self.contentsRect().size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(pixmap)
