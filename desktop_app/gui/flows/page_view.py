"""Which page's image the window shows: the page chosen in the field list or the page strip is
decoded on the image loader's worker and put on the canvas with its fields' boxes; an answer for a
page no longer wanted is dropped; a page that cannot be read says so instead of "Opened X"; a big
scan shown reduced gets its fields' sharp crops (gui/workers/page_crops.py) for the magnifier.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from ...core.errors import CATALOGUE, AppError
from .. import i18n
from ..state.session import Session
from ..widgets.canvas import DocumentCanvas
from ..widgets.face_panel import FacePanel, face_image
from ..widgets.fields_panel import FieldsPanel
from ..widgets.message_bar import MessageBar
from ..workers.imageload import ImageLoader, failure_error, image_key
from ..workers.page_crops import FullCrops


def error_from_message(message: str) -> AppError:
    """The error ImageLoader reports (a code, with the kind of file: imageload.failure_key)."""
    error = failure_error(message)
    return error if error.code in CATALOGUE else AppError("input.unreadable", message)


class PageView:
    def __init__(self, session: Session, canvas: DocumentCanvas, fields: FieldsPanel, face: FacePanel,
                 loader: ImageLoader, message_bar: MessageBar, say: Callable[[str], None],
                 parent: QObject) -> None:
        self.session, self.canvas, self.fields, self.face = session, canvas, fields, face
        self.loader, self.message_bar, self.say = loader, message_bar, say
        self.full_crops = FullCrops(canvas, self._on_full_crops, parent)  # big scans' sharp crops
        self.shown_image: str | None = None
        self.wanted_image: str | None = None
        loader.loaded.connect(self._on_image_loaded)
        loader.failed.connect(self._on_image_failed)

    def show_page(self, page_index: int) -> None:
        self.canvas.select_field(None)
        self.canvas.set_fields(self.fields.model.fields(), self.fields.model.threshold_of)
        source = self.session.page_source(page_index)
        wanted = image_key(str(source[0]), source[1]) if source is not None else None
        face = face_image(self.session.document, page_index)
        self.face.set_image(face)
        self.fields.magnifier.withheld = source is None and self.session.document is not None
        if wanted == self.shown_image and source is not None:
            self.full_crops.request(str(source[0]), source[1])  # new fields on a page shown reduced
        if wanted != self.shown_image:
            self.wanted_image = wanted
            if source is None:
                self.canvas.set_image(QImage())
                self.shown_image = None
            else:
                self.loader.load(str(source[0]), source[1])

    def _on_image_loaded(self, path: str, image: QImage) -> None:
        if path != self.wanted_image:
            return
        self.shown_image = path
        self.canvas.set_image(image)  # keeps the boxes show_page drew: drawn again only if others
        fields, threshold = self.fields.model.fields(), self.fields.model.threshold_of
        if not self.canvas.shows(fields, threshold):
            self.canvas.set_fields(fields, threshold)
        current = self.fields.current_field
        if current is not None:
            self.canvas.select_field(current)
        self.fields.magnifier.show_field(self.canvas, current)
        source = self.session.page_source(self.fields.page_index)
        if source is not None and image_key(str(source[0]), source[1]) == path:
            self.full_crops.request(str(source[0]), source[1])

    def _on_full_crops(self) -> None:
        self.fields.magnifier.show_field(self.canvas, self.fields.current_field)

    def _on_image_failed(self, path: str, message: str) -> None:
        if path != self.wanted_image:
            return
        self.shown_image = None
        self.canvas.set_image(QImage())
        self.message_bar.show_error(error_from_message(message))
        # never "Opened X" beside a bar saying X cannot be read
        self.say(i18n.tr("{name} could not be shown").format(name=Path(path.rsplit("#page=", 1)[0]).name))
