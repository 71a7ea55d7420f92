"""What the review and pages flows are given instead of the window: the session and a small set of
services (widgets they place actions in or write to, the workers, a few of the window's actions
and questions). They never import gui/window/main_window.py, so nothing imports in a circle.

The questions and window actions are looked up on the window when called, not when the flows are
made: a test (or the presentation mode) that replaces `window.ask_fresh` is heard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

    from ..state.session import Session
    from ..state.settings import Settings
    from ..widgets.canvas import DocumentCanvas
    from ..widgets.fields_panel import FieldsPanel
    from ..widgets.message_bar import MessageBar
    from ..workers.io_worker import IoWorker
    from ..workers.ocr_worker import OcrRunner
    from .view_stages import ViewStages
    from .window_actions import WindowActions


@dataclass
class FlowServices:
    """The session and the few services the flows use (they never see the window)."""

    host: QMainWindow  # parent of the flows' actions, menus and dialogs
    session: Session
    fields: FieldsPanel
    canvas: DocumentCanvas
    runner: OcrRunner
    io: IoWorker
    settings: Settings
    message_bar: MessageBar
    status_label: QLabel
    splitter: QSplitter  # the pages flow puts its page strip above the canvas
    commands: WindowActions  # the action table's QActions (gui/window/action_table.py)
    select_field: Callable[[int | None], None]
    show_page: Callable[[int], None]  # show page i's image (before any OCR: no fields yet)
    run_ocr: Callable[..., None]  # Ctrl+R (ask=, fresh=)
    ask_fresh: Callable[[], bool]
    ask_rerun_page: Callable[[int], bool]
    ask_page_requests: Callable[[int], bool]
    views: ViewStages  # add view slots of documentChanged here (view_stages.py)

    @classmethod
    def of(cls, window: Any) -> FlowServices:
        """The services of `window` (a MainWindow, not imported here)."""
        return cls(host=window, session=window.session, fields=window.fields, canvas=window.canvas,
                   runner=window.runner, io=window.io, settings=window.settings,
                   message_bar=window.message_bar, status_label=window.status_label,
                   splitter=window.splitter, commands=window.commands,
                   select_field=lambda index: window.select_field(index),
                   show_page=lambda index: window._show_page(index),
                   run_ocr=lambda **kwargs: window.run_ocr(**kwargs),
                   ask_fresh=lambda: window.ask_fresh(),
                   ask_rerun_page=lambda index: window.ask_rerun_page(index),
                   ask_page_requests=lambda count: window.ask_page_requests(count),
                   views=window.views)
