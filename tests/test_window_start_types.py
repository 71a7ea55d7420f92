"""What the window's start makes PySide load before its first paint (issue 12: start to mapped
window). Counted in a fresh interpreter, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# a fresh interpreter: the window made and shown until its first paint; print the Qt enums PySide
# made meanwhile (it makes a class's enums when the class is first used)
_UNTIL_FIRST_PAINT = """
import enum, sys
made = []
create = enum.EnumType._create_.__code__

def watch(frame, event, arg):
    if event == "call" and frame.f_code is create:
        made.append(frame.f_locals.get("class_name"))

from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
sys.setprofile(watch)
from desktop_app.gui.state.settings import Settings
from desktop_app.gui.window.main_window import MainWindow
window = MainWindow(Settings())
window.show()
while not window.start.painted:
    app.processEvents()
sys.setprofile(None)
print(" ".join(str(name) for name in made))
"""


def fresh_env(home: Path) -> dict[str, str]:
    """A child interpreter's environment: offscreen, its own folders under `home`, no keyring."""
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
                XDG_CACHE_HOME=str(home / ".cache"), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")


def _enums_until_first_paint(home: Path) -> set[str]:
    env = fresh_env(home)
    out = subprocess.run([sys.executable, "-c", _UNTIL_FIRST_PAINT], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env, timeout=120)
    return set(out.stdout.split())


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> set[str]:
    made = _enums_until_first_paint(tmp_path_factory.mktemp("start"))
    assert "Orientation" in made  # (the count works: the Qt namespace's enums are made)
    return made


def test_no_plain_widget_is_handed_to_python_before_the_first_paint(made):
    """The first plain QWidget a Qt call hands to Python (a view's viewport(), a scroll bar's
    parentWidget()) makes PySide load a wrapper class for every widget class Qt has, each with its
    enums: QWizard's among them (28 M instructions of the start)."""
    assert "WizardButton" not in made


def test_the_windows_children_are_not_walked_before_the_first_paint(made):
    """`window.findChildren` hands each of the window's few hundred objects to Python, Qt's own
    inner ones too: the text documents inside its labels and line edits among them (17 M)."""
    assert "MarkdownFeature" not in made  # QTextDocument's


# a fresh interpreter: the window made and shown; print the app's modules loaded at its first paint
_MODULES_AT_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop_app.gui.state.settings import Settings
from desktop_app.gui.window.main_window import MainWindow
loaded = []

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not loaded:
            loaded.extend(name for name in sys.modules if name.startswith("desktop_app"))
        return False

window = MainWindow(Settings())
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
while not window.start.painted:
    app.processEvents()
print(" ".join(loaded))
print(" ".join(name for name in sys.modules if name.startswith("desktop_app")))
"""


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> tuple[set[str], set[str]]:
    """The app's modules loaded at the first paint, and once the start's first turn after it is done."""
    home = tmp_path_factory.mktemp("modules")
    env = fresh_env(home)
    out = subprocess.run([sys.executable, "-c", _MODULES_AT_FIRST_PAINT], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env, timeout=120)
    at_paint, after = out.stdout.splitlines()
    return set(at_paint.split()), set(after.split())


@pytest.mark.parametrize("module", [
    "desktop_app.gui.flows.batch_panel", "desktop_app.gui.widgets.queue_panel",
    "desktop_app.gui.workers.batch_runner", "desktop_app.gui.flows.export_flow",
    "desktop_app.gui.flows.team_flow", "desktop_app.gui.flows.presentation",
    "desktop_app.gui.flows.navigation", "desktop_app.gui.flows.sample_menu",
])
def test_the_hidden_parts_are_made_after_the_first_paint(loaded, module):
    """The queue and team docks start hidden; export, presentation, samples and the Service menu
    are reached through a menu: made in the first turn after the first paint (late_parts.py)."""
    at_paint, after = loaded
    assert "desktop_app.gui.widgets.fields_panel" in at_paint  # (the snapshot works)
    assert module not in at_paint
    assert module in after


@pytest.mark.parametrize("module", [
    "desktop_app.core.engine", "desktop_app.core.cache", "desktop_app.core.http",
    "desktop_app.core.reviewfile", "desktop_app.core.batch", "desktop_app.gui.workers.faces",
])
def test_the_engine_and_the_review_files_wait_for_their_first_use(loaded, module):
    """Nothing at start sends, reads or writes a review: the OCR engine, its cache and HTTP client,
    and the review files' reader and writer are imported at the first run, open or save."""
    at_paint, _after = loaded
    assert "desktop_app.core.desk" in at_paint  # (the window's session is made before the paint)
    assert module not in at_paint


_WARMED_AFTER_THE_START = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop_app.gui.window import app as window_app
warmed = threading.Event()
real = window_app.warm_up
window_app.warm_up = lambda: (real(), warmed.set())
def look():
    if warmed.is_set():
        print(" ".join(name for name in sys.modules if name.startswith("desktop_app")))
        app.quit()
timer = QTimer()
timer.timeout.connect(look)
timer.start(20)
window_app.run([], "demo")
"""


def test_what_the_start_left_for_later_is_imported_by_its_warm_up_thread(tmp_path):
    """What neither the start nor its late parts import (the face photos' modules) is imported by
    the start's warm-up thread, not by the first document with a face (gui/window/app.py)."""
    env = fresh_env(tmp_path)
    out = subprocess.run([sys.executable, "-c", _WARMED_AFTER_THE_START], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env, timeout=120)
    from desktop_app.gui.window.app import WARM_MODULES

    assert set(WARM_MODULES) <= set(out.stdout.split())
