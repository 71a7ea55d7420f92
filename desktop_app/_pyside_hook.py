"""A quicker answer to PySide6's question about each module imported after it.

PySide6 (6.4 and later, `shibokensupport.feature`) asks of every module imported once it is loaded
whether its source mentions "PySide6", with `inspect.getsource`: a few hundred modules at the
window's start, about 0.06 s of it (issue 12: start to mapped window). The same question is asked
here of the module's file, read as bytes; a module with no .py file (a built bundle's compiled
ones, a built-in) gets PySide's own answer. Nothing is changed if PySide's hook is not there.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def install() -> bool:
    """Replace PySide's check with the quicker one (once); False when PySide has none to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quicker", False):
        return False
    feature._mod_uses_pyside = _quicker(original)  # type: ignore[attr-defined]
    return True


def _quicker(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    return uses_pyside
