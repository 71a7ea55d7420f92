"""The shortcut sheet (F1, Ctrl+/): every review key, in English and Thai side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
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

from . import i18n
from .buttons import localize

# (keys as shown, i18n key of what they do). Keys not bound to a QAction (Enter, Tab, F2, Escape)
# are handled by the field list and the value editor (gui/keyboard.py).
SHEET: list[tuple[str, str]] = [
    ("Enter", "keys.enter"),
    ("Shift+Enter", "keys.shift_enter"),
    ("Tab / Shift+Tab", "keys.tab"),
    ("F2", "keys.f2"),
    ("Escape", "keys.escape"),
    ("Alt+Enter", "keys.suggestion"),
    ("Ctrl+Shift+Enter", "keys.confirm_all"),
    ("Ctrl+Enter", "keys.signoff"),
    ("Ctrl+Shift+Backspace", "keys.reject"),
    ("Ctrl+Z", "keys.undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "keys.redo"),
    ("Ctrl+R", "keys.run"),
    ("Ctrl+Shift+R", "keys.fresh"),
    ("Ctrl+Alt+R", "keys.rerun_page"),
    ("Ctrl+.", "keys.cancel"),
    ("Ctrl+S", "keys.save"),
    ("Ctrl+Shift+S", "keys.save_as"),
    ("Ctrl+O", "keys.open"),
    ("Ctrl+Shift+O", "keys.open_folder"),
    ("Ctrl+Shift+F", "keys.zoom_field"),
    ("Ctrl+0 / Ctrl+2", "keys.fit"),
    ("Ctrl+= / Ctrl+- / Ctrl+1", "keys.zoom"),
    ("Ctrl+L", "keys.labels"),
    ("Ctrl+Shift+E", "keys.export"),
    ("Ctrl+Shift+P", "keys.presentation"),
    ("F1 / Ctrl+/", "keys.sheet"),
    # --- issue 9: services, pages and documents from the keyboard (gui/navigation.py) ---
    ("Alt+1 … Alt+7", "keys.service"),
    ("Ctrl+PgDown / Ctrl+PgUp", "keys.page"),
    ("Ctrl+Shift+PgDown / Ctrl+Shift+PgUp", "keys.document"),
]


def native(keys: str) -> str:
    """`keys` as the platform writes them (Ctrl stays Ctrl on Linux/Windows, ⌘ on macOS)."""
    parts = [p.strip() for p in keys.split("/")]
    return " / ".join(QKeySequence(p).toString(QKeySequence.SequenceFormat.NativeText) or p for p in parts)


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.both("keys.title").replace("\n", " / "))
        self.table = QTableWidget(len(SHEET), 3)
        self.table.setAccessibleName(i18n.both("keys.title").replace("\n", " / "))
        self.table.setHorizontalHeaderLabels([i18n.both("keys.col.keys").replace("\n", " / "),
                                              "English", "ไทย"])
        for row, (keys, key) in enumerate(SHEET):
            en, th = i18n.pair(key)
            for col, text in enumerate((native(keys), en, th)):
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
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        note = QLabel(i18n.both("keys.note").replace("\n", "<br>"))
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
