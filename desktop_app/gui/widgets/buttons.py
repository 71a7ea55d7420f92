"""The one Yes/No question every part of the window asks through, in the clerk's language (Qt's
own translation names the buttons: translations/qtbase_*.ts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from .. import i18n


def localize(box: QMessageBox | QDialogButtonBox) -> None:
    """Nothing left to do: Qt names the standard buttons through its own translation, which the
    window installs for Thai and Vietnamese too (translations/qtbase_*.ts). Kept for callers."""


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question with Yes and No (No on Escape), in the clerk's language."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, i18n.plain(title), text, yes | no, parent)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    localize(box)
    return box.exec() == yes
