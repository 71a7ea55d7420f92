"""Help > About on the main window; the dialog (gui/dialogs/about_dialog.py, with the licence
list) is imported when the clerk first opens it, not before the window's first paint (issue 12)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from ..dialogs.about_dialog import AboutDialog


class AboutFlow:
    """The Help menu's About entry on the main window."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        self.window = window
        self.action = action  # Help › About, its text and menu role: gui/window/action_table.py
        self.action.triggered.connect(lambda _checked=False: self.show())
        self.dialog: AboutDialog | None = None

    def retranslate(self) -> None:
        pass  # the action table's text

    def show(self) -> AboutDialog:
        from ..dialogs.about_dialog import AboutDialog

        self.dialog = AboutDialog(self.window)
        self.dialog.open()
        return self.dialog


def install_about(window) -> AboutFlow:
    return AboutFlow(window, window.commands["about"])
