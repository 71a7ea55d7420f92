"""Multi-page documents in the window: the page strip, switching pages, failed pages, and reading
one page again; plus the "never pay twice" side of OCR (a reused answer is said so, and a fresh,
possibly charged, call needs Ctrl+Shift+R and a confirmation).

The page strip and the fields panel's page chooser are one control: choosing a page in either
selects it in the other, and the window shows that page's image (a PDF or TIFF page rendered by the
core on a worker) and fields. A page re-run (`core.desk.read_page` on the OCR worker, on a copy of the
document) replaces only that page, as one undoable step (`Session.replace_page`); a page with
review work asks first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.desk_notes import PageRead
from ...core.errors import AppError
from ...core.model import Document, PageError
from ...core.pages import page_count
from ...core.pagewise import reads_one_page
from .. import i18n
from ..widgets.page_strip import PageStrip
from . import hostile_guard

if TYPE_CHECKING:
    from ..window.flow_services import FlowServices


class PagesFlow(QObject):
    def __init__(self, services: FlowServices) -> None:
        super().__init__(services.host)
        self.services = services
        self.session = services.session
        self.fields = services.fields
        self.strip = PageStrip()
        self._place_strip()
        self.act_rerun_page = services.commands["rerun_page"]  # keys, menu, texts: gui/window/action_table.py
        self.act_rerun_page.triggered.connect(lambda _c=False: self.rerun_page())
        self.act_fresh = services.commands["fresh"]
        self.act_fresh.triggered.connect(lambda _c=False: self.run_fresh())
        self.fields.page_error.setOpenExternalLinks(False)
        self.fields.page_error.linkActivated.connect(lambda _link: self.rerun_page())
        services.views.add(self._on_document_changed)
        self.session.pageReplaced.connect(self._on_page_replaced)
        self.fields.pageChanged.connect(self._on_page_changed)
        self.strip.pageSelected.connect(self._on_strip_page)
        self.session.pagesCounted.connect(self._on_pages_counted)
        services.runner.busyChanged.connect(lambda _b: self._update_actions())
        self.retranslate()

    def _place_strip(self) -> None:
        splitter = self.services.splitter
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        splitter.replaceWidget(0, holder)
        layout.addWidget(self.strip)
        layout.addWidget(self.services.canvas, 1)
        self.holder = holder

    def retranslate(self) -> None:
        self._decorate_page_error()
        self.strip.set_errors(self.session.document)

    # --- pages -----------------------------------------------------------------------------------
    def _on_document_changed(self) -> None:
        self.strip.set_document(self.session.document, self.session.page_sources())
        self.strip.select(self.fields.page_index)  # the review flow may already have gone to another page
        self._decorate_page_error()
        self._update_actions()
        if self.session.document is None and self.session.image_paths:
            self._count_pages()

    def _count_pages(self) -> None:
        """Before any OCR, a PDF's or TIFF's pages are shown too: count them on the IO worker."""
        paths = list(self.session.image_paths)

        def count() -> list[int]:
            counts = []
            for path in paths:
                try:
                    counts.append(page_count(path))
                except AppError:
                    counts.append(1)  # unreadable: the image loader says so when it is shown
            return counts

        def counted(counts: list[int] | None, error: AppError | None) -> None:
            if error is None and counts is not None:
                self.session.set_page_counts(paths, counts)

        self.services.io.submit(count, counted)

    def _on_pages_counted(self) -> None:
        if self.session.document is None:
            self.strip.set_document(None, self.session.page_sources())  # page 1 is shown then

    @property
    def shown_page_before_ocr(self) -> int:
        return max(0, self.strip.currentRow())

    def confirm_requests(self, provider) -> bool:
        """Before Ctrl+R: a file of several pages to a service that reads one image per request
        is sent a request a page (core/pagewise.py). Say how many first; ask when it may be paid."""
        if self.session.document is not None or len(self.session.image_paths) != 1:
            return True
        count = len(self.session.page_sources())
        if count < 2 or not reads_one_page(provider):
            return True
        self.services.status_label.setText(i18n.tr("{n} pages: this service reads one page per request, so "
                                                   "{n} requests").format(n=count))
        return bool(getattr(provider, "simulated", False)) or self.services.ask_page_requests(count)

    def _on_strip_page(self, index: int) -> None:
        if self.session.document is None:
            self.services.show_page(index)  # no fields yet: just the page's image
        else:
            self.fields.set_page(index)

    def _on_page_changed(self, index: int) -> None:
        self.strip.select(index)
        self._decorate_page_error()
        self._update_actions()

    def _on_page_replaced(self, index: int) -> None:
        self.strip.set_errors(self.session.document)
        if index == self.fields.page_index:
            self.fields.show_page_again()
            self.services.show_page(index)
        self._decorate_page_error()

    def _decorate_page_error(self) -> None:
        """A failed page's message above its (empty) field list, with a link that reads it again."""
        error = self._page_error(self.fields.page_index)
        label = self.fields.page_error
        if error is None:
            return
        import html  # for a failed page only: html.entities' table is not read at start (issue 12)

        message = error.message(i18n.language())
        label.setTextFormat(Qt.TextFormat.RichText)
        link = html.escape(i18n.plain(i18n.tr("Re-run This &Page")))
        failed = html.escape(i18n.tr("This page failed: {message}").format(message=message))
        label.setText(f'<a href="rerun">{link}</a> — {failed}')
        label.show()

    def _page_error(self, index: int) -> PageError | None:
        doc = self.session.document
        if doc is None or not 0 <= index < len(doc.pages):
            return None
        return doc.pages[index].error or next((e for e in doc.errors if e.page == index), None)

    def _update_actions(self) -> None:
        doc = self.session.document
        busy = self.services.runner.busy
        self.act_rerun_page.setEnabled(not busy and doc is not None and len(doc.pages) > 0
                                       and len(doc.sources) == 1)
        # Ctrl+Shift+R: enabled by its table rule (idle), gui/window/window_actions.py

    def rerun_page(self, index: int | None = None, *, ask: bool = True) -> bool:
        """Send one page alone again and put its answer in its place (undoable)."""
        services = self.services
        self.fields.commit_pending()
        doc = self.session.document
        index = self.fields.page_index if index is None else index
        if doc is None or services.runner.busy or not 0 <= index < len(doc.pages):
            return False
        if hostile_guard.refuse_unverified(services):  # its session and message bar
            return False  # a review naming another file: that file is never sent
        if ask and doc.pages[index].has_review_work() and not services.ask_rerun_page(index):
            return False
        services.message_bar.dismiss()
        services.runner.start_page(doc, index, timeout=services.settings.timeout)
        return True

    def rerun_failed(self) -> None:
        """Retry after a partial answer: read the first failed page again (the pages that were read
        are kept, and a whole-document run would only reuse the stored partial answer)."""
        doc = self.session.document
        failed = [i for i in range(len(doc.pages)) if self._page_error(i) is not None] if doc else []
        if doc is not None and failed and len(doc.sources) == 1:
            self.fields.set_page(failed[0])
            self.rerun_page(failed[0], ask=False)
        else:
            self.services.run_ocr(ask=False, fresh=True)

    def handle_result(self, result: Document | PageRead) -> bool:
        """The OCR worker's answer to a page re-run (a `PageRead`): merge that page, once. False for
        a whole-document run."""
        self.services.runner.page_run = None
        if not isinstance(result, PageRead):
            return False
        if not self.session.replace_page(result):
            return True  # the document changed meanwhile: nothing to merge into
        index, page, errors = result.index, result.page, result.errors
        self.services.status_label.setText(i18n.tr("Page {n} read again").format(n=index + 1))
        self.say_cache(page.ocr is not None and page.ocr.from_cache)
        if page.error is not None or errors:
            error = page.error or errors[0]
            message = error.message(i18n.language())
            self.services.message_bar.show_message(message, "warning")
        return True

    # --- never pay twice -------------------------------------------------------------------------
    def say_cache(self, reused: bool) -> None:
        if reused:
            text = i18n.tr("Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call")
            self.services.status_label.setText(text)
            self.services.message_bar.show_message(text, "info")

    def run_fresh(self) -> None:
        """Ctrl+Shift+R: a new request even when a saved answer exists (asks first: it may cost)."""
        services = self.services
        if services.runner.busy or not self.session.has_images:
            return
        if not services.ask_fresh():
            return
        services.run_ocr(ask=False, fresh=True)


def install(services: FlowServices) -> PagesFlow:
    return PagesFlow(services)
