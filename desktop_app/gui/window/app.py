"""Start the window: `run(files, provider_id)` is what `desktop-app [FILE...] [--provider ID]` calls.

An unexpected exception anywhere in the GUI thread never shows a traceback: the clerk sees the
catalogue's "internal" sentence in English and Thai and where the details were written; the
traceback goes (redacted) to `<data dir>/logs/desktop-app.log` only. The window stays open, so
the work in it can still be saved.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import __version__
from ...core import logfile
from ...core.errors import describe
from ...core.logfile import log_path  # noqa: F401 - the window's name for it (tests)
from ...resources import icons_dir
from .. import i18n
from ..state.settings import APPLICATION, ORGANIZATION, Settings
from ..widgets.fonts import install_fonts
from . import start_check
from .display_check import display_missing, no_display_message

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("desktop_app")


def setup_logging() -> Path | None:
    """Send the app's log records (warnings and worse) to the log file; None if it cannot be opened."""
    path = logfile.attach(log, logging.WARNING)
    if path is not None:
        log.setLevel(logging.INFO)
    return path


class CrashReporter:
    """`sys.excepthook` for the GUI: log the traceback, show one friendly sentence, keep running."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self._showing = False
        self.shown = 0

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.error("internal error in desktop-app %s\n%s", __version__,
                  "".join(traceback.format_exception(kind, value, tb)))
        self.shown += 1
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time; the log has them all
        self._showing = True
        try:
            self.show_dialog()
        finally:
            self._showing = False

    def message(self) -> str:
        info = describe("internal")
        written = i18n.every_language(i18n.QT_TRANSLATE_NOOP("i18n", "Details were "
                                                                     "written to {path}"),
                                      path=str(log_path()))
        return f"{info.en}\n\n{info.th}\n\n{written}"

    def show_dialog(self) -> None:
        title = i18n.every_language(i18n.QT_TRANSLATE_NOOP("i18n", "Something went "
                                                                   "wrong")).replace("\n", " / ")
        box = QMessageBox(QMessageBox.Icon.Critical, title, self.message(), QMessageBox.StandardButton.Ok,
                          self.parent)
        box.exec()


def run(files: list[str], provider_id: str | None, log_stalls: int | None = None) -> int:
    """Open the window (with `files` opened at start and `provider_id` preselected); the exit status.
    `log_stalls`: write event-loop stalls over that many ms to the log (gui/window/stall_watch.py)."""
    logged = setup_logging()
    if QApplication.instance() is None and display_missing():
        print(no_display_message(), file=sys.stderr)  # not Qt's "xcb-cursor0 is needed"
        if logged is not None:
            log.warning("shown to the clerk: display.none: %s", describe("display.none").en)
        return 2
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()

    from .main_window import MainWindow  # after the QApplication and fonts exist

    settings = Settings()
    window = MainWindow(settings, provider_id)
    reporter = CrashReporter(window)
    previous_hook = sys.excepthook
    sys.excepthook = reporter
    try:
        window.show()
        from .stall_watch import start_logging

        stall_watch = start_logging(log_stalls, app)  # noqa: F841 - kept alive while the loop runs
        _after_first_paint(window, files)
        if start_check.requested():  # a built bundle's check in CI (gui/window/start_check.py)
            start_check.schedule(app, window)
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def _after_first_paint(window: MainWindow, files: list[str]) -> None:
    """The start's work that the clerk does not see, once the window has been painted (issue 12)."""
    window.start.later(_set_window_icon)  # first: the drafts offer's and every later dialog's icon too

    def purge() -> None:
        from ..flows.retention_start import purge_at_start

        purge_at_start(window)  # personal data past its retention period

    window.start.later(window.review.activity.watch_viewports)  # not in the first open's turns
    window.start.later(window.offer_drafts)  # unsaved reviews a crash left: restore / discard / later
    window.start.later(purge)
    if files:
        window.start.later(lambda: window.open_paths(files))
    # what the start left for later, read off the GUI thread (the first open or check would wait for it)
    window.start.later(lambda: threading.Thread(target=warm_up, name="warm-up", daemon=True).start())


def _set_window_icon() -> None:
    """The title bar's and task bar's icon: not drawn in the window itself, and QIcon's first use
    made its ~150 theme names (Python enum members) before the first paint (issue 12)."""
    from PySide6.QtGui import QIcon

    QApplication.setWindowIcon(QIcon(str(icons_dir() / "desktop-app.svg")))


# left by the start for their first use and imported by none of the late parts (those import the
# review files, the engine, its cache and HTTP client in their own turn: gui/window/late_parts.py):
# the face photos, which the first document with a face would import on the GUI thread
WARM_MODULES = ("desktop_app.gui.workers.faces", "desktop_app.core.providers.face_image")


def warm_up() -> None:
    """On a thread once the window is up: what the start left for its first use (WARM_MODULES), then
    the Thai places the address check reads. Never raises: a failure is met again where it is used."""
    try:
        for name in WARM_MODULES:
            import_module(name)
        from ...core.checks import thai_geo

        thai_geo.warm()
    except Exception:  # noqa: BLE001, S110 - only a head start
        pass
