"""The purge at start: stored answers and log entries older than Settings › Retention go, on the
IO worker (disk work never runs on the GUI thread). Drafts are never removed here: the window
offers them back instead (core/retention.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core import retention
from .. import i18n

if TYPE_CHECKING:
    from ..window.main_window import MainWindow


def purge_at_start(window: MainWindow) -> None:
    days = window.settings.retention_days

    def done(result: retention.PurgeResult | None, error: object) -> None:
        removed = (result.responses + result.log_entries) if result is not None else 0
        if removed and not window.runner.busy:
            window.status_label.setText(i18n.tr("Removed %n stored answer(s) and log entries older than "
                                                "{days} days.", None, removed).format(days=days))

    window.io.submit(lambda: retention.purge(days), done)
