"""The window on the clerk's screen: the first start fits the screen's free area (a 1366x768 office
laptop, a 1024x768 projector, a 2x HiDPI panel all get every button and the status bar on screen);
later starts put it back where the clerk left it, docks included.

Geometry and dock state are stored as Qt's own byte arrays (`saveGeometry`, `saveState`) in the
settings, as QByteArray values (never a pickled Python object). A stored geometry that no longer
fits (the laptop left its big monitor) is fitted to the screen again.

Docks (the queue, the face) take room from the middle: when they would make the window's minimum
wider than the screen (a 1024 px projector with the queue open), the field list gives up some of
its minimum width (down to `SQUEEZED_FLOOR`) so the window, its Confirm button and status bar
stay on screen (`KeepOnScreen`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from ..state.settings import Settings

PREFERRED = QSize(1400, 900)  # the window on a screen with room to spare
# Room for the window manager's frame before the window exists (a title bar, thin borders); the
# real frame is measured after the window is shown (`fit_shown`).
FRAME = QMargins(4, 32, 4, 4)


def first_geometry(available: QRect, frame: QMargins = FRAME, preferred: QSize = PREFERRED) -> QRect:
    """The window's client rectangle on `available` (a screen's free area, logical pixels): the
    preferred size, or as large as fits with its frame, centred."""
    room = available.marginsRemoved(frame)
    width = min(preferred.width(), room.width())
    height = min(preferred.height(), room.height())
    rect = QRect(0, 0, max(width, 1), max(height, 1))
    rect.moveCenter(room.center())
    return rect


def place(window: QMainWindow, settings: Settings) -> bool:
    """At start: the stored geometry and dock state, or the first-start fit. True when restored."""
    geometry, state = settings.geometry(), settings.window_state()
    restored = geometry is not None and window.restoreGeometry(QByteArray(geometry))
    if state:
        window.restoreState(QByteArray(state))
    available = window.screen().availableGeometry()
    if not restored or not available.contains(window.frameGeometry().marginsRemoved(FRAME)):
        window.setGeometry(first_geometry(available))
        return False
    return True


def add_dock(window: QMainWindow, dock: QDockWidget) -> None:
    """A dock made after `place`: where the saved state had it (shown or not), else hidden at the
    left. (Qt restores a late dock only if it was not added first.)"""
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()


def fit_shown(window: QMainWindow) -> None:
    """Once shown, with the real frame known: pull the window back inside the screen if needed."""
    if window.isMaximized() or window.isFullScreen():
        return
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    margins = QMargins(window.geometry().left() - frame.left(), window.geometry().top() - frame.top(),
                       frame.right() - window.geometry().right(), frame.bottom() - window.geometry().bottom())
    window.setGeometry(first_geometry(available, margins))


def remember(window: QMainWindow, settings: Settings) -> None:
    settings.set_geometry(window.saveGeometry())
    settings.set_window_state(window.saveState())


SQUEEZED_FLOOR = 400  # the field list never gets narrower than this to make room for docks


def squeezed_minimum(natural: int, window_minimum: int, available: int,
                     floor: int = SQUEEZED_FLOOR) -> int:
    """The field list's minimum width so that the window's minimum (`window_minimum`, measured with
    the list at `natural`) fits `available` pixels, never below `floor`."""
    excess = window_minimum - available
    return natural if excess <= 0 else max(floor, natural - excess)


class KeepOnScreen(QObject):
    """Whenever a dock is shown or hidden: squeeze `squeezable` as far as needed (and no further)
    and pull the window back inside the screen."""

    def __init__(self, window: QMainWindow, squeezable: QWidget, natural: int,
                 docks: tuple[QDockWidget, ...]) -> None:
        """`docks`: every dock of the window, named: `window.findChildren` handed each of the
        window's few hundred widgets and objects to Python (~25 M instructions of the start)."""
        super().__init__(window)
        self.window, self.squeezable, self.natural, self.docks = window, squeezable, natural, docks
        for dock in docks:
            dock.visibilityChanged.connect(lambda _visible: QTimer.singleShot(0, self, self.refit))

    def refit(self) -> None:
        window = self.window
        frame = window.frameGeometry().width() - window.geometry().width()
        available = window.screen().availableGeometry().width() - max(frame, 0)
        self.squeezable.setMinimumWidth(self.natural)
        _settle()
        wanted = squeezed_minimum(self.natural, window.minimumSizeHint().width(), available)
        if wanted != self.natural:
            self.squeezable.setMinimumWidth(wanted)
            _settle()  # the new minimum holds now, so the window may shrink to it
        if window.isVisible():
            fit_shown(window)


def _settle() -> None:
    """Deliver the layout requests a minimum-size change posts (each level of widgets posts the
    next), so every size hint up to the window is fresh."""
    for _level in range(8):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
