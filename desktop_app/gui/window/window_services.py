"""What the window's flows may use of it, handed to them explicitly instead of the window itself.

A flow (the queue, the team queue, export, opening and saving, OCR) gets one `WindowServices`: the
parts it works with and the window's few operations as callables. It never holds the main window,
so no flow imports gui/window/main_window.py and the window's attributes, private ones included, stay
its own. `host` is the window only as a Qt parent (of dialogs, docks, timers and workers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ...core.attention import Thresholds
    from ..state.session import Session
    from ..state.settings import Settings
    from ..widgets.message_bar import MessageBar
    from ..widgets.provider_bar import ProviderBar
    from ..workers.autosave import Autosaver
    from ..workers.io_worker import IoWorker
    from ..workers.ocr_worker import OcrRunner
    from .view_stages import ViewStages
    from .window_actions import WindowActions


def _unset(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError("a window service used before the window provided it")


@dataclass
class WindowServices:
    """What the flows may use of the window."""

    host: QMainWindow  # the Qt parent of dialogs, docks, timers and workers; never read from
    session: Session
    settings: Settings
    io: IoWorker  # review files, drafts and folder listings, off the GUI thread
    ocr: OcrRunner  # the window's own OCR run (busy, cancel)
    autosaver: Autosaver
    message_bar: MessageBar
    provider_bar: ProviderBar  # the chosen service and its options
    commands: WindowActions  # the action table's QActions, menus and slots
    views: ViewStages  # documentChanged's view slots, staged in the queue's own open
    say: Callable[[str], None]  # a message in the status bar
    thresholds: Callable[[], Thresholds]  # the attention thresholds the field list uses
    # the window's operations (set by the window once the parts they need exist)
    open_paths: Callable[[list[str]], bool] = _unset
    save: Callable[..., bool] = _unset  # save(wait=True): True when written
    keep_changes: Callable[[], bool] = _unset  # before the document goes: True to go on
    has_unsaved: Callable[[], bool] = _unset
    commit_pending: Callable[[], None] = _unset  # a value being typed goes into the document
    say_cache: Callable[[bool], None] = _unset  # "the stored answer was used" (gui/flows/pages_flow.py)
    masking: Callable[[], tuple[bool, bool]] = _unset  # presentation mode: (on, names too)
    queue_entries: Callable[[], list] = _unset  # the queue's documents, in its order
