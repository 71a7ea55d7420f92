"""What the window's start sends through the application before its first paint (issue 12: start
to mapped window). Counted, never timed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

pytest_plugins = ["gui_helpers"]


class _LanguageChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and isinstance(obj, QWidget):
            from desktop_app.gui.window.main_window import MainWindow

            if isinstance(obj.window(), MainWindow):
                self.seen += 1
        return False


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_window_is_made_in_its_language_without_a_language_change_to_each_widget(
        qtbot, make_window, settings, language):
    """The clerk's translators are installed before the window exists: installed after, Qt sends
    the window a LanguageChange that visits every widget in it (~340 at the start) though the
    window sets its own texts (retranslate)."""
    settings.language = language
    counter = _LanguageChanges()
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        window = make_window()
        qtbot.waitUntil(lambda: window.isVisible(), timeout=5000)
        QApplication.processEvents()
    finally:
        app.removeEventFilter(counter)
    assert counter.seen == 0
    assert window.commands["open"].text().replace("&", "") != ""  # the texts are set all the same
