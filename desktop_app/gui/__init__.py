"""The window: a thin Qt layer over the core (no parsing, HTTP or file-format logic here)."""

import PySide6.QtCore  # noqa: F401 - loads PySide's import hook, made quicker before the rest loads

from .._pyside_hook import install as _quicker_imports
from ..demo import register_demo

_quicker_imports()  # PySide asks about every module imported after it (desktop_app/_pyside_hook.py)
register_demo()  # the window offers the simulated demo: registered by the front end, not the core
