"""The activity clock's viewports are asked for in a turn of their own after the window's first
paint, not in the turn the first document opens (the first viewport() hands a plain QWidget to
Python: 9-17 ms of the GUI thread, issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.gui.state.settings import Settings
from desktop_app.gui.window.main_window import MainWindow


def test_viewports_watched_after_the_first_paint_before_any_document(qapp):
    window = MainWindow(Settings())
    window.show()
    try:
        while not window.start.painted:
            QApplication.processEvents()
        for _ in range(20):  # the start's put-off turns
            QApplication.processEvents()
        assert window.session.document is None
        assert window.fields.table.viewport() in window.review.activity._watched
    finally:
        window.close()
