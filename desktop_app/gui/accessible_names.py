"""Accessible names of the main window's controls, in the clerk's language, for screen readers
and for tools that drive the window. A control whose visible text already names it (a button, a
check box) gets Qt's default; the rest are named here. Called from MainWindow.retranslate."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from . import i18n

# attribute path from the window -> i18n key
NAMES: dict[str, str] = {
    "fields.value_edit": "a11y.value_edit",
    "fields.table": "a11y.fields",
    "fields.page_combo": "a11y.page",
    "fields.low_first": "a11y.low_first",
    "fields.confirm_button": "a11y.confirm",
    "threshold_spin": "a11y.threshold",
    "provider_bar.combo": "a11y.provider",
    "provider_bar.options_button": "a11y.options",
    "canvas": "a11y.canvas",
    "pages.strip": "a11y.pages",
    "batch.panel.list": "a11y.queue",
    "batch.panel.jobs": "a11y.jobs",
    "batch.panel.retry_button": "a11y.queue.retry",
    "batch.panel.retry_all_button": "a11y.queue.retry_all",
    "batch.panel.cancel_button": "a11y.queue.cancel",
    "message_bar.retry_button": "a11y.message.retry",
    "message_bar.close_button": "a11y.message.close",
}


def _find(window: QWidget, path: str) -> QWidget | None:
    target: object = window
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target if isinstance(target, QWidget) else None


def name_controls(window: QWidget) -> None:
    """Set every listed control's accessible name (and description where there is one)."""
    for path, key in NAMES.items():
        widget = _find(window, path)
        if widget is not None:
            widget.setAccessibleName(i18n.plain(i18n.t(key)))
