"""Presentation mode: show a real document on a projector without exposing its holder.

Ctrl+Shift+P (View › Presentation Mode) masks, per core/presentation.py, the ID number except its
last four characters, the laser code, religion, date of birth and the MRZ, and on request (View ›
Hide Names and Addresses Too) names and addresses: in the field list (values and tooltips; such a
value cannot be edited while masked), in the editor below it, in the image itself (an opaque box
over each masked field and over the face photo, painted into the image the canvas shows, so the
magnified crops and any screenshot are masked too) and in the face panel. Exports taken in this
mode are masked too (gui/flows/export_flow.py). The SIMULATED badge is left as it is.

The face on the page: the box the service gave (passport), else the Thai ID card's photo area
by the card's layout (lower right), since the ID card API gives the crop but not where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLabel

from ...core.model import Field
from ...core.presentation import category, is_masked, mask_value
from .. import i18n
from ..workers.imageload import page_size_of

if TYPE_CHECKING:
    from ..widgets.canvas import DocumentCanvas
    from ..widgets.face_panel import FacePanel
    from ..widgets.fields_panel import FieldsPanel
    from ..window.window_services import WindowServices

MASK_COLOR = QColor(60, 60, 60)
MARGIN = 6  # px of the page around a box: the ink of a value often overhangs its box
ID_CARD_FACE = (0.70, 0.40, 0.98, 0.96)  # left, top, right, bottom as shares of the page


class PresentationFlow:
    def __init__(self, services: WindowServices, fields: FieldsPanel, canvas: DocumentCanvas,
                 face: FacePanel) -> None:
        self.services = services
        self.fields, self.canvas, self.face = fields, canvas, face
        window = services.host  # the status bar carries the badge
        self.on = False
        self.act_toggle = services.commands["presentation"]  # keys, menu, texts: gui/window/action_table.py
        self.act_toggle.toggled.connect(self.set_on)
        self.act_names = services.commands["presentation_names"]  # checked from the settings at start
        if self.act_names.isChecked() != services.settings.mask_names:  # clicked before this was made
            services.settings.mask_names = self.act_names.isChecked()
        self.act_names.toggled.connect(self._on_names)
        self.badge = QLabel()
        self.badge.setStyleSheet("QLabel { background: #37474f; color: white; padding: 2px 8px;"
                                 " border-radius: 3px; font-weight: bold; }")
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)
        services.views.add(self._refresh_face)
        fields.pageChanged.connect(lambda _page: self._refresh_face())
        if self.act_toggle.isChecked():  # pressed before this part was made (gui/window/late_parts.py)
            self.set_on(True)

    @property
    def names(self) -> bool:
        return self.act_names.isChecked()

    def retranslate(self) -> None:
        self.badge.setText(i18n.tr("PRESENTATION · personal data hidden"))

    # --- switching ---------------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        if self.act_toggle.isChecked() != on:
            self.act_toggle.setChecked(on)  # comes back here through `toggled`
            return
        self.on = on
        self.fields.commit_pending()  # a half-typed value is kept, never shown or lost
        self.fields.model.masker = self.masked_text if on else None
        self.fields.editor_hook = self._mask_editor if on else None
        self.canvas.image_filter = self.mask_image if on else None
        self.fields.value_edit.setReadOnly(False)  # masked fields make it read-only again
        self.badge.setVisible(on)
        self._refresh()

    def _on_names(self, checked: bool) -> None:
        self.services.settings.mask_names = checked
        if self.on:
            self._refresh()

    def _refresh(self) -> None:
        self.fields.model.reset()
        self.canvas.refilter()
        current = self.fields.current_field
        if current is not None:
            self.canvas.select_field(current)
        self.fields.refresh_editor()
        self._refresh_face()

    def _refresh_face(self) -> None:
        self.face.set_masked(self.on)

    # --- what is masked ----------------------------------------------------------------------------
    def _doc_type(self) -> str:
        document = self.services.session.document
        return document.doc_type if document is not None else ""

    def masked_text(self, f: Field) -> str | None:
        """The masked value of a field presentation mode hides (also an empty one: it cannot be
        typed into while masked); None for a field shown as it is."""
        doc_type = self._doc_type()
        if not is_masked(doc_type, f.key, names=self.names):
            return None
        return mask_value(f.value, category(doc_type, f.key)) or ""

    def _mask_editor(self, f: Field) -> None:
        text = self.masked_text(f)
        if text is None:
            self.fields.value_edit.setReadOnly(False)
        else:
            self.fields.show_masked(text)

    def mask_image(self, image: QImage) -> QImage:
        """A copy of the page image with an opaque box over every masked field and the face."""
        out = image.convertToFormat(QImage.Format.Format_RGB32)
        page = page_size_of(image)  # boxes are in full-size page pixels; a big scan is shown smaller
        painter = QPainter(out)
        painter.scale(image.width() / max(1, page.width()), image.height() / max(1, page.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(MASK_COLOR, MARGIN * 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                            Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(MASK_COLOR)
        for f in self.fields.model.fields():
            if self.masked_text(f) is None:
                continue
            for box in f.boxes:
                painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in box]))
        for polygon in self._face_boxes(page.width(), page.height()):
            painter.drawPolygon(polygon)
        painter.end()
        return out

    def _face_boxes(self, w: int, h: int) -> list[QPolygonF]:
        document = self.services.session.document
        page_index = self.fields.page_index
        if document is None or not 0 <= page_index < len(document.pages):
            return []
        page = document.pages[page_index]
        boxes = [QPolygonF([QPointF(x, y) for x, y in box]) for box in page.image_boxes.get("face", [])]
        if not boxes and document.doc_type == "thai_id_card":
            left, top, right, bottom = ID_CARD_FACE
            boxes.append(QPolygonF([QPointF(left * w, top * h), QPointF(right * w, top * h),
                                    QPointF(right * w, bottom * h), QPointF(left * w, bottom * h)]))
        return boxes


def install(services: WindowServices, fields: FieldsPanel, canvas: DocumentCanvas,
            face: FacePanel) -> PresentationFlow:
    return PresentationFlow(services, fields, canvas, face)
