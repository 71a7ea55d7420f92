"""What a folder batch left out, told to the clerk: one line per file and why (core/skipped.py),
in the clerk's language: in the message bar when the queue starts, and for as long as the queue is
there in a note under its list (the message bar gives way to the first document's messages)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.skipped import Skipped
from .. import i18n
from ..widgets.message_bar import MessageBar

NOTE_NAME = "SkippedNote"


def skipped_text(skipped: list[Skipped]) -> str:
    lines = "\n".join(left.line(i18n.language()) for left in skipped)
    return i18n.tr("%n file(s) in the folder were not added to the "
                   "queue:\n{files}", None, len(skipped)).format(files=lines)


def say_skipped(bar: MessageBar, panel: QWidget, skipped: list[Skipped]) -> None:
    """After the queue started: a warning listing every file left out, and the panel's note."""
    note = panel.findChild(QLabel, NOTE_NAME)
    if note is None:
        note = QLabel(panel)
        note.setObjectName(NOTE_NAME)
        note.setWordWrap(True)
        # the queue's width, whatever its lines: a name with no space to wrap at is cut at the edge
        # (said whole in the tooltip and the message bar), not let to widen the dock over the page
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        note.setStyleSheet("QLabel { color: #8a5a00; }")
        layout = panel.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(2, note)  # under the list of documents
    note.setText(skipped_text(skipped) if skipped else "")
    note.setToolTip(note.text())
    note.setVisible(bool(skipped))
    if skipped:
        bar.show_message(skipped_text(skipped), "warning")


def add_to_error(bar: MessageBar, skipped: list[Skipped]) -> None:
    """Nothing to queue: the error shown, and under it why each file was left out."""
    if skipped:
        code = bar.code
        bar.show_message(f"{bar.text}\n{skipped_text(skipped)}", "error")
        bar.code = code
