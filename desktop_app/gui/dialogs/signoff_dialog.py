"""The question before a sign-off that would leave problems open: the counts, "go to the first
one" (the default, also Escape) or "sign off anyway"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.model import SignoffRecord
from .. import i18n

FIRST = "first"
SIGN_OFF = "signoff"


def signoff_box(parent: QWidget | None, record: SignoffRecord) -> tuple[QMessageBox, object]:
    """The question as a message box (not shown), and its "sign off anyway" button."""
    box = QMessageBox(QMessageBox.Icon.Warning, i18n.plain(i18n.tr("Sign off with problems left?")),
                      i18n.tr("This document still has open problems. Errors: {errors} · fields needing "
                              "attention: {attention} · "
                              "empty required fields: "
                              "{empty}.").format(
                                  errors=record.errors, attention=record.attention,
                                  empty=record.empty_required), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(i18n.tr("Signing off anyway records in the review file how many were left, and "
                                   "every field nobody looked at as accepted at sign-off (not as "
                                   "confirmed)."))
    first = box.addButton(i18n.tr("&Go to the First One"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(i18n.tr("&Sign Off Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(first)
    box.setEscapeButton(first)
    box.setObjectName("SignoffQuestion")
    return box, anyway


def ask_signoff(parent: QWidget | None, record: SignoffRecord) -> str:
    """FIRST (go to the first problem; the default) or SIGN_OFF (sign off anyway)."""
    box, anyway = signoff_box(parent, record)
    box.exec()
    return SIGN_OFF if box.clickedButton() is anyway else FIRST
