"""The editor of the selected field, under the field list: its title, a magnified crop of its
region right above the value (the clerk compares the pixels with the text without moving their
eyes across the screen), the value, its parsed form, Confirm, what the OCR read and the checks.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout

from .magnifier import FieldMagnifier
from .palette_colors import label_style


class EditorHolder(Protocol):
    editor_title: QLabel
    magnifier: FieldMagnifier
    value_edit: QLineEdit
    normalized_label: QLabel
    confirm_button: QPushButton
    ocr_label: QLabel
    checks_label: QLabel


def build_editor(panel: EditorHolder) -> QFrame:
    """Make the editor's widgets as attributes of `panel` and return the frame holding them."""
    panel.editor_title = QLabel()
    panel.editor_title.setWordWrap(True)
    title_font = panel.editor_title.font()
    title_font.setBold(True)
    panel.editor_title.setFont(title_font)
    panel.magnifier = FieldMagnifier()
    panel.magnifier.setMinimumHeight(90)
    panel.value_edit = QLineEdit()
    value_font = panel.value_edit.font()
    value_font.setPointSizeF(value_font.pointSizeF() * 1.3)
    panel.value_edit.setFont(value_font)
    panel.value_edit.setMinimumHeight(panel.value_edit.fontMetrics().height() + 14)
    panel.normalized_label = QLabel()  # the parsed form (ISO date, bare digits) beside the value
    panel.normalized_label.setStyleSheet(label_style("muted"))
    panel.normalized_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    panel.confirm_button = QPushButton()
    panel.ocr_label = QLabel()
    panel.ocr_label.setWordWrap(True)
    panel.ocr_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    panel.checks_label = QLabel()
    panel.checks_label.setWordWrap(True)
    panel.checks_label.setTextFormat(Qt.TextFormat.RichText)
    edit_row = QHBoxLayout()
    edit_row.addWidget(panel.value_edit, 1)
    edit_row.addWidget(panel.normalized_label)
    edit_row.addWidget(panel.confirm_button)
    editor = QFrame()
    editor.setFrameShape(QFrame.Shape.StyledPanel)
    editor_layout = QVBoxLayout(editor)
    editor_layout.addWidget(panel.editor_title)
    editor_layout.addWidget(panel.magnifier, 1)
    editor_layout.addLayout(edit_row)
    editor_layout.addWidget(panel.ocr_label)
    editor_layout.addWidget(panel.checks_label)
    editor.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    _steady_lines(panel.editor_title, panel.ocr_label)
    _steady_lines(panel.checks_label, lines=2)  # a warning and its suggestion: the usual most
    return editor


def _steady_lines(*labels: QLabel, lines: int = 1) -> None:
    """A label of up to `lines` lines is as tall for a Thai or Vietnamese text as for a Latin one,
    and the check lines as tall for none as for two: a text of another script (its fallback font's
    line is taller), or a field with checks after one without, changed the editor's height from one
    field to the next, and the splitter then laid out the field list and the window again on Enter
    (issue 12)."""
    for label in labels:
        probe = QLabel("<br>".join(["ทิ้ง ỗ Ag · Field"] * lines))
        probe.setTextFormat(Qt.TextFormat.RichText if lines > 1 else Qt.TextFormat.PlainText)
        probe.setFont(label.font())
        label.setMinimumHeight(probe.sizeHint().height())
