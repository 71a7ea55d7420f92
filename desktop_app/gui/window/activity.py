"""Feeds the session's ActivityClock (core/review.py): the clerk's keys, clicks and wheel turns in
the widgets a review is done in count as activity; the window losing focus pauses the clock. Time
is only counted while a document is open.

The filter sits on those widgets (the field list, the value editor, the page image, each with its
viewport), not on the application: an application-wide Python filter is called for every event
of every object, paint and timer events included (issue 12), for the few key and mouse events
that count here. Nor on the window: it gets a paint and an update request for every repaint of
any of its parts (the busy bar's animation, 100 a second), each call waiting for the GIL behind
the workers; that the window is no longer the active one comes from Qt's own signal instead
(the focus moved to another window, or to none)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ..state.session import Session

_ACTIVE = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.InputMethod}


class ActivityWatcher(QObject):
    def __init__(self, window: QWidget, session: Session, widgets: tuple[QWidget, ...] = ()) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._watched: list[QWidget] = []
        self._views: list[QAbstractScrollArea] = []  # their viewports watched once a document opens
        self._stopped = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)
        self.watch(*widgets)
        session.documentChanged.connect(self._session.clock.pause)
        session.documentChanged.connect(self.watch_viewports)

    def watch(self, *widgets: QWidget) -> None:
        """Count the clerk's keys, clicks and wheel turns in `widgets` (and their viewports)."""
        for widget in widgets:
            self._install(widget)
            if isinstance(widget, QAbstractScrollArea):
                self._views.append(widget)  # mouse and wheel events go to the viewport
        if self._session.document is not None:
            self.watch_viewports()

    def watch_viewports(self) -> None:
        """Nothing counts without a document: the viewports are asked for after the first paint
        (gui/window/app.py) or when one opens, whichever is first, never before the first paint
        (PySide's first plain QWidget handed to Python made a wrapper class for every widget
        class Qt has, ~65 M instructions, issue 12; in the first open it was ~5 ms of its turn)."""
        views, self._views = self._views, []
        for view in views:
            self._install(view.viewport())

    def _install(self, target: QWidget) -> None:
        target.installEventFilter(self)
        self._watched.append(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._stopped and event.type() in _ACTIVE and self._session.document is not None:
            self._session.clock.activity()
        return False

    def _on_focus_window(self, _focus: QWindow | None) -> None:
        # emitted once Qt has made the new window the active one (the old got WindowDeactivate)
        if not self._stopped and not self._window.isActiveWindow():
            self._session.clock.pause()

    def stop(self) -> None:
        self._stopped = True
