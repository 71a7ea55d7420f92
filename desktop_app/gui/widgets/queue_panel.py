"""The batch queue's dock contents: the rows (a `QueueModel` in a table), the progress bar of the
whole batch, Retry / Retry All Failed / Cancel Queue and the number of requests in flight.
The progress bar follows the batch at most every `PROGRESS_EVERY_MS` (one repaint per finished
document was one per answer), its start and end at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..workers.batch_runner import QueueRunner
from .queue_model import RETRYABLE, QueueModel

PROGRESS_EVERY_MS = 100


class BatchPanel(QWidget):
    def __init__(self, runner: QueueRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = QueueModel(runner, self.palette, self)
        self.list = QTableView()  # a table asks only for the rows on screen (a tree lays out all)
        self.list.setModel(self.model)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # the rows on screen, not all 5,000 after each change
        header.setStretchLastSection(False)
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self._progress_value = 0
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_EVERY_MS)
        self._progress_timer.timeout.connect(lambda: self.progress.setValue(self._progress_value))
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
        runner.entriesReset.connect(self._update_buttons)  # after the model (connected first)
        runner.entryChanged.connect(lambda _id: self._update_buttons())
        runner.progressChanged.connect(self._on_progress)
        runner.runningChanged.connect(lambda _r: self._update_buttons())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.retry_button.setText(i18n.tr("Retry"))
        self.retry_all_button.setText(i18n.tr("Retry All Failed"))
        self.cancel_button.setText(i18n.tr("Cancel Queue"))
        self.jobs_label.setText(i18n.tr("In flight:"))

    def row_text(self, row: int, column: int) -> str:
        """The text the queue shows in `row`, `column`."""
        return str(self.model.data(self.model.index(row, column)) or "")

    def current_id(self) -> int | None:
        current = self.list.currentIndex()
        return self.model.entry_id(current.row()) if current.isValid() else None

    def select(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row, 0))
            self._update_buttons()

    def _on_progress(self, finished: int, total: int) -> None:
        if self.progress.maximum() != max(total, 1):
            self.progress.setRange(0, max(total, 1))
        self._progress_value = finished
        if finished in (0, total) or finished < self.progress.value():
            self._progress_timer.stop()
            self.progress.setValue(finished)  # the start and the end are shown at once
        elif not self._progress_timer.isActive():
            self._progress_timer.start()
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.runner.entries.get(self.current_id() or -1)
        self.retry_button.setEnabled(current is not None and current.state in RETRYABLE
                                     and current.job is not None)
        self.retry_all_button.setEnabled(bool(self.model.retryable))
        self.cancel_button.setEnabled(self.runner.running)
