"""The shortcut sheet (F1, Ctrl+/): every key of the action table (gui/window/action_table.py), in the
clerk's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..widgets.buttons import localize
from ..widgets.provider_bar import available_providers
from ..window import action_table
from ..window.window_actions import key_texts

MAX_SERVICE_KEYS = 9  # Alt+1 .. Alt+9 (gui/flows/navigation.py)


def service_count() -> int:
    """How many services Alt+1 .. choose: the toolbar list's, up to Alt+9."""
    return min(len(available_providers()), MAX_SERVICE_KEYS)


def sheet_rows(services: int | None = None) -> list[tuple[str, str]]:
    """(keys as shown, i18n key of what they do), one per row of the action table's sheet: the keys
    of the row's commands as their menus write them (gui/window/window_actions.py). Enter, Tab, F2 and
    Escape are keys of the field list and the value editor (gui/flows/keyboard.py); `services`: how many
    services Alt+1 .. choose."""
    services = service_count() if services is None else services
    rows = []
    for row, specs in action_table.sheet_rows():
        keys = [k.format(n=services) for spec in specs for k in key_texts(spec)]
        rows.append((" / ".join(keys), row))
    return rows


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None, services: int | None = None) -> None:
        super().__init__(parent)
        rows = sheet_rows(services)
        self.setWindowTitle(i18n.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(i18n.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([i18n.tr("Keys"), i18n.tr("What it does")])
        for row, (keys, key) in enumerate(rows):
            for col, text in enumerate((keys, i18n.tr(action_table.SHEET_TEXT[key]))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(i18n.tr("Every shortcut uses Ctrl, Alt or a function key: typing a value (Thai input "
                              "methods included) never triggers one."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize(buttons)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # long lines wrap instead of being cut
