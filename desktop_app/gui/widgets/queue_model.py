"""The batch queue's rows as a model: one row per queue entry, in queue order, updated in place.

Entries added to the end are appended as rows, and the entries one batch of changes touched
(`QueueRunner.entriesChanged`) have their own rows' texts set: never a rebuild of every row (issue
12: 68 -> 264 µs a row from 250 to 5,000 rows, after every change).

The texts live in Qt's own `QStandardItemModel`, not in a Python `data()`: the view paints a row
by asking for seven roles of each of its cells, and each question to a Python model has to take
the GIL back from the batch's threads first (a repaint of the visible rows took 45-55 ms during a
batch, 2-4 ms from Qt's own items). The Python side runs only when something changed.
The model also keeps which entries can be retried, so the buttons are set without a walk over the
whole queue after each change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QStandardItem, QStandardItemModel

from .. import i18n
from ..workers.batch_runner import EntryState, QueueEntry, QueueRunner
from .colors import solid_brush
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
    # a review saved and not signed off (a folder opened again, or Ctrl+S in the queue)
    "batch.state.saved": i18n.QT_TRANSLATE_NOOP("i18n", "saved"),
}

ID_ROLE = Qt.ItemDataRole.UserRole
RETRYABLE = (EntryState.FAILED, EntryState.CANCELLED)
_HEADERS = (
    i18n.QT_TRANSLATE_NOOP("i18n", "Document"), i18n.QT_TRANSLATE_NOOP("i18n", "State"),
    i18n.QT_TRANSLATE_NOOP("i18n", "Attention"))
_STATE_COLORS = {EntryState.FAILED: QColor(180, 30, 30), EntryState.DONE: QColor(20, 110, 40),
                 EntryState.REVIEWED: QColor(90, 90, 90), EntryState.IN_REVIEW: QColor(30, 80, 180)}


def state_word(state: EntryState, saved: bool = False) -> str:
    """`saved`: a finished document with a review saved for it (not signed off)."""
    shown = "saved" if saved and state == EntryState.DONE else str(state)
    return i18n.tr_from(_BATCH_STATE_WORDS, f"batch.state.{shown}")


def state_words() -> list[str]:
    """Every state in the clerk's language (the State column is as wide as the longest)."""
    return [state_word(state) for state in EntryState] + [state_word(EntryState.DONE, saved=True)]


class QueueModel(QStandardItemModel):
    def __init__(self, runner: QueueRunner, palette: Callable[[], QPalette],
                 parent: QObject | None = None) -> None:
        super().__init__(0, len(_HEADERS), parent)
        self._runner = runner
        self._palette = palette
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._brushes: dict[EntryState | None, QBrush] = {}
        self._proto: QStandardItem | None = None
        self.retryable: set[int] = set()  # entries Retry can send again (failed or cancelled, with a job)
        runner.entriesReset.connect(self.sync)
        runner.entriesChanged.connect(self.entries_changed)
        self._set_headers()

    # --- following the runner ------------------------------------------------------------------
    def sync(self) -> None:
        """The runner's entries changed as a whole: new ones at the end are appended, else reset."""
        entries = self._runner.entries
        known = len(self._ids)
        if known and (self._ids[0] not in entries or self._ids[-1] not in entries):
            self.removeRows(0, known)  # the queue was cleared (entries go only all at once)
            self._ids, self._rows, known = [], {}, 0
            self.retryable.clear()
        waiting = state_word(EntryState.WAITING)
        prototype = self._prototype()
        for entry_id in islice(entries, known, None):
            entry = entries[entry_id]
            self._rows[entry_id] = len(self._ids)
            self._ids.append(entry_id)
            # clones of one item (not editable, its colour set): a folder of 5,000 is 15,000 items
            items = [prototype.clone() for _ in _HEADERS]
            items[0].setData(entry_id, ID_ROLE)
            if entry.state == EntryState.WAITING and entry.error is None and entry.attention is None:
                title, state, _attention = items
                title.setText(entry.title)
                title.setToolTip("\n".join(map(str, entry.paths)))
                state.setText(waiting)
                state.setToolTip(waiting)
            else:
                self._fill(entry, items)
            self.appendRow(items)
            self._note_retryable(entry)

    def _prototype(self) -> QStandardItem:
        if self._proto is None:
            self._proto = QStandardItem()
            self._proto.setEditable(False)
            self._proto.setForeground(self._brush(EntryState.WAITING))
        return self._proto

    def entries_changed(self, entry_ids: Iterable[int]) -> None:
        for entry_id in entry_ids:
            row = self._rows.get(entry_id)
            entry = self._runner.entries.get(entry_id)
            if row is None or entry is None:
                continue
            self._note_retryable(entry)
            self._fill(entry, [self.item(row, column) for column in range(len(_HEADERS))])

    def _fill(self, entry: QueueEntry, items: list[QStandardItem]) -> None:
        title, state, attention = items
        state_text = state_word(entry.state, saved=entry.saved)
        reason = ""
        if entry.state == EntryState.FAILED and entry.error is not None:
            reason = entry.error.message(i18n.language())
            state_text = f"{state_text}: {reason}"
        if title.text() != entry.title:
            title.setText(entry.title)
            title.setToolTip("\n".join(str(p) for p in entry.paths))
        state.setText(state_text)
        state.setToolTip(reason or state_text)
        attention.setText("" if entry.attention is None else str(entry.attention))
        brush = self._brush(entry.state)
        for item in items:
            item.setForeground(brush)

    def _brush(self, state: EntryState) -> QBrush:
        key = state if state in _STATE_COLORS else None
        brush = self._brushes.get(key)
        if brush is None:
            palette = self._palette()
            color = _STATE_COLORS.get(state)
            # the state is also in words in column 1
            text = palette.text().color()
            brush = solid_brush(readable(color, palette.base().color(), text) if color is not None else text)
            self._brushes[key] = brush
        return brush

    def _note_retryable(self, entry: QueueEntry) -> None:
        if entry.state in RETRYABLE and entry.job is not None:
            self.retryable.add(entry.id)
        else:
            self.retryable.discard(entry.id)

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([i18n.tr(text) for text in _HEADERS])

    def retranslate(self) -> None:
        """The headers and every row in the clerk's language (and colours for the palette)."""
        self._set_headers()
        self._brushes.clear()
        self._proto = None
        self.entries_changed(self._ids)

    # --- rows ----------------------------------------------------------------------------------
    def entry_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: int) -> int | None:
        return self._rows.get(entry_id)
