"""The window on the clerk's screen: the first start fits the screen's free area (a 1366x768 office
laptop, a 1024x768 projector, a 2x HiDPI panel all get every button and the status bar on screen);
later starts put it back where the clerk left it, docks included.

Geometry and dock state are stored as Qt's own byte arrays (`saveGeometry`, `saveState`) in the
settings, as QByteArray values (never a pickled Python object). A stored geometry that no longer
fits (the laptop left its big monitor) is fitted to the screen again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSize
from PySide6.QtWidgets import QMainWindow

from .settings import Settings

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
    restored = bool(geometry) and window.restoreGeometry(QByteArray(geometry))
    if state:
        window.restoreState(QByteArray(state))
    available = window.screen().availableGeometry()
    if not restored or not available.contains(window.frameGeometry().marginsRemoved(FRAME)):
        window.setGeometry(first_geometry(available))
        return False
    return True


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
