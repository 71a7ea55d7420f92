"""What the canvas draws over the page: one polygon item per box and an optional label per field.

Scene coordinates are image pixels (the page's displayed pixel space), so a box's polygon is used
as is. Pens are cosmetic: an outline keeps its width on screen at any zoom.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QStyleOptionGraphicsItem, QWidget

from ...core.bands import field_band  # noqa: F401 - the canvas's too
from ...core.model import Field, Polygon
from .colors import band_color, band_fill, solid_brush

BOX_Z = 10.0
SELECTED_Z = 1000.0
LABEL_Z = 2000.0
PEN_WIDTH = 1.5
SELECTED_PEN_WIDTH = 3.0


def polygon_f(polygon: Polygon) -> QPolygonF:
    return QPolygonF([QPointF(float(x), float(y)) for x, y in polygon])


def box_scene_rect(field: Field) -> QRectF:
    """The union bounding rect of a field's boxes, in scene (= image pixel) coordinates; empty if none."""
    rect = QRectF()
    for polygon in field.boxes:
        rect = rect.united(polygon_f(polygon).boundingRect())
    return rect


def field_label(field: Field, language: str = "en") -> str:
    """The text of a field's label on the image: its label in `language` ("th": Thai), or its raw
    key when unknown."""
    text = field.label(language)
    return text if len(text) <= 40 else text[:39] + "…"


class BoxItem(QGraphicsPolygonItem):
    """One box of one field; `index` is the field's index in the page's field list."""

    def __init__(self, index: int, polygon: Polygon, z: float) -> None:
        super().__init__(polygon_f(polygon))
        self.index = index
        self.base_z = z
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks and drags
        self._style: tuple[str, bool] | None = None

    def apply_style(self, band_name: str, selected: bool) -> None:
        """Colour the box by its band (thicker when selected); nothing to do when it already is:
        every selection restyles all boxes, and a new pen and brush repaint each of them."""
        if self._style == (band_name, selected):
            return
        self._style = (band_name, selected)
        color = band_color(band_name)
        if selected:
            color.setAlpha(255)
            pen = QPen(color.lighter(115) if band_name != "bad" else color, SELECTED_PEN_WIDTH)
        else:
            pen = QPen(color, PEN_WIDTH)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        self.setPen(pen)
        self.setBrush(solid_brush(band_fill(band_name, selected)))
        self.setZValue(SELECTED_Z + self.base_z if selected else self.base_z)


class LabelItem(QGraphicsItem):
    """A small label with a readable background, drawn at a constant size on screen just above the
    top-left corner of its field's boxes."""

    PAD = 3.0

    def __init__(self, text: str, anchor: QPointF, font: QFont, color: QColor) -> None:
        super().__init__()
        self._text = text
        self._font = QFont(font)
        self._color = QColor(color)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(LABEL_Z)
        self.setPos(anchor)
        metrics = QFontMetricsF(self._font)
        width = metrics.horizontalAdvance(text) + 2 * self.PAD
        height = metrics.height() + 2 * self.PAD
        # Above the anchor, so the label does not cover the text it names.
        self._rect = QRectF(0.0, -height - 1.0, width, height)
        self._baseline = self._rect.top() + self.PAD + metrics.ascent()

    def text(self) -> str:
        return self._text

    def screen_rect(self, zoom: float) -> QRectF:
        """Where the label sits at `zoom`, in scene units times the zoom (what the screen shows):
        its anchor scales with the page, its own size does not."""
        return self._rect.translated(self.pos() * zoom)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._color, 1.0))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self._rect, 3.0, 3.0)
        painter.setFont(self._font)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(QPointF(self._rect.left() + self.PAD, self._baseline), self._text)
