"""File › Connect to Team Queue: the database address and the clerk's password.

The address is kept in the settings without any password; the password goes to the OS keyring
(core/team/db.py `remember_password`), or, on a machine without one, is kept for this run only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from .. import i18n


class TeamConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.plain(i18n.tr("Connect to &Team Queue…")))
        form = QFormLayout(self)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql://clerk@db.office:5432/ocr?sslmode=verify-full")
        self.url.setMinimumWidth(420)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(i18n.tr("Database address:"), self.url)
        form.addRow(i18n.tr("Password:"), self.password)
        hint = QLabel(i18n.tr("The password is kept in the system keyring, never in the settings."))
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None]:
        return self.url.text().strip(), self.password.text() or None
