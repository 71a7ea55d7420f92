"""The batch queue's dock contents: the rows (a `QueueModel` in a table), the progress bar of the
whole batch, Retry / Retry All Failed / Cancel Queue and the number of requests in flight.
The progress bar follows the runner, which reports a batch's progress a few times a second (one
repaint per finished document was one per answer). Every row is as high as the others and the
columns keep their width (State: as wide as its longest word, a failure's reason elided, all of it
in the tooltip): no change to a row makes the table measure the rows again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
from .queue_model import RETRYABLE, QueueModel, state_words


class BatchPanel(QWidget):
    """The dock asks for the width its buttons need, or a table's usual width (Qt's, 256 px) if
    that is more; a long note under the list (the files a folder left out) wraps in that width.
    The note's own wish, one line a file, widened the dock and took the room from the page: at
    1366x768 with the queue open the image was ~115 px wide."""

    def __init__(self, runner: QueueRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model = QueueModel(runner, self.palette, self)
        self.list = QTableView()  # a table asks only for the rows on screen (a tree lays out all)
        self.list.setModel(self.model)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        rows = self.list.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: no row is measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
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
        runner.entriesReset.connect(self._update_buttons)  # after the model (connected first)
        runner.entriesChanged.connect(lambda _ids: self._update_buttons())
        runner.progressChanged.connect(self._on_progress)
        runner.runningChanged.connect(lambda _r: self._update_buttons())
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.retranslate()
        self._update_buttons()  # nothing listed yet: nothing to retry or cancel

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        table = self.list.sizeHint().width() + margins.left() + margins.right()
        return QSize(max(self.minimumSizeHint().width(), min(hint.width(), table)), hint.height())

    def retranslate(self) -> None:
        self.model.retranslate()
        self.retry_button.setText(i18n.tr("Retry"))
        self.retry_all_button.setText(i18n.tr("Retry All Failed"))
        self.cancel_button.setText(i18n.tr("Cancel Queue"))
        self.jobs_label.setText(i18n.tr("In flight:"))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """State as wide as its longest word, Attention as its header (set again for a language)."""
        metrics = self.list.fontMetrics()
        header = self.list.horizontalHeader()
        pad = 4 * metrics.horizontalAdvance(" ") + 8
        for column, texts in ((1, state_words()), (2, ["0000"])):
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in [*texts, label]) + pad)

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
        if self.progress.value() != finished:
            # QProgressBar.setValue repaints at once, and with it whatever else of the window
            # waits to be painted: kept for the next paint, with the rest
            self.progress.setUpdatesEnabled(False)
            self.progress.setValue(finished)
            self.progress.setUpdatesEnabled(True)  # (schedules its update)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.runner.entries.get(self.current_id() or -1)
        self.retry_button.setEnabled(current is not None and current.state in RETRYABLE
                                     and current.job is not None)
        self.retry_all_button.setEnabled(bool(self.model.retryable))
        self.cancel_button.setEnabled(self.runner.running)
