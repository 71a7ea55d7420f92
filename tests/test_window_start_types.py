"""What the window's start makes PySide load before its first paint (issue 12: start to mapped
window). Counted in a fresh interpreter, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def _enums_until_first_paint(home: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CACHE_HOME=str(home / ".cache"), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    out = subprocess.run([sys.executable, "-c", _UNTIL_FIRST_PAINT], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=env, timeout=120)
    return set(out.stdout.split())


def test_no_plain_widget_is_handed_to_python_before_the_first_paint(tmp_path):
    """The first plain QWidget a Qt call hands to Python (a view's viewport(), a scroll bar's
    parentWidget()) makes PySide load a wrapper class for every widget class Qt has, each with its
    enums: QWizard's among them (~65 M instructions of the start)."""
    made = _enums_until_first_paint(tmp_path)
    assert "Orientation" in made  # (the count works: the Qt namespace's enums are made)
    assert "WizardButton" not in made
