"""Accessible names of the main window's controls, in the clerk's language, for screen readers
and for tools that drive the window. A control whose visible text already names it (a button, a
check box) gets Qt's default; the rest are named here. Called from MainWindow.retranslate."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .. import i18n
from .late_parts import LATE_NAMES

# attribute path from the window -> i18n key
NAMES: dict[str, str] = {
    "fields.value_edit": i18n.QT_TRANSLATE_NOOP("i18n", "Value of the selected field"),
    "fields.table": i18n.QT_TRANSLATE_NOOP("i18n", "Fields read from the page"),
    "fields.page_combo": i18n.QT_TRANSLATE_NOOP("i18n", "Page"),
    "fields.low_first": i18n.QT_TRANSLATE_NOOP("i18n", "Show fields needing attention first"),
    "fields.confirm_button": i18n.QT_TRANSLATE_NOOP("i18n", "Confirm the value"),
    "threshold_spin": i18n.QT_TRANSLATE_NOOP("i18n", "Confidence threshold"),
    "provider_bar.combo": i18n.QT_TRANSLATE_NOOP("i18n", "OCR service"),
    "provider_bar.options_button": i18n.QT_TRANSLATE_NOOP("i18n", "Options of the OCR service"),
    "canvas": i18n.QT_TRANSLATE_NOOP("i18n", "Page image with the fields' boxes"),
    "pages.strip": i18n.QT_TRANSLATE_NOOP("i18n", "Pages of the document"),
    "batch.panel.list": i18n.QT_TRANSLATE_NOOP("i18n", "Documents in the queue"),
    "batch.panel.jobs": i18n.QT_TRANSLATE_NOOP("i18n", "Requests in flight"),
    "batch.panel.retry_button": i18n.QT_TRANSLATE_NOOP("i18n", "Retry the selected document"),
    "batch.panel.retry_all_button": i18n.QT_TRANSLATE_NOOP("i18n", "Retry every failed document"),
    "batch.panel.cancel_button": i18n.QT_TRANSLATE_NOOP("i18n", "Cancel the queue"),
    "message_bar.retry_button": i18n.QT_TRANSLATE_NOOP("i18n", "Retry"),
    "message_bar.close_button": i18n.QT_TRANSLATE_NOOP("i18n", "Dismiss the message"),
}


def _find(window: QWidget, path: str) -> QWidget | None:
    if path.partition(".")[0] in LATE_NAMES and not getattr(window, "has_late_parts", True):
        return None  # named when they are made: asking for one here would make them (late_parts.py)
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
            widget.setAccessibleName(i18n.plain(i18n.tr(key)))
