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
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import drafts
from ..core.attention import Attention
from ..core.batch import jobs_like
from ..core.batch_cost import BatchCost, batch_cost
from ..core.errors import AppError
from ..core.model import Document, ReviewStatus
from ..core.skipped import Skipped, expand_with_skipped
from . import i18n
from .batch_runner import EntryState, QueueRunner
from .palette_colors import readable
from .queue_guard import QueueGuard
from .skipped_note import add_to_error, say_skipped

if TYPE_CHECKING:
    from .window_services import WindowServices

_STATE_COLORS = {EntryState.FAILED: QColor(180, 30, 30), EntryState.DONE: QColor(20, 110, 40),
                 EntryState.REVIEWED: QColor(90, 90, 90), EntryState.IN_REVIEW: QColor(30, 80, 180)}


class BatchPanel(QWidget):
    def __init__(self, runner: QueueRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_all_button = QPushButton()
        self.cancel_button = QPushButton()
        self.jobs_label = QLabel()
        self.jobs = QSpinBox()
        self.jobs.setRange(1, 8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.retry_all_button)
        buttons.addWidget(self.cancel_button)
        jobs_row = QHBoxLayout()
        jobs_row.addWidget(self.jobs_label)
        jobs_row.addWidget(self.jobs)
        jobs_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(jobs_row)
        self._items: dict[int, QTreeWidgetItem] = {}
        runner.entriesReset.connect(self.rebuild)
        runner.entryChanged.connect(self.refresh)
        runner.progressChanged.connect(self._on_progress)
        runner.runningChanged.connect(lambda _r: self._update_buttons())
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        t = i18n.t
        self.list.setHeaderLabels([t("batch.col.doc"), t("batch.col.state"), t("batch.col.attention")])
        self.retry_button.setText(t("batch.retry"))
        self.retry_all_button.setText(t("batch.retry_all"))
        self.cancel_button.setText(t("batch.cancel"))
        self.jobs_label.setText(t("batch.jobs"))
        for entry_id in self._items:
            self.refresh(entry_id)

    def rebuild(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._items.clear()
        for entry in self.runner.order():
            item = QTreeWidgetItem()
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(item)
            self._items[entry.id] = item
            self.refresh(entry.id)
        if current in self._items:
            self.list.setCurrentItem(self._items[current])
        self.list.blockSignals(False)
        self._update_buttons()

    def refresh(self, entry_id: int) -> None:
        entry = self.runner.entries.get(entry_id)
        item = self._items.get(entry_id)
        if entry is None or item is None:
            return
        item.setText(0, entry.title)
        item.setToolTip(0, "\n".join(str(p) for p in entry.paths))
        state = i18n.t(f"batch.state.{entry.state}")
        if entry.state == EntryState.FAILED and entry.error is not None:
            reason = entry.error.message(i18n.language())
            item.setText(1, f"{state}: {reason}")
            item.setToolTip(1, reason)
        else:
            item.setText(1, state)
            item.setToolTip(1, state)
        item.setText(2, "" if entry.attention is None else str(entry.attention))
        color = _STATE_COLORS.get(entry.state)
        palette = self.palette()
        shown = (readable(color, palette.base().color(), palette.text().color()) if color is not None
                 else palette.text().color())  # the state is also in words in column 1
        for column in range(3):
            item.setForeground(column, shown)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, entry_id: int) -> None:
        item = self._items.get(entry_id)
        if item is not None and self.list.currentItem() is not item:
            self.list.blockSignals(True)
            self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            self._update_buttons()

    def _on_progress(self, finished: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(finished)
        self._update_buttons()

    def _update_buttons(self) -> None:
        entries = self.runner.entries
        current = entries.get(self.current_id() or -1)
        retryable = (EntryState.FAILED, EntryState.CANCELLED)
        self.retry_button.setEnabled(current is not None and current.state in retryable
                                     and current.job is not None)
        self.retry_all_button.setEnabled(any(e.state in retryable and e.job for e in entries.values()))
        self.cancel_button.setEnabled(self.runner.running)


class BatchFlow:
    """The queue's wiring to the window (see the module's docstring)."""

    def __init__(self, services: WindowServices) -> None:
        self.services = services
        self.session = services.session
        window = services.host  # the dock's and the runner's Qt parent
        self.runner = QueueRunner(window)
        self.runner.concurrency = services.settings.batch_concurrency
        self.skipped: list[Skipped] = []  # what the last folder scan left out (said to the clerk)
        self.panel = BatchPanel(self.runner)
        self.panel.jobs.setValue(self.runner.concurrency)
        self.panel.jobs.valueChanged.connect(self._on_jobs)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("QueueDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.setMinimumWidth(220)
        self.dock.hide()
        self.guard = QueueGuard(self)  # asks before a paid batch, drafts the unsaved on quit
        self.current: int | None = None  # the queue entry shown in the window
        self._shown: Document | None = None  # the copy of its document the window edits
        self._restored_open = False
        self.act_open_folder = services.commands["open_folder"]  # its keys and menu: the action table
        self.act_open_folder.triggered.connect(lambda _c=False: self.open_folder_dialog())
        services.commands.place("queue_dock", self.dock.toggleViewAction())
        self.panel.list.itemActivated.connect(lambda item, _c: self._open_item(item))
        self.panel.list.itemClicked.connect(lambda item, _c: self._open_item(item))
        self.panel.retry_button.clicked.connect(self._retry_current)
        self.panel.retry_all_button.clicked.connect(self.runner.retry_failed)
        self.panel.cancel_button.clicked.connect(self.runner.cancel)
        self.runner.entryChanged.connect(self._on_entry_changed)
        self.runner.overloaded.connect(self._on_overloaded)
        self.session.signedOff.connect(self._on_signed_off)
        self.session.documentChanged.connect(self._on_document_changed)
        self.session.reviewChanged.connect(self._update_current_attention)
        self.session.saved.connect(lambda _path: self._on_saved())
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(i18n.t("batch.title"))
        self.panel.retranslate()

    # --- opening -----------------------------------------------------------------------------------
    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.services.host, i18n.plain(i18n.t("act.open_folder")))
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

        def build() -> tuple[list, BatchCost | None]:
            files, left = expand_with_skipped([Path(os.path.abspath(p)) for p in paths])
            skipped.extend(left)
            if not files:
                raise AppError("input.not_found", "no image or PDF in the given folders")
            jobs = jobs_like(files, template)  # built as the window's one document is
            return jobs, batch_cost(jobs) if paid else None  # a paid service: asked before sending

        def done(built: tuple[list, BatchCost | None] | None, error: AppError | None) -> None:
            jobs, cost = built if built is not None else ([], None)
            if error is not None or not jobs:
                services.message_bar.show_error(error or AppError("input.not_found"))
                add_to_error(services.message_bar, skipped)  # why each file was left out
                return
            if cost is not None and not self.guard.confirm_send(cost):
                services.say(i18n.t("queue.send.cancelled"))
                return
            self.start(jobs)
            self.skipped = list(skipped)
            say_skipped(services.message_bar, self.panel, skipped)  # every file read or said unread

        if paid:
            services.say(i18n.t("queue.counting"))

        services.io.submit(build, done)
        return True

    def start(self, jobs: list) -> list[int]:
        self.runner.concurrency = self.panel.jobs.value()
        ids = self.runner.add_jobs(jobs)
        self.dock.show()
        return ids

    # --- reviewing -----------------------------------------------------------------------------------
    def _open_item(self, item: QTreeWidgetItem) -> None:
        self.open_entry(int(item.data(0, Qt.ItemDataRole.UserRole)))

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
        self._shown = copy.deepcopy(entry.document)
        self.session.restore(self._shown, entry.review_path, unsaved=unsaved)
        self.current = entry_id  # after restore: documentChanged forgets the previous entry
        if entry.state == EntryState.DONE:
            self.runner.set_state(entry_id, EntryState.IN_REVIEW)
        self.panel.select(entry_id)
        self._update_current_attention()
        if entry.document.errors:
            lang = i18n.language()
            services.message_bar.show_message("\n".join(e.message_th if lang == "th" else e.message_en
                                                      for e in entry.document.errors), "warning")
        elif entry.document.ocr is not None and entry.document.ocr.from_cache:
            services.say_cache(True)
        return True

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
            self.services.say(i18n.t("batch.none_left"))
            return
        self.open_entry(following)

    def _on_saved(self) -> None:
        entry = self.runner.entries.get(self.current or -1)
        if entry is None:
            return
        entry.review_path = str(self.session.review_path) if self.session.review_path else None
        if self.session.document is self._shown:
            entry.document = copy.deepcopy(self._shown)  # what was saved is what reopens
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

    def _on_entry_changed(self, entry_id: int) -> None:
        entry = self.runner.entries[entry_id]
        if entry.state == EntryState.DONE and entry.document is not None and entry.attention is None:
            attention = Attention(entry.document, self.services.thresholds())
            self.runner.set_attention(entry_id, len(attention.pending()))
            if self.session.document is None and not self.services.ocr.busy:
                self.open_entry(entry_id)  # the first finished document opens by itself

    def _on_overloaded(self, entry_id: int, delay: float) -> None:
        entry = self.runner.entries.get(entry_id)
        self.panel.status.setText(i18n.t("batch.overloaded", s=delay, name=entry.title if entry else ""))

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
