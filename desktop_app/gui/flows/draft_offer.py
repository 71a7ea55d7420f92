"""At start, the unsaved reviews a crash left: listed on the IO worker, then the clerk chooses for
each one to restore, discard or keep for later (gui/dialogs/restore_dialog.py). The first restored review
opens in the window; the window shows one at a time, so any other waits in the queue.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from ...core.errors import AppError
from ...core.lazy import lazy_module
from ...core.model import Document
from .. import i18n
from ..window.window_services import WindowServices

if TYPE_CHECKING:
    from ...core import drafts
else:  # read after the first paint, when the drafts are looked for (issue 12)
    drafts = lazy_module("desktop_app.core.drafts")


class RestoreQuestion(Protocol):
    def ask_restore(self, infos: list[drafts.DraftInfo]) -> dict[str, str]: ...


class DraftOffer:
    def __init__(self, services: WindowServices, questions: RestoreQuestion,
                 queue: Callable[[], Any]) -> None:
        """`queue`: the window's queue, gui/flows/batch_panel.py (made when first asked for)."""
        self.services = services
        self.questions = questions
        self.queue = queue

    def offer(self) -> None:
        """Read the drafts on the IO worker, then ask."""
        self.services.io.submit(drafts.orphaned_drafts, lambda infos, _error: self._ask(infos or []))

    def _ask(self, infos: list[drafts.DraftInfo]) -> None:
        if not infos:
            return
        io = self.services.io
        answers = self.questions.ask_restore(infos)
        for info in infos:
            if answers.get(info.id) == "discard":
                io.submit(partial(drafts.remove_draft, info.id))
        chosen = [info for info in infos if answers.get(info.id) == "restore" and info.error is None]
        for info in chosen:
            io.submit(partial(drafts.load_draft, info.id), partial(self._restore, info))

    def _restore(self, info: drafts.DraftInfo, document: Document | None, error: AppError | None) -> None:
        s = self.services
        if error is not None or document is None:
            s.message_bar.show_error(error or AppError("file.unreadable"))
            return
        if self.queue().take_restored(info, document):
            return  # a second restored review waits in the queue (the window shows one at a time)
        if not s.keep_changes():
            return
        s.ocr.cancel()
        s.autosaver.adopt(info.id)  # go on writing the same draft: no second copy
        s.session.restore(document, info.review_path)
        self.queue().opened_restored(document)
        s.say(i18n.tr("Restored the unsaved review of {name}").format(name=info.title))
