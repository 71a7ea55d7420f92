"""A close-up of one field's region, for the value editor: the clerk reads the pixels right next to
the value they are correcting."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from .. import i18n


class CropSource(Protocol):
    """Where the crops come from: the page canvas (gui/widgets/canvas.py, `CanvasCrops.field_crop`)."""

    def field_crop(self, index: int, margin: int = ..., max_size: QSize = ...) -> QImage: ...

NO_BOX_TEXT = "This field has no box on the image."


class FieldMagnifier(QLabel):
    """Shows `canvas.field_crop(index)` scaled to fit; a short text when the field has no box.

    Its size hint does not depend on the crop, so showing a field never resizes the layout.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas: CropSource | None = None
        self._index: int | None = None
        self._no_box_text = NO_BOX_TEXT
        self.withheld = False  # the page's image is not shown (a review naming another file)
        self._shown: tuple[int, float] | None = None  # the crop on show (its cacheKey), pixel ratio
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(80, 40)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        return QSize(480, 96)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 40)

    def hasHeightForWidth(self) -> bool:
        return False  # the "no box" text must not shrink the widget (word-wrapped labels would)

    def set_no_box_text(self, text: str) -> None:
        self._no_box_text = text
        self._refresh()

    def show_field(self, canvas: CropSource, index: int | None) -> None:
        self._canvas = canvas
        self._index = index
        self._refresh()

    def current_field(self) -> int | None:
        return self._index

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._canvas is None or self._index is None:
            self._shown = None
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        room = self.contentsRect().size() - QSize(4, 4)
        room = QSize(max(round(room.width() * ratio), 1), max(round(room.height() * ratio), 1))
        crop = self._canvas.field_crop(self._index, max_size=room)
        shown = (crop.cacheKey(), ratio)
        if shown == self._shown:
            return  # the same crop (Enter shows the edited field again, then the next: issue 12)
        self._shown = None
        if crop.isNull():
            self.setPixmap(QPixmap())
            self.setText(i18n.tr("The image is not shown (it is not the file this review was made from), so "
                                 "there is no close-up of this "
                                 "field.") if self.withheld else self._no_box_text)
            return
        pixmap = QPixmap.fromImage(crop)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        self._shown = shown
