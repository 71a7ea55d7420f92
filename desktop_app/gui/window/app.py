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
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import __version__
from ...core.checks import thai_geo
from ...core.errors import describe
from ...core.paths import data_dir, log_file
from ...core.redact import RedactingFilter
from ...resources import icons_dir
from .. import i18n
from ..flows.retention_start import purge_at_start
from ..state.settings import APPLICATION, ORGANIZATION, Settings
from ..widgets.fonts import install_fonts
from . import start_check
from .display_check import display_missing, no_display_message

log = logging.getLogger("desktop_app")


def log_path() -> Path:
    return data_dir() / "logs" / "desktop-app.log"  # what core.paths.log_file() creates


def setup_logging() -> Path | None:
    """Send the app's log records (warnings and worse) to the log file; None if it cannot be opened."""
    try:
        path = log_file()
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    for existing in list(log.handlers):
        if isinstance(existing, logging.FileHandler):
            log.removeHandler(existing)
            existing.close()
    log.addHandler(handler)
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
    # The address data's indexes are built off the GUI thread (the first check would wait for them).
    threading.Thread(target=thai_geo.warm, name="geo-warm", daemon=True).start()
    QApplication.setWindowIcon(QIcon(str(icons_dir() / "desktop-app.svg")))

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
        QTimer.singleShot(0, window.offer_drafts)  # unsaved reviews a crash left: restore / discard / later
        QTimer.singleShot(0, lambda: purge_at_start(window))  # personal data past its retention period
        if files:
            QTimer.singleShot(0, lambda: window.open_paths(files))
        if start_check.requested():  # a built bundle's check in CI (gui/window/start_check.py)
            start_check.schedule(app, window)
        return app.exec()
    finally:
        sys.excepthook = previous_hook
