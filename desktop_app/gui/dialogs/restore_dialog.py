"""At start: the unsaved reviews a crash (or a kill) left as drafts, and what to do with each.

One row per draft: its file name, when it was last kept and where it was to be saved, with a
choice of Restore (the default), Discard (the draft is deleted) or Later (asked again next start).
A draft that cannot be read is listed too, with Discard or Later only.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.drafts import DraftInfo
from .. import i18n
from ..widgets.buttons import localize

# The words of the computed keys restore.* (scripts/codemod_tr.py)
_RESTORE_WORDS: dict[str, str] = {
    "restore.title": i18n.QT_TRANSLATE_NOOP("i18n", "Restore unsaved reviews"),
    "restore.restore": i18n.QT_TRANSLATE_NOOP("i18n", "Restore"),
    "restore.discard": i18n.QT_TRANSLATE_NOOP("i18n", "Discard"),
    "restore.later": i18n.QT_TRANSLATE_NOOP("i18n", "Later"),
}

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def when(saved_at: str) -> str:
    try:
        return datetime.fromisoformat(saved_at).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return saved_at


class RestoreDialog(QDialog):
    def __init__(self, infos: list[DraftInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.plain(i18n.tr("Restore unsaved reviews")))
        self.infos = infos
        text = QLabel(i18n.tr("The program stopped before %n review(s) were saved. Choose what to do with "
                              "each.", None, len(infos)))
        text.setWordWrap(True)
        self.table = QTableWidget(len(infos), 3)
        self.table.setAccessibleName(i18n.plain(i18n.tr("Restore unsaved reviews")))
        self.table.setHorizontalHeaderLabels([i18n.tr("Document"), i18n.tr("Last kept"),
                                              i18n.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, info in enumerate(infos):
            title = info.title if info.error is None else f"{info.title or info.id} ({info.error})"
            item = QTableWidgetItem(title)
            item.setToolTip("\n".join(info.sources + ([info.review_path] if info.review_path else [])))
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(when(info.saved_at)))
            combo = QComboBox()
            combo.setAccessibleName(i18n.tr("Action") + f": {title}")
            options = [LATER, DISCARD] if info.error else [RESTORE, DISCARD, LATER]
            for option in options:
                combo.addItem(i18n.tr_from(_RESTORE_WORDS, f"restore.{option}"), option)
            self.table.setCellWidget(row, 2, combo)
            self.choices.append(combo)
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        localize(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 160 + 32 * min(len(infos), 8))

    def answers(self) -> dict[str, str]:
        """Draft id -> "restore", "discard" or "later" (Cancel: every draft later)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return {info.id: LATER for info in self.infos}
        return {info.id: combo.currentData() for info, combo in zip(self.infos, self.choices, strict=True)}
