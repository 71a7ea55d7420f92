"""The start check a built bundle runs in CI: `DESKTOP_APP_START_CHECK=1 desktop-app` opens the
window, checks what a bundle can get wrong, prints one line per finding and quits.

What it checks: the window is shown; the bundled samples, the Thai font, the licence texts and the
.qm translations are found; with `DESKTOP_APP_START_CHECK=fit`, also that the window fits the
screen's available area (the first window must never exceed the screen). Exit status 0 when all
hold, 1 otherwise. The variable is for build checks only; a clerk never sets it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ...resources import samples_dir
from .. import i18n
from ..widgets.fonts import THAI_FAMILY
from .late_parts import LATE_FAILED

VARIABLE = "DESKTOP_APP_START_CHECK"


def licence_dir() -> Path:
    """desktop_app.licences' folder, imported when a bundle's check runs, not at every start."""
    from ...licences import licence_dir as folder

    return folder()


def requested() -> bool:
    return os.environ.get(VARIABLE, "") not in ("", "0")


def findings(window: QWidget, *, fit: bool) -> list[str]:
    """What is wrong with the shown window and the bundle's resources (empty: all good)."""
    problems: list[str] = []
    if not window.isVisible():
        problems.append("the window is not shown")
    if getattr(window, "late_error", None) is not None:  # the queue, export, team... (late_parts.py)
        problems.append(LATE_FAILED)
    screen = window.screen()
    if fit and screen is not None:
        area = screen.availableGeometry()
        frame = window.frameGeometry()
        if frame.width() > area.width() or frame.height() > area.height():
            problems.append(f"the window ({frame.width()}x{frame.height()}) exceeds the screen's "
                            f"available area ({area.width()}x{area.height()})")
    samples = samples_dir()
    if not any(samples.glob("*.png")):
        problems.append(f"no samples in {samples}")
    if THAI_FAMILY not in QApplication.font().families():
        problems.append(f"the Thai font {THAI_FAMILY} is not loaded")
    if not (licence_dir() / "README.md").is_file():
        problems.append(f"no licence texts in {licence_dir()}")
    for language in ("th", "vi"):  # the window's words, and Qt's own, in Thai and Vietnamese
        for name in ("desk", "qtbase"):
            if not (i18n.translations_dir() / f"{name}_{language}.qm").is_file():
                problems.append(f"no {name}_{language}.qm in {i18n.translations_dir()}")
    return problems


def schedule(app: QCoreApplication, window: QWidget) -> None:
    """Once the window is up, report and quit with the check's exit status."""

    def report() -> None:
        problems = findings(window, fit=os.environ.get(VARIABLE) == "fit")
        screen_now = window.screen()
        area = screen_now.availableGeometry() if screen_now is not None else None
        size = f"{window.frameGeometry().width()}x{window.frameGeometry().height()}"
        screen = f"{area.width()}x{area.height()}" if area is not None else "?"
        print(f"start check: window {size}, screen's available area {screen}; "
              f"samples in {samples_dir()}", flush=True)
        for problem in problems:
            print(f"start check: FAILED: {problem}", file=sys.stderr, flush=True)
        app.exit(1 if problems else 0)

    QTimer.singleShot(500, report)  # after the window manager has placed and sized it
