"""The field crops of the canvas (the magnifier above the value editor shows them): each field's
region of the page, from the full-resolution pixels when the page is shown from a smaller decode
(a big scan, gui/workers/page_crops.py brings those), else from the image on screen.

A mixin of `DocumentCanvas` (gui/widgets/canvas.py), which holds `_image`, `_page`, `_fields` and
`_full_crops`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage

from .overlay import box_scene_rect

CROP_UPSCALE_MAX = 4.0
CROP_SIZE = QSize(900, 140)  # default room for field_crop (QSize is only read, never changed)


class CanvasCrops:
    _image: QImage
    _page: QSize
    _fields: list
    _full_crops: dict[int, tuple[QRect, QImage]]
    image_filter: Callable[[QImage], QImage] | None  # presentation mode's masks (canvas.py)

    def shows_reduced(self) -> bool:
        return not self._image.isNull() and self._image.size() != self._page

    def crop_areas(self, margin: int = 12) -> dict[int, QRect]:
        """Field index -> the page region its crop shows (its boxes plus `margin`), full-size pixels."""
        areas = {}
        for index in range(len(self._fields)):
            area = self.crop_area(index, margin)
            if area is not None:
                areas[index] = area
        return areas

    def crop_area(self, index: int, margin: int = 12) -> QRect | None:
        """The page region field `index`'s crop shows, None when it has no box on the page."""
        rect = box_scene_rect(self._fields[index])
        if rect.isEmpty():
            return None
        area = rect.adjusted(-margin, -margin, margin, margin).toAlignedRect() & QRect(
            0, 0, self._page.width(), self._page.height())
        return None if area.isEmpty() else area

    def set_full_crops(self, crops: dict[int, tuple[QRect, QImage]]) -> None:
        """Crops cut from the full-resolution pixels (on a worker) for a page shown reduced."""
        self._full_crops = dict(crops)

    def field_crop(self, index: int, margin: int = 12, max_size: QSize = CROP_SIZE) -> QImage:
        """The region of field `index` (union of its boxes plus `margin` page pixels), scaled to fit
        `max_size` keeping its aspect (enlarged at most 4x). Null image when it has no box. From the
        full-resolution crop when the page is shown reduced and it has arrived."""
        if self._image.isNull() or not 0 <= index < len(self._fields):
            return QImage()
        area = self.crop_area(index, margin)
        if area is None:
            return QImage()
        # presentation mode masks the image on screen: crops then come from it, never the full pixels
        full = None if self.image_filter is not None else self._full_crops.get(index)
        key = (self._image.cacheKey(), area, None if full is None else full[1].cacheKey(), max_size.toTuple())
        last = getattr(self, "_last_crop", None)
        if last is not None and last[0] == key:  # Enter shows the edited field again, then the next
            return last[1]
        made = self._cut(area, full, max_size)
        self._last_crop = (key, made)
        return made

    def _cut(self, area: QRect, full: tuple[QRect, QImage] | None, max_size: QSize) -> QImage:
        if full is not None and full[0] == area:
            crop = full[1]
        elif self.shows_reduced():  # until the full-resolution crop is here: the reduced pixels
            sx = self._image.width() / self._page.width()
            sy = self._image.height() / self._page.height()
            shown = QRect(int(area.x() * sx), int(area.y() * sy), max(1, round(area.width() * sx)),
                          max(1, round(area.height() * sy))) & self._image.rect()
            crop = self._image.copy(shown)
        else:
            crop = self._image.copy(area)
        scale = min(max_size.width() / area.width(), max_size.height() / area.height(), CROP_UPSCALE_MAX)
        size = QSize(max(1, round(area.width() * scale)), max(1, round(area.height() * scale)))
        if crop.size() == size or scale <= 0:
            return crop
        return crop.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
