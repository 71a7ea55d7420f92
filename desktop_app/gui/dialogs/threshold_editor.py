"""The settings dialog's "Thresholds" tab: per-field confidence thresholds by document type.

A plain three-column table (document type, field key, threshold). The defaults come from
core/attention.py; whatever the clerk leaves in the table is what is used. Rows with an empty key
or a threshold that is not a number between 0 and 1 are ignored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.attention import DEFAULT_FIELD_THRESHOLDS, DEFAULT_THRESHOLD
from .. import i18n


def _rows(table: dict[str, dict[str, float]]) -> list[tuple[str, str, float]]:
    return [(doc, key, value) for doc in sorted(table) for key, value in sorted(table[doc].items())]


class ThresholdEditor(QWidget):
    def __init__(self, table: dict[str, dict[str, float]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(i18n.tr("Per-field thresholds by document type override the global one (stricter for "
                              "numbers that must be exact, looser for fields OCR rarely gets wrong)."))
        note.setWordWrap(True)
        self.grid = QTableWidget(0, 3)
        self.grid.setAccessibleName(i18n.tr("Thresholds per field"))
        self.grid.setHorizontalHeaderLabels([i18n.tr("Document type"), i18n.tr("Field key"),
                                             i18n.tr("Threshold")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(i18n.tr("Add"))
        add.clicked.connect(lambda: self._add("", "", DEFAULT_THRESHOLD, edit=True))
        remove = QPushButton(i18n.tr("Remove"))
        remove.clicked.connect(self._remove)
        defaults = QPushButton(i18n.tr("Restore defaults"))
        defaults.clicked.connect(lambda: self.set_table(DEFAULT_FIELD_THRESHOLDS))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.set_table(table)

    def set_table(self, table: dict[str, dict[str, float]]) -> None:
        self.grid.setRowCount(0)
        for doc, key, value in _rows(table):
            self._add(doc, key, value)

    def _add(self, doc: str, key: str, value: float, edit: bool = False) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for col, text in enumerate((doc, key, f"{value:.2f}")):
            self.grid.setItem(row, col, QTableWidgetItem(text))
        if edit:
            self.grid.setCurrentCell(row, 0)
            item = self.grid.item(row, 0)
            if item is not None:
                self.grid.editItem(item)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()}, reverse=True)
        for row in rows:
            self.grid.removeRow(row)

    def table(self) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for row in range(self.grid.rowCount()):
            cells = [self.grid.item(row, c) for c in range(3)]
            doc, key, value = ((c.text().strip() if c is not None else "") for c in cells)
            try:
                number = float(value.replace(",", "."))
            except ValueError:
                continue
            if doc and key and 0.0 <= number <= 1.0:
                out.setdefault(doc, {})[key.lower()] = number
        return out
