"""What the window's start sends through the application before its first paint (issue 12: start
to mapped window). Counted, never timed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

pytest_plugins = ["gui_helpers"]


class _Events(QObject):
    """Counts the events of `kind` that reach a widget `counts` accepts."""

    def __init__(self, kind: QEvent.Type, counts=lambda widget: True) -> None:
        super().__init__()
        self.kind, self.counts, self.seen = kind, counts, 0

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == self.kind and isinstance(obj, QWidget) and self.counts(obj):
            self.seen += 1
        return False


def _in_main_window(widget: QWidget) -> bool:
    from desktop_app.gui.window.main_window import MainWindow

    return isinstance(widget.window(), MainWindow)


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_window_is_made_in_its_language_without_a_language_change_to_each_widget(
        qtbot, make_window, settings, language):
    """The clerk's translators are installed before the window exists: installed after, Qt sends
    the window a LanguageChange that visits every widget in it (~340 at the start) though the
    window sets its own texts (retranslate)."""
    settings.language = language
    counter = _Events(QEvent.Type.LanguageChange, _in_main_window)
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


def test_the_commands_get_their_texts_and_state_before_they_join_the_menus_and_toolbars(
        qtbot, make_window):
    """Each text, tooltip or enabled state written after an action is in its menu, its toolbar
    and the window is an event to each of them: ~220 before the first paint when the texts came
    last; a few remain (the recent files, the samples, the services' menu, undo and redo)."""
    counter = _Events(QEvent.Type.ActionChanged)
    app = QApplication.instance()
    app.installEventFilter(counter)
    try:
        window = make_window()
        QApplication.processEvents()
    finally:
        app.removeEventFilter(counter)
    assert counter.seen < 60
    assert window.commands["open"].text() == "&Open…" and "Ctrl+O" in window.commands["open"].toolTip()
    assert not window.commands["save"].isEnabled() and window.commands["open"].isEnabled()
