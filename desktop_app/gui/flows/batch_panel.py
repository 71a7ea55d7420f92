"""The batch queue in the window: a dock listing every document of an opened folder (or of many
files), its state and how many of its fields need attention, with a progress bar for the whole
batch, Retry / Retry All Failed / Cancel Queue, and the number of requests in flight.

`BatchFlow` connects it to the window: opening a folder (menu, Ctrl+Shift+O, drag and drop, the
command line) or many files fills the queue and starts sending in the background; the first
finished document opens by itself when the window shows none; selecting a finished document opens
it for review while the others are still sending; Ctrl+Enter (sign-off) saves the review beside its
image and moves to the next finished document not yet reviewed.
"""

from __future__ import annotations

import copy
import itertools
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
)

from ...core import drafts
from ...core.attention import Attention
from ...core.batch import jobs_like
from ...core.errors import AppError
from ...core.model import Document, ReviewStatus
from ...core.queue_reviews import Reviewed, jobs_of, reviews_used, with_reviews
from ...core.skipped import Skipped, expand_with_skipped
from .. import i18n
from ..widgets.queue_panel import BatchPanel
from ..window.window_fit import add_dock
from ..workers.batch_runner import AttentionCounter, EntryState, QueueRunner
from ..workers.next_turn import after_paint
from .queue_guard import QueueGuard
from .skipped_note import add_to_error, say_skipped

if TYPE_CHECKING:
    from ...core.batch_cost import BatchCost
    from ..window.window_services import WindowServices


def copy_document(document: Document) -> Document:
    """A deep copy, by pickle: its C code copies a document in half the GUI thread's time of
    `copy.deepcopy` (a Python call per object, each a chance for a batch thread to take the GIL)."""
    import pickle  # at first use: not at the window's start (issue 12)

    return pickle.loads(pickle.dumps(document, pickle.HIGHEST_PROTOCOL))  # noqa: S301 - our own object


ADD_CHUNK = 50  # queue rows added at a time
ADD_BUDGET_S = 0.004  # and chunks added while a turn of the event loop has spent less than this


class BatchFlow:
    """The queue's wiring to the window (see the module's docstring)."""

    def __init__(self, services: WindowServices) -> None:
        self.services = services
        self.session = services.session
        window = services.host  # the dock's and the runner's Qt parent
        self.runner = QueueRunner(window, give_way=services.views.give_way)
        self.runner.concurrency = services.settings.batch_concurrency
        self.runner.attention_counter = self._attention_counter
        self.skipped: list[Skipped] = []  # what the last folder scan left out (said to the clerk)
        # review files the window must not save over: the save flow's, shared (main_window.py)
        self.unloadable: dict[str, str] = {}
        self.panel = BatchPanel(self.runner)
        self.panel.jobs.setValue(self.runner.concurrency)
        self.panel.jobs.valueChanged.connect(self._on_jobs)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("QueueDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.setMinimumWidth(220)
        add_dock(window, self.dock)  # where the clerk left it, else hidden at the left
        self.guard = QueueGuard(self)  # asks before a paid batch, drafts the unsaved on quit
        self.current: int | None = None  # the queue entry shown in the window
        self._shown: Document | None = None  # the copy of its document the window edits
        self._arrived_to_open: list[int] = []  # finished documents: the first opens at the next turn
        self._restored_open = False
        self._cancelled_adding = False  # Cancel Queue while a big folder's rows are still added
        self.act_open_folder = services.commands["open_folder"]  # its keys and menu: the action table
        self.act_open_folder.triggered.connect(lambda _c=False: self.open_folder_dialog())
        services.commands.place("queue_dock", self.dock.toggleViewAction())
        self.panel.list.activated.connect(self._open_item)
        self.panel.list.clicked.connect(self._open_item)
        self.panel.retry_button.clicked.connect(self._retry_current)
        self.panel.retry_all_button.clicked.connect(self.runner.retry_failed)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.runner.documentsArrived.connect(self._on_arrived)
        self.runner.overloaded.connect(self._on_overloaded)
        self.session.signedOff.connect(self._on_signed_off)
        self.session.documentChanged.connect(self._on_document_changed)
        self.session.reviewChanged.connect(self._update_current_attention)
        self.session.saved.connect(lambda _path: self._on_saved())
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(i18n.tr("Queue"))
        self.panel.retranslate()

    # --- opening -----------------------------------------------------------------------------------
    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.services.host, i18n.plain(i18n.tr("Open &Folder…")))
        if folder:
            self.services.open_paths([folder])

    @staticmethod
    def wants_queue(paths: list[str], image_count: int) -> bool:
        """A folder, or more files than one document of this provider takes, goes to the queue."""
        return any(os.path.isdir(p) for p in paths) or len(paths) > image_count

    def open_many(self, paths: list[str]) -> bool:
        """Fill the queue with these files and folders (listed on the IO worker) and start sending."""
        services = self.services
        provider_id = services.provider_bar.provider_id()
        template = services.settings.job_for([], provider_id)  # the preferences read in the GUI thread

        skipped: list[Skipped] = []
        paid = self.guard.is_paid(provider_id)

        count = self._attention_counter()  # made here (the thresholds), counted on the IO worker
        kept: dict[Path, str] = {}  # reviews beside an image that do not stand for it: never saved over

        def build() -> tuple[list, BatchCost | None]:
            from ...core.batch_cost import batch_cost  # (on the IO worker: not at start, issue 12)

            files, left = expand_with_skipped([Path(os.path.abspath(p)) for p in paths])
            skipped.extend(left)  # said also when the files cannot be queued (they may not pair)
            if not files:
                raise AppError("input.not_found", "no image or PDF in the given folders")
            # yesterday's reviews stand for their images: listed, not sent (core/queue_reviews.py)
            jobs = jobs_like(files, template)  # built as the window's one document is
            items = with_reviews(jobs, count, kept)
            used = reviews_used(items)
            skipped[:] = [s for s in skipped if s.path not in used]  # a review listed with its image
            to_send = jobs_of(items)
            return items, batch_cost(to_send) if paid and to_send else None  # a paid service: asked first

        def done(built: tuple[list, BatchCost | None] | None, error: AppError | None) -> None:
            items, cost = built if built is not None else ([], None)
            if paid:
                services.say(i18n.tr("Ready"))  # the counting is over (it was said until the batch ended)
            self.unloadable.update((str(path), code) for path, code in kept.items())
            for item in items:  # a review that stands for its image now may be saved over again
                if isinstance(item, Reviewed):
                    self.unloadable.pop(str(item.review_path), None)
            if error is not None or not items:
                services.message_bar.show_error(error or AppError("input.not_found"))
                add_to_error(services.message_bar, skipped)  # why each file was left out
                return
            if cost is not None and not self.guard.confirm_send(cost):
                services.say(i18n.tr("Nothing was sent."))
                return
            self.start(items)
            self.skipped = list(skipped)
            say_skipped(services.message_bar, self.panel, skipped)  # every file read or said unread

        if paid:
            services.say(i18n.tr("Counting requests and stored answers…"))

        services.io.submit(build, done)
        return True

    def start(self, jobs: list) -> None:
        """Queue `jobs` (and reviews found beside their images, `Reviewed`) and start sending, a
        few chunks of rows per turn of the event loop from the second one on (a folder of 5,000
        listed at once held the window for seconds; showing the dock lays the window out again,
        a turn of its own)."""
        self.runner.concurrency = self.panel.jobs.value()
        self.dock.show()
        self._cancelled_adding = False
        # The dock's first show lays out and repaints the whole window (~10 ms of the GUI thread,
        # offscreen): the first rows wait a turn more, so the two are not one stall (issue 12).
        after_paint(self.panel, lambda: self._add_later(jobs))

    def _add_later(self, jobs: list) -> None:
        if jobs:
            after_paint(self.panel, lambda: self._add_chunks(jobs))

    def _add_chunks(self, jobs: list) -> None:
        began = time.perf_counter()
        while jobs and time.perf_counter() - began < ADD_BUDGET_S:
            chunk, jobs = jobs[:ADD_CHUNK], jobs[ADD_CHUNK:]
            for reviewed, run in itertools.groupby(chunk, key=lambda item: isinstance(item, Reviewed)):
                if reviewed:
                    self.runner.add_reviewed(list(run))
                else:  # Cancel Queue came first: listed as cancelled, Retry sends them
                    self.runner.add_jobs(list(run), state=EntryState.CANCELLED if self._cancelled_adding
                                         else EntryState.WAITING)
        self._add_later(jobs)

    def cancel(self) -> None:
        """Cancel Queue: nothing new is sent, also of the rows still being listed."""
        self._cancelled_adding = True
        self.runner.cancel()

    # --- reviewing -----------------------------------------------------------------------------------
    def _open_item(self, index: QModelIndex) -> None:
        entry_id = self.panel.model.entry_id(index.row())
        if entry_id is not None:
            self.open_entry(entry_id)

    def open_entry(self, entry_id: int) -> bool:
        """Show a finished document of the queue for review (others go on sending)."""
        entry = self.runner.entries.get(entry_id)
        if entry is None or entry.document is None or entry_id == self.current:
            return False
        services = self.services
        if not services.keep_changes():
            self.panel.select(self.current) if self.current is not None else None
            return False
        services.ocr.cancel()
        services.message_bar.dismiss()
        # Untouched, it is not unsaved work: its answer is in the cache and the queue keeps it, so
        # moving on asks nothing. A restored draft is unsaved work.
        unsaved = entry.draft_id is not None
        if entry.draft_id:
            services.autosaver.adopt(entry.draft_id)  # a restored draft: go on writing that one
            entry.draft_id = None
        # The window edits a copy: changes the clerk discards never reach the queue's document.
        self._shown = copy_document(entry.document)
        self.session.restore(self._shown, entry.review_path, unsaved=unsaved)
        self.current = entry_id  # after restore: documentChanged forgets the previous entry
        if entry.state == EntryState.DONE:
            self.runner.set_state(entry_id, EntryState.IN_REVIEW)
        self.panel.select(entry_id)
        self._update_current_attention()
        if services.views.staging:  # the message bar lays the window out again: after the views
            services.views.after_views(self.panel, lambda: self._tell(entry_id, self._shown))
        else:
            self._tell(entry_id, self._shown)
        return True

    def _tell(self, entry_id: int, shown: Document | None) -> None:
        """What the clerk should know of the document opened (unless another is shown by now)."""
        entry = self.runner.entries.get(entry_id)
        if entry is None or entry.document is None or self.current != entry_id or shown is not self._shown:
            return
        if entry.document.errors:
            lang = i18n.language()
            self.services.message_bar.show_message("\n".join(e.message(lang)
                                                           for e in entry.document.errors), "warning")
        elif entry.document.ocr is not None and entry.document.ocr.from_cache:
            self.services.say_cache(True)

    def next_to_review(self) -> int | None:
        """The first finished document (after the current one, then from the top) not yet reviewed."""
        order = [e.id for e in self.runner.order()]
        start = order.index(self.current) + 1 if self.current in order else 0
        for entry_id in order[start:] + order[:start]:
            entry = self.runner.entries[entry_id]
            if entry.state == EntryState.DONE and entry_id != self.current:
                return entry_id
        return None

    def _on_signed_off(self) -> None:
        """Ctrl+Enter in a batch: save the review beside its image, then the next finished one."""
        if self.current is None:
            return
        QTimer.singleShot(0, self._save_and_next)  # after the sign-off's own status message

    def _save_and_next(self) -> None:
        if self.current is None or self.session.document is None:
            return
        if self.session.dirty and not self.services.save(wait=True):
            return  # not saved (refused, or a question answered no): stay on it
        self.runner.set_state(self.current, EntryState.REVIEWED)
        following = self.next_to_review()
        if following is None:
            self.services.say(i18n.tr("No finished document is waiting for review."))
            return
        self.open_entry(following)

    def _on_saved(self) -> None:
        entry = self.runner.entries.get(self.current or -1)
        if entry is None:
            return
        entry.review_path = str(self.session.review_path) if self.session.review_path else None
        entry.saved = entry.review_path is not None
        if self._shown is not None and self.session.document is self._shown:
            entry.document = copy_document(self._shown)  # what was saved is what reopens
        if self.session.status == ReviewStatus.REVIEWED:
            self.runner.set_state(entry.id, EntryState.REVIEWED)

    def _update_current_attention(self) -> None:
        entry = self.runner.entries.get(self.current or -1)
        doc = self.session.document
        if entry is not None and doc is not None and doc is self._shown:
            pending = Attention(doc, self.services.thresholds()).pending()
            self.runner.set_attention(entry.id, len(pending))

    def _on_document_changed(self) -> None:
        entry = self.runner.entries.get(self.current or -1)
        if entry is not None and self.session.document is not self._shown:
            if entry.state == EntryState.IN_REVIEW:
                self.runner.set_state(entry.id, EntryState.DONE)
            self.current = None

    def _attention_counter(self) -> AttentionCounter:
        """How many fields of a finished document need attention, counted on the batch's threads
        with the thresholds of when its round started (a copy: the clerk may change them)."""
        thresholds = copy.deepcopy(self.services.thresholds())
        return lambda document: len(Attention(document, thresholds).pending())

    def _on_arrived(self, entry_ids: list[int]) -> None:
        """The first finished document opens by itself when the window shows none: in a turn of
        the event loop of its own, not in the one that listed what arrived (issue 12: the two
        made one long stall while the batch's threads shared the GIL); its views follow in the
        turns after (gui/window/view_stages.py)."""
        if self._arrived_to_open:
            self._arrived_to_open.extend(entry_ids)  # the open already waiting picks among them too
        elif self._shows_none() and self._first_to_open(entry_ids) is not None:
            self._arrived_to_open = list(entry_ids)
            after_paint(self.panel, self._open_arrived)

    def _open_arrived(self) -> None:
        entry_ids, self._arrived_to_open = self._arrived_to_open, []
        first = self._first_to_open(entry_ids) if self._shows_none() else None
        if first is not None:
            with self.services.views.staged():  # the views follow turn by turn (view_stages.py)
                self.open_entry(first)

    def _first_to_open(self, entry_ids: list[int]) -> int | None:
        entries = self.runner.entries
        for entry_id in entry_ids:
            entry = entries.get(entry_id)
            if entry is not None and entry.state == EntryState.DONE and entry.document is not None:
                return entry_id
        return None

    def _shows_none(self) -> bool:
        return self.session.document is None and not self.services.ocr.busy

    def _on_overloaded(self, entry_id: int, delay: float) -> None:
        entry = self.runner.entries.get(entry_id)
        self.panel.status.setText(i18n.tr("The service is busy; waiting {s:.0f} s before trying {name} "
                                          "again").format(s=delay, name=entry.title if entry else ""))

    def _retry_current(self) -> None:
        current = self.panel.current_id()
        if current is not None:
            self.runner.retry([current])

    def _on_jobs(self, value: int) -> None:
        self.services.settings.batch_concurrency = value
        self.runner.concurrency = value  # from the next round on

    # --- restored drafts -----------------------------------------------------------------------------
    def take_restored(self, info: drafts.DraftInfo, document: Document) -> bool:
        """A second restored review while one is already shown: it waits in the queue."""
        if not self._restored_open:
            return False
        entry_id = self.runner.add_document(document, EntryState.DONE, info.review_path)
        self.runner.entries[entry_id].draft_id = info.id
        self.dock.show()
        return True

    def opened_restored(self, _document: Document) -> None:
        self._restored_open = True

    def shutdown(self) -> None:
        self.runner.shutdown()


def install(services: WindowServices) -> BatchFlow:
    return BatchFlow(services)
