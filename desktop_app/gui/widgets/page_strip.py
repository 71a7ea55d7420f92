"""The page strip: one thumbnail per page of a multi-page document (PDF, multi-page TIFF, the front
and back of a Vietnamese registration), above the image. A click shows that page (image and
fields); a page the service could not read is marked in red with its error as the tooltip.

Thumbnails are rendered on a worker (`imageload.decode_page` with a size bound: the Qt-free core
renders PDF pages, Qt decodes photos) through the window's one background helper
(gui/workers/background.py, docs/adr/0015). A newer document cancels the thumbnails still under way.
A thumbnail waits while the page shown is being decoded (gui/workers/shown_first.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from ...core.model import Document
from .. import i18n
from ..workers.background import Background, Job
from ..workers.imageload import decode_page
from ..workers.shown_first import SHOWN_FIRST

THUMB = 72
FAILED = QColor(200, 30, 30)


class PageStrip(QListWidget):
    pageSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = Background(self, threads=1)  # PDFium is serialised anyway (core/pdf.py)
        self._thumbs: dict[int, QImage] = {}
        self._errors: dict[int, str] = {}
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 26))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(THUMB + 34)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the field list
        self.currentRowChanged.connect(self._on_row)
        self.hide()

    def set_document(self, document: Document | None, sources: list[tuple[str, int]]) -> None:
        """One entry per page; `sources[i]` is (file, page within it) of page i. Shown for 2+ pages."""
        self._work.cancel()  # the thumbnails of the document before are never shown
        self._thumbs.clear()
        self._errors = _errors_of(document)
        self.blockSignals(True)
        self.clear()
        colour = self.palette().text().color()
        for index, _source in enumerate(sources):  # each item made once, as it is shown (no icon yet)
            item = QListWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self._dress(item, index, colour)
            self.addItem(item)
        if sources:
            self.setCurrentRow(0)
        self.blockSignals(False)
        self.setVisible(len(sources) > 1)
        if len(sources) <= 1:
            return
        def render(job: Job) -> None:  # one job for the document: page by page, in order
            for index, (path, page) in enumerate(sources):
                SHOWN_FIRST.wait_turn(lambda: job.cancelled)  # the page the clerk looks at first
                if job.cancelled:
                    return
                job.progress(index, thumb_image(decode_page(path, page, max_side=THUMB)[0]))

        self._work.start(render, None, self._on_thumb)

    def set_errors(self, document: Document | None) -> None:
        """Mark the pages that failed (after a partial answer or a page re-run)."""
        self._errors = _errors_of(document)
        colour = self.palette().text().color()
        for index in range(self.count()):
            self._dress(self.item(index), index, colour)
            self._paint(index)

    def _dress(self, item: QListWidgetItem, index: int, colour: QColor) -> None:
        failed = index in self._errors
        label = i18n.tr("Page {n}").format(n=index + 1)
        item.setText(f"{label} ✖" if failed else label)
        item.setForeground(FAILED if failed else colour)
        item.setToolTip(
            i18n.tr("This page failed: {message}").format(message=self._errors[index]) if failed else label)

    def failed_pages(self) -> list[int]:
        return sorted(self._errors)

    def thumbnail(self, index: int) -> QImage:
        return self._thumbs.get(index, QImage())

    def thumbnail_count(self) -> int:
        """How many pages have their thumbnail by now (plain Python: cheap to poll)."""
        return len(self._thumbs)

    def select(self, index: int) -> None:
        if 0 <= index < self.count() and index != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(index)
            self.blockSignals(False)

    def wait(self, msecs: int = -1) -> bool:
        return self._work.wait(msecs)

    def _on_row(self, row: int) -> None:
        if row >= 0:
            self.pageSelected.emit(row)

    def _on_thumb(self, index: int, image: QImage | None) -> None:
        if image is None or not 0 <= index < self.count():
            return
        self._thumbs[index] = image
        self._paint(index)

    def _paint(self, index: int) -> None:
        """The page's icon: its thumbnail (made on the worker), crossed out in red if it failed."""
        from PySide6.QtGui import QIcon  # (not at start: its ~150 theme names, issue 12)

        image = self._thumbs.get(index)
        if image is None or image.isNull():
            self.item(index).setIcon(QIcon())
            return
        if index in self._errors:
            image = image.copy()
            x, y, width, height = _page_rect(image)
            painter = QPainter(image)
            painter.setPen(QPen(FAILED, 4))
            painter.drawRect(x, y, width, height)
            painter.drawLine(x, y, x + width, y + height)
            painter.end()
        self.item(index).setIcon(QIcon(QPixmap.fromImage(image)))


def _errors_of(document: Document | None) -> dict[int, str]:
    """The failed pages' messages, by page."""
    errors: dict[int, str] = {}
    if document is not None:
        lang = i18n.language()
        for page in document.pages:
            error = page.error or next((e for e in document.errors if e.page == page.index), None)
            if error is not None:
                errors[page.index] = error.message(lang)
    return errors


def thumb_image(page: QImage) -> QImage:
    """A page as its strip icon: fitted in THUMB - 6 pixels, centred on a transparent THUMB square.
    Made on the worker (a QImage and a QPainter on it are safe there): the GUI thread only puts
    the small result up, not a scaled copy of each page one after the other."""
    if page.isNull():
        return QImage()
    side = THUMB - 6
    scaled = page.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    thumb = QImage(THUMB, THUMB, QImage.Format.Format_ARGB32_Premultiplied)
    thumb.fill(Qt.GlobalColor.transparent)
    painter = QPainter(thumb)
    painter.drawImage((THUMB - scaled.width()) // 2, (THUMB - scaled.height()) // 2, scaled)
    painter.end()
    thumb.setText(_PAGE_RECT, f"{(THUMB - scaled.width()) // 2},{(THUMB - scaled.height()) // 2},"
                              f"{scaled.width()},{scaled.height()}")
    return thumb


_PAGE_RECT = "desktop-app-page-rect"  # where the page sits in its thumbnail: "x,y,w,h"


def _page_rect(thumb: QImage) -> tuple[int, int, int, int]:
    parts = thumb.text(_PAGE_RECT).split(",")
    if len(parts) == 4 and all(p.isdigit() for p in parts):
        x, y, width, height = (int(p) for p in parts)
        return x, y, width, height
    return 3, 3, THUMB - 6, THUMB - 6
