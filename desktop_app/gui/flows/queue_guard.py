"""The queue's two questions about money and unsaved work.

- Opening a folder (or many files) with a paid service asks first, saying how many requests will be
  sent and how many answers are already stored (free); the demo asks nothing.
- Quitting with documents the queue read and nobody saved asks, and keeps each as a draft (offered
  back at the next start, core/drafts.py), so a Ctrl+Q never loses what was paid for and read.

The questions are methods of `QueueGuard` that return the answer, so tests replace them.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMessageBox

from ...core import drafts
from ...core.providers import get_provider
from ...core.reviewfile import review_path_for
from .. import i18n
from ..widgets import buttons
from ..widgets.provider_bar import provider_title
from ..workers.batch_runner import EntryState, QueueEntry, QueueRunner

if TYPE_CHECKING:
    from ...core.batch_cost import BatchCost
    from ..window.window_services import WindowServices


class BatchFlow(Protocol):
    """What the guard reads of the queue (gui/flows/batch_panel.py)."""

    services: WindowServices
    runner: QueueRunner
    current: int | None
    unloadable: dict[str, str]  # review files never to be saved over (the save flow's)


class QueueGuard:
    def __init__(self, flow: BatchFlow) -> None:
        self.flow = flow

    # --- before sending ------------------------------------------------------------------------
    @staticmethod
    def is_paid(provider_id: str) -> bool:
        return not get_provider(provider_id).simulated

    def confirm_send(self, cost: BatchCost) -> bool:
        """True to send. Asks only when something would be sent (stored answers are free)."""
        if cost.to_send == 0:
            return True
        return self.ask_send(cost)

    def ask_send(self, cost: BatchCost) -> bool:
        services = self.flow.services
        name = provider_title(services.provider_bar.provider())
        return buttons.ask_yes_no(services.host, i18n.tr("Send to a paid service?"),
                                  i18n.tr("%n request(s) will be sent to {service} and may be charged. "
                                          "Documents with a stored answer (free): "
                                          "{stored} of {total}. Send?", None,
                                          cost.to_send).format(
                                              service=name, stored=cost.stored, total=cost.requests))

    # --- before quitting -----------------------------------------------------------------------
    def unsaved(self) -> list[QueueEntry]:
        """Documents the queue read that have no review file and no draft yet (the one on screen
        with changes is the window's usual unsaved question, and its own draft)."""
        flow = self.flow
        shown_dirty = flow.services.session.dirty
        return [e for e in flow.runner.order()
                if e.state in (EntryState.DONE, EntryState.IN_REVIEW) and e.document is not None
                and e.review_path is None and e.draft_id is None
                and not (e.id == flow.current and shown_dirty)]

    def before_quit(self) -> bool:
        """True to go on closing (every unsaved queue document kept as a draft), False to stay."""
        entries = self.unsaved()
        if not entries:
            return True
        if not self.ask_quit(len(entries)):
            return False
        io = self.flow.services.io
        for entry in entries:
            document = entry.document
            if document is None:
                continue  # nothing read yet: nothing to keep (unsaved() lists none such)
            draft_id = drafts.new_draft_id()
            entry.draft_id = draft_id
            target = str(review_path_for(entry.paths[0])) if entry.paths else None
            if target in self.flow.unloadable:  # a file beside it that is not its review: not its own
                target = None  # (the refused list lives for one run; restored, the save asks first)
            io.submit(partial(drafts.save_draft, document, draft_id, review_path=target))
        return True

    def ask_quit(self, count: int) -> bool:
        """Quit keeping `count` drafts (True, the default) or stay (False)."""
        window = self.flow.services.host
        box = QMessageBox(QMessageBox.Icon.Warning, i18n.plain(i18n.tr("Documents not saved")),
                          i18n.tr("%n document(s) in the queue were read but not saved. Each is kept as a "
                                  "draft and offered "
                                  "back at the next "
                                  "start.", None, count), QMessageBox.StandardButton.NoButton, window)
        keep = box.addButton(i18n.tr("&Keep Drafts and Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        buttons.localize(box)
        box.setDefaultButton(keep)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is keep
