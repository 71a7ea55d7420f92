"""A non-blocking message strip at the top of the window: an error, a warning or a note, in the
clerk's language, with a Retry button when trying again can help. Never a modal dialog, never a
traceback; the document under it stays as it was."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.errors import AppError
from .. import i18n

log = logging.getLogger(__name__)

_STYLES = {
    "error": "QFrame#MessageBar { background: #fde8e8; border: 1px solid #e0a0a0; } "
             "QLabel { color: #7a1010; }",
    "warning": "QFrame#MessageBar { background: #fff4d6; border: 1px solid #e6c36a; } "
               "QLabel { color: #6b4a00; }",
    "info": "QFrame#MessageBar { background: #e6f0fb; border: 1px solid #a8c4e6; } "
            "QLabel { color: #123c69; }",
}


class MessageBar(QFrame):
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.kind = ""
        self.code: str | None = None
        self._retry: Callable[[], None] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._on_retry)
        self.close_button = QPushButton()
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.retry_button.setText(i18n.tr("Retry"))
        self.close_button.setText(i18n.tr("Dismiss"))

    @property
    def text(self) -> str:
        return self.label.text()

    def show_error(self, error: AppError, retry: Callable[[], None] | None = None) -> None:
        """The catalogue sentence for `error` in the clerk's language; Retry when it can help."""
        self._show("error", error.message(i18n.language()), retry if error.retry else None)
        self.code = error.code
        # the log records what the clerk was shown: the code and the sentence, never the detail
        # (it may name the clerk's files); the file handler redacts anything key-like as well
        log.warning("shown to the clerk: %s: %s", error.code, error.message("en"))

    def show_message(self, text: str, kind: str = "info", retry: Callable[[], None] | None = None) -> None:
        self._show(kind, text, retry)
        if kind in ("error", "warning"):
            log.warning("shown to the clerk (%s): %s", kind, text.replace("\n", " / "))

    def _show(self, kind: str, text: str, retry: Callable[[], None] | None) -> None:
        self.kind = kind
        self.code = None
        self._retry = retry
        self.setStyleSheet(_STYLES.get(kind, _STYLES["info"]))
        self.label.setText(text)
        self.retry_button.setVisible(retry is not None)
        self.show()

    def dismiss(self) -> None:
        self._retry = None
        self.kind = ""
        self.code = None
        self.hide()

    def _on_retry(self) -> None:
        retry = self._retry
        self.dismiss()
        self.retryRequested.emit()
        if retry is not None:
            retry()
