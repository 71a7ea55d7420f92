"""The field labels of the canvas: each field's name over its box, in the clerk's language, shown
only where it covers no other box or label (the selected field's always, then those that most need
a look). A mixin of `DocumentCanvas` (gui/widgets/canvas.py), which holds the scene, the fields, the
selection and the threshold(s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QGraphicsScene

from ...core.model import Field
from .colors import BAD, LOW, NONE, band_color
from .overlay import LabelItem, box_scene_rect, field_band, field_label


class CanvasLabels:
    _scene: QGraphicsScene
    _fields: list[Field]
    _labels: list[LabelItem]
    _labels_visible: bool
    _label_language: str
    _selected: int | None

    if TYPE_CHECKING:  # DocumentCanvas's own
        def _threshold_of(self, field: Field) -> float: ...
        def zoom(self) -> float: ...

    def set_labels_visible(self, visible: bool) -> None:
        self._labels_visible = visible
        self._rebuild_labels()

    def labels_visible(self) -> bool:
        return self._labels_visible

    def label_items(self) -> list[LabelItem]:
        return list(self._labels)

    def set_label_language(self, language: str) -> None:
        """Labels on the image in the clerk's language ("en" or "th")."""
        if language != self._label_language:
            self._label_language = language
            self._rebuild_labels()

    def _rebuild_labels(self) -> None:
        for item in self._labels:
            self._scene.removeItem(item)
        self._labels = []
        if not self._labels_visible:
            return
        font = QApplication.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        for index, field in enumerate(self._fields):
            rect = box_scene_rect(field)
            if rect.isEmpty():
                continue
            color = band_color(field_band(field, self._threshold_of(field)))
            label = LabelItem(field_label(field, self._label_language), rect.topLeft(), font, color)
            label.setData(0, index)
            self._scene.addItem(label)
            self._labels.append(label)
        self._declutter_labels()

    def _declutter_labels(self) -> None:
        """Labels keep their size on screen, so at a small zoom they would pile up over each other
        and over the text. Show a label only where it covers no other field's box and no label
        already shown: the selected field's always, then the fields that most need a look (bad, no
        confidence, low), then the others. Zooming in brings the rest back."""
        if not self._labels:
            return
        rank = {BAD: 0, NONE: 1, LOW: 2}
        bands = [field_band(f, self._threshold_of(f)) for f in self._fields]

        def priority(label: LabelItem) -> tuple[int, int]:
            index = int(label.data(0))
            band_name = bands[index] if index < len(bands) else ""
            return (-1 if index == self._selected else rank.get(band_name, 3), index)

        zoom = self.zoom()
        shown: list[QRectF] = []
        boxes = [(index, QRectF(r.topLeft() * zoom, r.bottomRight() * zoom))
                 for index, f in enumerate(self._fields) for r in (box_scene_rect(f),) if not r.isEmpty()]
        for label in sorted(self._labels, key=priority):
            index, rect = int(label.data(0)), label.screen_rect(zoom)
            visible = index == self._selected or not (
                any(rect.intersects(other) for other in shown)
                or any(rect.intersects(box) for owner, box in boxes if owner != index))
            label.setVisible(visible)
            if visible:
                shown.append(rect)
