"""The field list shows its scroll bars in the same turn as its rows: a new document is painted once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.widgets.fields_table import FieldTable

NO_PARENT = QModelIndex()


class Rows(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"a long field text, row {index.row()} " * 3 if role == Qt.ItemDataRole.DisplayRole else None

    def show_rows(self, count: int) -> None:
        self.beginResetModel()
        self.count = count
        self.endResetModel()


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[tuple[int, int]] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.sizes.append((watched.width(), watched.height()))
        return False


def test_rows_that_need_scroll_bars_are_painted_once(qapp):
    # Qt shows a scroll bar in a queued call after the range changed: the rows were painted at the
    # old size, then all of them again in the smaller viewport (a finished document opened: 44 ms)
    table = FieldTable()
    table.resize(400, 200)
    model = Rows()
    table.setModel(model)
    paints = Paints()
    table.viewport().installEventFilter(paints)
    table.show()
    for _ in range(50):
        QApplication.processEvents()
    assert paints.sizes, "the empty list was painted"
    paints.sizes.clear()
    model.show_rows(60)  # a new document's fields
    for _ in range(10):
        QApplication.processEvents()
    assert not table.verticalScrollBar().parentWidget().isHidden()
    assert len(set(paints.sizes)) == 1, paints.sizes  # never at the size without the scroll bars
    table.close()
