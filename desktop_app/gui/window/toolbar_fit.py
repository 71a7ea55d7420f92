"""Every toolbar control stays reachable on a narrow screen (1366 px, a 1024 px projector), in
English and Thai, whatever the service: when the main toolbar (open, save, service, options, run,
cancel) and the view toolbar (fit, zoom, Threshold) do not fit side by side, the view toolbar moves
to a second row; when they fit again it comes back. Nothing is ever left behind Qt's "»" menu.
The service list itself is as wide as its longest title needs, up to `COMBO_MAX_CHARS` characters
(longer titles are cut in the closed box, shown whole in the open list and its tooltip).

The toolbars' own events (their controls changed, a language) come through an event filter on
them; the window's size through `refit` called from the window's own resize and show (a Python
filter on the window would be called for each of its many paints, issue 12).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QMainWindow, QToolBar

COMBO_MAX_CHARS = 30


def limit_combo(combo: QComboBox) -> None:
    """The closed list no wider than `COMBO_MAX_CHARS` characters; the open list shows every title."""
    longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=10)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(COMBO_MAX_CHARS, longest))
    view = combo.view()
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
    combo.setToolTip(combo.currentText())


class ToolbarFit(QObject):
    def __init__(self, window: QMainWindow, main: QToolBar, view: QToolBar) -> None:
        super().__init__(window)
        self.window, self.main, self.view = window, main, view
        for bar in (main, view):
            bar.installEventFilter(self)

    def two_rows(self) -> bool:
        return self.window.toolBarBreak(self.view)

    def needed(self) -> int:
        """Width both toolbars need side by side (their size hints, all controls shown)."""
        return self.main.sizeHint().width() + self.view.sizeHint().width()

    def refit(self) -> None:
        """Call when the window was resized or shown."""
        fits = self.needed() <= self.window.width()
        if fits and self.two_rows():
            self.window.removeToolBarBreak(self.view)
        elif not fits and not self.two_rows():
            self.window.insertToolBarBreak(self.view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.refit()
        return False
