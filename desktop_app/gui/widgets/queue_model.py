"""The batch queue's rows as a model: one row per queue entry, in queue order, updated in place.

A change to one entry is one `dataChanged` for its row, and entries added to the end are inserted
(never a rebuild of every row: issue 12, 68 -> 264 µs a row from 250 to 5,000 rows, after every
change); the view asks only for the rows it shows. The model also keeps which entries can be
retried, so the buttons are set without a walk over the whole queue after each change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from .. import i18n
from ..workers.batch_runner import EntryState, QueueRunner
from .palette_colors import readable

# The words of the computed keys batch.state.* (scripts/codemod_tr.py)
_BATCH_STATE_WORDS: dict[str, str] = {
    "batch.state.waiting": i18n.QT_TRANSLATE_NOOP("i18n", "waiting"),
    "batch.state.sending": i18n.QT_TRANSLATE_NOOP("i18n", "sending"),
    "batch.state.done": i18n.QT_TRANSLATE_NOOP("i18n", "done"),
    "batch.state.failed": i18n.QT_TRANSLATE_NOOP("i18n", "failed"),
    "batch.state.cancelled": i18n.QT_TRANSLATE_NOOP("i18n", "cancelled"),
    "batch.state.in_review": i18n.QT_TRANSLATE_NOOP("i18n", "in review"),
    "batch.state.reviewed": i18n.QT_TRANSLATE_NOOP("i18n", "reviewed"),
}

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
RETRYABLE = (EntryState.FAILED, EntryState.CANCELLED)
_HEADERS = (
    i18n.QT_TRANSLATE_NOOP("i18n", "Document"), i18n.QT_TRANSLATE_NOOP("i18n", "State"),
    i18n.QT_TRANSLATE_NOOP("i18n", "Attention"))
_STATE_COLORS = {EntryState.FAILED: QColor(180, 30, 30), EntryState.DONE: QColor(20, 110, 40),
                 EntryState.REVIEWED: QColor(90, 90, 90), EntryState.IN_REVIEW: QColor(30, 80, 180)}


class QueueModel(QAbstractTableModel):
    def __init__(self, runner: QueueRunner, palette: Callable[[], QPalette],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._palette = palette
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self.retryable: set[int] = set()  # entries Retry can send again (failed or cancelled, with a job)
        runner.entriesReset.connect(self.sync)
        runner.entryChanged.connect(self.entry_changed)

    # --- following the runner ------------------------------------------------------------------
    def sync(self) -> None:
        """The runner's entries changed as a whole: new ones at the end are inserted, else reset."""
        ids = sorted(self._runner.entries)
        known = len(self._ids)
        if ids[:known] == self._ids:
            if len(ids) > known:
                self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
                self._ids.extend(ids[known:])
                self._rows.update((entry_id, known + n) for n, entry_id in enumerate(ids[known:]))
                self.endInsertRows()
                for entry_id in ids[known:]:
                    self._note_retryable(entry_id)
            return
        self.beginResetModel()
        self._ids = ids
        self._rows = {entry_id: row for row, entry_id in enumerate(ids)}
        self.retryable.clear()
        for entry_id in ids:
            self._note_retryable(entry_id)
        self.endResetModel()

    def entry_changed(self, entry_id: int) -> None:
        row = self._rows.get(entry_id)
        if row is None:
            return
        self._note_retryable(entry_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_HEADERS) - 1))

    def _note_retryable(self, entry_id: int) -> None:
        entry = self._runner.entries.get(entry_id)
        if entry is not None and entry.state in RETRYABLE and entry.job is not None:
            self.retryable.add(entry_id)
        else:
            self.retryable.discard(entry_id)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(_HEADERS) - 1))

    # --- rows ----------------------------------------------------------------------------------
    def entry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: int) -> int | None:
        return self._rows.get(entry_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_HEADERS):
            return i18n.tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entry_id = self._ids[index.row()]
        entry = self._runner.entries.get(entry_id)
        if entry is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return entry_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            tip = role == Qt.ItemDataRole.ToolTipRole
            if col == 0:
                return "\n".join(str(p) for p in entry.paths) if tip else entry.title
            if col == 1:
                state = i18n.tr_from(_BATCH_STATE_WORDS, f"batch.state.{entry.state}")
                if entry.state == EntryState.FAILED and entry.error is not None:
                    reason = entry.error.message(i18n.language())
                    return reason if tip else f"{state}: {reason}"
                return state
            if col == 2 and not tip:
                return "" if entry.attention is None else str(entry.attention)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = _STATE_COLORS.get(entry.state)
            palette = self._palette()
            # the state is also in words in column 1
            return QBrush(readable(color, palette.base().color(), palette.text().color()) if color is not None
                          else palette.text().color())
        return None
