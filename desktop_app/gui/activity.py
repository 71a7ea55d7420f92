"""Feeds the session's ActivityClock (core/review.py): the clerk's keys, clicks and wheel turns in
the window count as activity; the window losing focus pauses the clock. Time is only counted while
a document is open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from .session import Session

_ACTIVE = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.InputMethod}


class ActivityWatcher(QObject):
    def __init__(self, window: QWidget, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)
        session.documentChanged.connect(self._session.clock.pause)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.WindowDeactivate:
            self._session.clock.pause()
        elif kind in _ACTIVE and self._session.document is not None and isinstance(watched, QWidget) \
                and watched.window() is self._window:
            self._session.clock.activity()
        return False

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
