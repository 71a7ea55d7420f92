"""The question before a sign-off that would leave problems open: the counts, "go to the first
one" (the default, also Escape) or "sign off anyway"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.model import SignoffRecord
from . import i18n

FIRST = "first"
SIGN_OFF = "signoff"


def signoff_box(parent: QWidget | None, record: SignoffRecord) -> tuple[QMessageBox, object]:
    """The question as a message box (not shown), and its "sign off anyway" button."""
    box = QMessageBox(QMessageBox.Icon.Warning, i18n.plain(i18n.t("signoff.title")),
                      i18n.t("signoff.text", errors=record.errors, attention=record.attention,
                             empty=record.empty_required), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(i18n.t("signoff.info"))
    first = box.addButton(i18n.t("signoff.first"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(i18n.t("signoff.anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(first)
    box.setEscapeButton(first)
    box.setObjectName("SignoffQuestion")
    return box, anyway


def ask_signoff(parent: QWidget | None, record: SignoffRecord) -> str:
    """FIRST (go to the first problem; the default) or SIGN_OFF (sign off anyway)."""
    box, anyway = signoff_box(parent, record)
    box.exec()
    return SIGN_OFF if box.clickedButton() is anyway else FIRST
