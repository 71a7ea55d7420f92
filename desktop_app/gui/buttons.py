"""Standard dialog buttons in the clerk's language (Qt ships no Thai translation of its own), and
the one Yes/No question every part of the window asks through."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from . import i18n

_TEXTS = {"Save": "btn.save", "Discard": "btn.discard", "Cancel": "btn.cancel", "Yes": "btn.yes",
          "No": "btn.no", "Ok": "btn.ok", "Close": "btn.close"}


def localize(box: QMessageBox | QDialogButtonBox) -> None:
    """Name every standard button of `box` in the current language."""
    kind = QMessageBox.StandardButton if isinstance(box, QMessageBox) else QDialogButtonBox.StandardButton
    for name, key in _TEXTS.items():
        button = box.button(getattr(kind, name))
        if button is not None:
            button.setText(i18n.t(key))


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question with Yes and No (No on Escape), in the clerk's language."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = QMessageBox(QMessageBox.Icon.Question, i18n.plain(title), text, yes | no, parent)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    localize(box)
    return box.exec() == yes
