"""Ctrl+R from the window: the open images to the chosen service on the OCR worker, and its answer
back: a whole document (checked by the session; the review flow goes to the first field needing
attention), one page read again (`pages`, gui/flows/pages_flow.py), or an error with a Retry. A stored
answer is reused with no request unless the call is fresh (Ctrl+Shift+R).
"""

from __future__ import annotations

from typing import Any, Protocol

from ...core.errors import AppError
from ...core.model import Document
from .. import i18n
from ..window.window_services import WindowServices
from . import hostile_guard


class RerunQuestion(Protocol):
    def ask_rerun(self) -> bool: ...


class OcrFlow:
    def __init__(self, services: WindowServices, questions: RerunQuestion) -> None:
        self.services = services
        self.questions = questions
        self.pages: Any = None  # gui/flows/pages_flow.py, once the window made it
        self.review: Any = None  # gui/flows/review_flow.py, once the window made it
        self.last_fresh = False  # a Retry after a fresh call's error is fresh too
        services.ocr.succeeded.connect(self.on_result)
        services.ocr.failed.connect(self.on_failed)
        services.ocr.cancelled.connect(lambda: services.say(i18n.tr("Cancelled. Nothing was changed.")))

    def run(self, *, ask: bool = True, fresh: bool = False) -> None:
        """Send the open images to the chosen service on a worker thread (a saved answer for the
        same images, provider and options is reused with no request unless `fresh`)."""
        s = self.services
        s.commit_pending()
        if s.ocr.busy:
            return
        if not s.session.has_images:
            s.message_bar.show_message(i18n.tr("Open an image first (Ctrl+O)."), "info")
            return
        if hostile_guard.refuse_unverified(s):
            return
        if ask and s.session.document is not None and not self.questions.ask_rerun():
            return
        provider_id = s.provider_bar.provider_id()
        job = s.settings.job_for(s.session.image_paths, provider_id)  # the one way a job is built
        s.message_bar.dismiss()
        self.last_fresh = fresh
        if not self.pages.confirm_requests(s.provider_bar.provider()):
            return
        s.ocr.start(job, fresh=fresh)  # every page: one request a page where needed

    def on_result(self, document: Document) -> None:
        s = self.services
        if self.pages.handle_result(document):
            return  # one page read again, merged into the open document
        s.session.set_result(document)  # checks run; the review flow selects the first field
        attention = self.review.attention()  # needing attention and gives the list the focus
        low = len(attention.pending()) if attention is not None else 0
        s.say(i18n.tr("{n} fields read; {low} need attention").format(n=len(document.all_fields()), low=low))
        if document.errors:
            lang = i18n.language()
            text = "\n".join(e.message(lang) for e in document.errors)
            retry = any(e.retryable for e in document.errors)
            s.message_bar.show_message(text, "warning", self.pages.rerun_failed if retry else None)
        elif document.ocr is not None and document.ocr.from_cache:
            self.pages.say_cache(True)

    def rerun_now(self) -> None:
        """Retry after an error: the clerk asked for it, so no second question."""
        self.run(ask=False, fresh=self.last_fresh)

    def on_failed(self, error: AppError) -> None:
        self.services.say(i18n.tr("Ready"))
        self.services.message_bar.show_error(error, self.rerun_now)
