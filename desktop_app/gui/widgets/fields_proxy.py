"""The field list's order: catalogue order, or the fields needing attention first (low_first).

The view's cells go straight to the source model's (gui/widgets/fields_model.py), by row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .fields_model import COL_CONFIDENCE, COL_VALUE, FLAGS, SORT_ROLE, FieldsModel

Index = QModelIndex | QPersistentModelIndex


class AttentionProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`: catalogue order, or (low_first) the fields needing attention first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # rows must not jump while the clerk edits them
        self._low_first = False

    @property
    def low_first(self) -> bool:
        return self._low_first

    # Straight to the source's cells: Qt's proxy maps every index through the source's index(),
    # which asks Python its row and column counts, for every role asked (7 a cell painted).
    def _source_row(self, index: Index) -> int:
        return index.row() if self.sortColumn() < 0 else self.mapToSource(index).row()  # unsorted: as is

    def source_rows(self) -> list[int]:
        """The source row of each shown row, top to bottom (unsorted: as is, without a mapping
        through Qt for every row)."""
        if self.sortColumn() < 0:
            return list(range(self.rowCount()))
        return [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]

    def _source(self) -> FieldsModel:
        source = self.sourceModel()
        assert isinstance(source, FieldsModel)
        return source

    def text_of(self, row: int, col: int) -> str:
        """Cell (row, col)'s shown text (`FieldsModel.text_of`)."""
        return self._source().text_of(self._source_row(self.index(row, col)), col)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        if index.isValid():
            self._source().fill(self._source_row(index), index.column(), roleDataSpan)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source().cell(self._source_row(index), index.column(), role) if index.isValid() else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.column() != COL_VALUE or not index.isValid():
            return FLAGS
        return self._source().flags_of(self._source_row(index), index.column())

    def set_low_first(self, low_first: bool) -> None:
        self._low_first = low_first
        self.resort()

    def resort(self) -> None:
        if self._low_first:
            self.sort(COL_CONFIDENCE, Qt.SortOrder.AscendingOrder)
        elif self.sortColumn() != -1:  # unsorted, the rows already are in the source's order: a
            self.sort(-1)  # layout change would only make the list fit its columns again
            self.invalidate()
