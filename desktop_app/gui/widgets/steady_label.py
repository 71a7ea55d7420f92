"""A label whose text changes after nearly every key (the status bar's review summary) without
laying the window out again each time.

A QLabel asks its parent's layout to run again whenever its text changes; in the status bar that
lays out the status bar and then the whole main window (issue 12: half a millisecond of every
Enter that changed a count). This label has a fixed size, changed only when its text needs more
room, or much less: the text sits at its right edge, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

STEP = 24  # the width grows in steps, so one more digit rarely needs a new layout


class SteadyLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fits = 0  # how often its size changed (for tests)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text == self.text():
            return
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # another font needs another size for the same text

    def _fit(self) -> None:
        hint = self.sizeHint()
        width = self.maximumWidth() if self.minimumWidth() == self.maximumWidth() else -1
        if width < hint.width() or width - hint.width() > 2 * STEP or self.maximumHeight() != hint.height():
            self.fits += 1
            self.setFixedSize(-(-hint.width() // STEP) * STEP, hint.height())
