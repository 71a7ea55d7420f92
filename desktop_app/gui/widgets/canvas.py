"""The page as the clerk sees it: the image, every field's boxes over it, zoom and pan.

Scene coordinates are image pixels (the page's displayed pixel space, EXIF-upright, original size),
so a box polygon from the model is drawn exactly where its coordinates say. The image is one
QGraphicsPixmapItem created once per `set_image`; zooming only changes the view transform.

Mouse: click a box to activate its field; drag anywhere (also from a box) or with the middle button
to pan; Ctrl+wheel zooms around the cursor, the wheel scrolls. Keys (when the canvas has focus):
arrows scroll. Zooming by key is the window's Ctrl+= / Ctrl+- / Ctrl+0 / Ctrl+1 / Ctrl+2: a bare
digit or sign typed here belongs to the field being reviewed (gui/flows/keyboard.py), never to the zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QWidget,
)

from ...core.model import Field
from ..workers.background import release_elsewhere
from ..workers.imageload import PAGE_SIZE_KEY, page_size_of
from .canvas_crops import CanvasCrops
from .canvas_labels import CanvasLabels
from .overlay import BOX_Z, BoxItem, LabelItem, box_scene_rect, field_band, polygon_f

__all__ = ["DocumentCanvas", "box_scene_rect"]

ZOOM_STEP = 1.25
MAX_ZOOM = 16.0
FIELD_ZOOM_MAX = 4.0  # zoom_to_field never enlarges beyond this
FIT_MARGIN = 8  # viewport pixels kept free around a fitted page


class DocumentCanvas(CanvasLabels, CanvasCrops, QGraphicsView):
    fieldActivated = Signal(int)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._image = QImage()
        self._source = QImage()  # as loaded; `_image` is what `image_filter` made of it
        self.image_filter: Callable[[QImage], QImage] | None = None  # presentation mode (issue 14)
        self._page = QSize()  # the page's full displayed size: the scene (the image may be smaller)
        self._full_crops: dict[int, tuple[QRect, QImage]] = {}  # field -> full-resolution crop
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._fields: list[Field] = []
        self._threshold: float | Callable[[Field], float] = 0.8  # one for all, or per field
        self._selected: int | None = None
        self._labels_visible = False
        self._boxes: list[BoxItem] = []
        self._labels: list[LabelItem] = []
        self._fit_mode: str | None = "page"  # "page" / "width": refit when the view is resized
        self._press: tuple[QPoint, int | None, Qt.MouseButton] | None = None  # pos, box index, button
        self._label_language = "en"
        self._panning = False

        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor(96, 96, 96))
        self.setMouseTracking(True)

    # --- content --------------------------------------------------------------------------------

    def image(self) -> QImage:
        return self._image

    def refilter(self) -> None:
        """Show the loaded image again through `image_filter` (it was switched on or off)."""
        if not self._source.isNull():
            self.set_image(self._source)

    def page_size(self) -> QSize:
        """The full displayed size of the page shown (the scene); the image may be decoded smaller."""
        return QSize(self._page)

    def set_image(self, image: QImage) -> None:
        """Show `image` (EXIF-upright) and fit the page. A big scan comes decoded smaller, its full
        size in `imageload.page_size_of`: it is drawn scaled up to that size, so the boxes (full-size
        pixels) land on their text. Boxes already set are kept; full-resolution crops are not.
        `image_filter` (presentation mode) changes what is drawn, never the page's size."""
        released = [self._source, self._image]  # the page before: freed on a worker (background.py)
        self._source = QImage(image)
        if self.image_filter is not None and not image.isNull():
            filtered = self.image_filter(image)
            filtered.setText(PAGE_SIZE_KEY, image.text(PAGE_SIZE_KEY))
            image = filtered
        self._image = QImage(image)
        self._full_crops = {}
        if image.isNull():
            self._page = QSize()
            if self._pixmap_item is not None:
                self._scene.removeItem(self._pixmap_item)
                self._pixmap_item = None
            self._scene.setSceneRect(QRectF())
            return release_elsewhere(released)
        self._page = page_size_of(image)
        pixmap = QPixmap.fromImage(image)
        if self._pixmap_item is None:
            self._pixmap_item = QGraphicsPixmapItem()
            self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self._pixmap_item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
            self._pixmap_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._pixmap_item.setZValue(0)
            # a box restyled or the selection moved repaints from the cache, not the whole scan scaled
            # smoothly again (Qt skips the cache when it would exceed QPixmapCache's limit)
            self._pixmap_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._scene.addItem(self._pixmap_item)
        self._pixmap_item.setPixmap(pixmap)
        self._pixmap_item.setTransform(QTransform.fromScale(self._page.width() / image.width(),
                                                            self._page.height() / image.height()))
        self._scene.setSceneRect(QRectF(0, 0, self._page.width(), self._page.height()))
        self.fit_page()
        release_elsewhere(released)

    def set_fields(self, fields: list[Field], threshold: float | Callable[[Field], float]) -> None:
        """Draw every box of every field (field i's boxes carry index i), coloured by band.
        `threshold`: one for every field, or a function giving each field's own."""
        self._fields = list(fields)
        self._threshold = threshold
        if self._selected is not None and self._selected >= len(self._fields):
            self._selected = None
        self._rebuild()

    def shows(self, fields: list[Field], threshold: float | Callable[[Field], float]) -> bool:
        """Whether the boxes drawn are those `set_fields(fields, threshold)` would draw: the same
        field objects (a field's boxes are never changed in place) and the same threshold."""
        return (len(fields) == len(self._fields) and threshold == self._threshold
                and all(a is b for a, b in zip(fields, self._fields, strict=True)))

    def set_threshold(self, threshold: float | Callable[[Field], float]) -> None:
        self._threshold = threshold
        self._restyle()

    def restyle(self) -> None:
        """Colours again after values, states or checks changed (the boxes stay)."""
        self._restyle()
        if self._labels_visible:
            self._rebuild_labels()

    def restyle_fields(self, changed: Collection[Field]) -> None:
        """Colours again of the boxes of the `changed` fields only: an edit changes the look of the
        fields it touched, not of every box on the page (issue 12: every box's band worked out
        again after each Enter)."""
        ids = {id(f) for f in changed}
        wanted: set[int | None] = {i for i, f in enumerate(self._fields) if id(f) in ids}
        self._restyle(wanted)
        if self._labels_visible and wanted:
            self._rebuild_labels()

    def _threshold_of(self, field: Field) -> float:
        return self._threshold(field) if callable(self._threshold) else self._threshold

    def fields(self) -> list[Field]:
        return list(self._fields)

    def box_items(self) -> list[BoxItem]:
        return list(self._boxes)

    def selected_field(self) -> int | None:
        return self._selected

    def select_field(self, index: int | None, *, ensure_visible: bool = True) -> None:
        """Highlight field `index` (None: no field). Never emits fieldActivated."""
        if index is not None and not 0 <= index < len(self._fields):
            index = None
        before, self._selected = self._selected, index
        self._restyle({before, index})  # only the two fields whose look changes (an answer selects twice)
        self._declutter_labels()
        if index is not None and ensure_visible:
            rect = box_scene_rect(self._fields[index])
            if not rect.isEmpty():
                self.ensureVisible(rect, 40, 40)

    def zoom_to_field(self, index: int) -> None:
        """Centre field `index`'s boxes and enlarge them (up to 4x) to a comfortable reading size."""
        if not 0 <= index < len(self._fields):
            return
        rect = box_scene_rect(self._fields[index])
        if rect.isEmpty():
            return
        view = self.maximumViewportSize()
        scale = min(
            view.width() * 0.7 / max(rect.width(), 1.0), view.height() * 0.45 / max(rect.height(), 1.0)
        )
        scale = max(min(scale, FIELD_ZOOM_MAX), self._min_zoom())
        self._fit_mode = None
        self._set_zoom(scale, center=rect.center())

    # --- zoom -----------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self._fit_mode = None
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit_mode = None
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def actual_size(self) -> None:
        self._fit_mode = None
        self._set_zoom(1.0)

    def fit_page(self) -> None:
        """The whole page visible, centred."""
        self._fit_mode = "page"
        if self._image.isNull():
            return
        page = QRectF(0, 0, self._page.width(), self._page.height())
        self._set_zoom(self._fit_page_scale(), center=page.center())

    def fit_width(self) -> None:
        """The page's width fills the view; shows the top of the page."""
        self._fit_mode = "width"
        if self._image.isNull():
            return
        scale = self._fit_width_scale()
        self._set_zoom(scale, center=QPointF(self._page.width() / 2, 0.0))
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _fit_page_scale(self) -> float:
        view = self.maximumViewportSize()
        w = max(view.width() - 2 * FIT_MARGIN, 1)
        h = max(view.height() - 2 * FIT_MARGIN, 1)
        return min(w / self._page.width(), h / self._page.height())

    def _fit_width_scale(self) -> float:
        view = self.maximumViewportSize()
        w = max(view.width() - 2 * FIT_MARGIN, 1)
        scale = w / self._page.width()
        if self._page.height() * scale > view.height():  # a vertical scroll bar will take room
            bar = self.style().pixelMetric(
                QStyle.PixelMetric.PM_ScrollBarExtent, None, self.verticalScrollBar()
            )
            scale = max(w - bar, 1) / self._page.width()
        return scale

    def _min_zoom(self) -> float:
        if self._image.isNull():
            return 0.01
        return max(min(self._fit_page_scale(), 1.0) * 0.5, 0.01)

    def _set_zoom(
        self, scale: float, *, center: QPointF | None = None, anchor: QPointF | None = None
    ) -> None:
        """Set the scale; keep `center` (scene) at the view centre, or keep the scene point under the
        viewport position `anchor` where it is; by default keep the current view centre."""
        old = self.zoom()
        scale = max(min(scale, MAX_ZOOM), self._min_zoom())
        viewport_center = QPointF(self.viewport().rect().center())
        if center is None:
            if anchor is None:
                anchor = viewport_center
            scene_anchor = self.mapToScene(anchor.toPoint())
            # Where the centre must be so that scene_anchor stays under the anchor after scaling.
            center = scene_anchor + (viewport_center - anchor) / scale
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(center)
        if abs(scale - old) > 1e-9:
            self._declutter_labels()
            self.zoomChanged.emit(scale)

    # --- items ----------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        for item in self._boxes:
            self._scene.removeItem(item)
        self._boxes = []
        boxes: list[tuple[float, int, object]] = []
        for index, field in enumerate(self._fields):
            for polygon in field.boxes:
                rect = polygon_f(polygon).boundingRect()
                boxes.append((rect.width() * rect.height(), index, polygon))
        # Smaller boxes above larger ones, so a box inside another stays clickable.
        boxes.sort(key=lambda b: -b[0])
        for rank, (_area, index, shape) in enumerate(boxes):
            item = BoxItem(index, shape, BOX_Z + rank * 0.001)  # type: ignore[arg-type]
            self._scene.addItem(item)
            self._boxes.append(item)
        self._restyle()
        self._rebuild_labels()

    def _restyle(self, only: set[int | None] | None = None) -> None:
        """Colour every box by its field's band, or only the boxes of the fields `only` names."""
        bands: dict[int, str]
        if only is None:
            bands = {i: field_band(f, self._threshold_of(f)) for i, f in enumerate(self._fields)}
        else:
            wanted = {i for i in only if i is not None and 0 <= i < len(self._fields)}
            if not wanted:
                return
            bands = {i: field_band(self._fields[i], self._threshold_of(self._fields[i])) for i in wanted}
        for item in self._boxes:
            if only is None or item.index in bands:
                item.apply_style(bands[item.index], item.index == self._selected)

    def box_index_at(self, pos: QPoint) -> int | None:
        """The field whose box is under viewport position `pos` (the smallest box wins)."""
        hits = [item for item in self.items(pos) if isinstance(item, BoxItem)]
        if not hits:
            return None
        best = min(hits, key=lambda item: item.boundingRect().width() * item.boundingRect().height())
        return best.index

    # --- events ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton:
            self._press, self._panning = (pos, None, button), True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            index = self.box_index_at(pos)
            if index is not None:
                self._press, self._panning = (pos, index, button), False
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        start, _index, _button = self._press
        pos = event.position().toPoint()
        if not self._panning and (pos - start).manhattanLength() >= QApplication.startDragDistance():
            self._panning = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._panning:
            delta = pos - start
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._press = (pos, _index, _button)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != self._press[2]:
            super().mouseReleaseEvent(event)
            return
        _start, index, _button = self._press
        panned = self._panning
        self._press, self._panning = None, False
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)  # the drag mode's idle cursor
        event.accept()
        if index is not None and not panned:
            self.select_field(index, ensure_visible=False)
            self.fieldActivated.emit(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._fit_mode = None
                self._set_zoom(self.zoom() * ZOOM_STEP**steps, anchor=event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refit()

    def _refit(self) -> None:
        if self._image.isNull():
            return
        if self._fit_mode == "page":
            self.fit_page()
        elif self._fit_mode == "width":
            center_y = self.mapToScene(self.viewport().rect().center()).y()
            self._set_zoom(self._fit_width_scale(), center=QPointF(self._page.width() / 2, center_y))
