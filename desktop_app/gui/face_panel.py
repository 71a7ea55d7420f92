"""The face photo a passport or ID card answer may carry (`page.images["face"]`, base64)."""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..core.model import Document


def face_image(document: Document | None, page_index: int = 0) -> QImage:
    """The decoded face image of a page (or of any page), or a null QImage."""
    if document is None:
        return QImage()
    pages = list(document.pages)
    if 0 <= page_index < len(pages):
        pages.insert(0, pages.pop(page_index))
    for page in pages:
        data = page.images.get("face")
        if not data:
            continue
        if data.startswith("data:") and "," in data:
            data = data.split(",", 1)[1]
        try:
            raw = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            continue
        image = QImage.fromData(raw)
        if not image.isNull():
            return image
    return QImage()


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
