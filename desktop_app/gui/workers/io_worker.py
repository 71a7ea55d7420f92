"""The disk worker: review-file saves and loads, drafts, the team database. A `Background` with
one thread (gui/workers/background.py), so writes happen in the order they were asked for and a draft is
never written over a newer one; `flush()` finishes what is under way when the window closes.
Kept by this name so its many callers need no change."""

from __future__ import annotations

from PySide6.QtCore import QObject

from .background import Background, Done

__all__ = ["Done", "IoWorker"]


class IoWorker(Background):
    """Create in the GUI thread, parented to the window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, threads=1)
