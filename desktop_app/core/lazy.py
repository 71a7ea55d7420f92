"""A module imported at its first use, not when the module naming it is imported.

The window's start paid for the HTTP stack (requests, urllib3), keyring and the PDF library
before showing anything, though none of them is needed until the clerk sends, saves a key or
opens a PDF (issue 12: start to mapped window). `requests = lazy_module("requests")` at the top of
a module keeps its code as it was (`requests.Session()`, `except requests.exceptions.Timeout`);
the import happens on the first attribute read, through `importlib.import_module` (thread-safe:
Python's import lock). For type checkers, import the real module under `TYPE_CHECKING`.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule:
    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}{'' if self._module is None else ' (imported)'}>"


def lazy_module(name: str) -> Any:
    """`name` imported when one of its attributes is first read."""
    return _LazyModule(name)
