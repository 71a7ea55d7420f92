"""The looped Thai face for proof-reading values.

OCR mistakes such as ก/ถ, ด/ค or a missing ุ are easier to see in a looped face than in a
loopless one like Noto Sans Thai. Sarabun (SIL OFL 1.1, resources/fonts/OFL-Sarabun.txt) is
bundled and loaded with the other fonts; this setting puts it first for the values: the table's
value column and the editor right under the field's crop. Labels and menus keep the UI font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

LOOPED_FAMILY = "Sarabun"


def value_font(base: QFont, looped: bool) -> QFont:
    """`base` with the looped family first (its own families follow, as fallbacks), or `base`
    without it."""
    font = QFont(base)
    families = [f for f in (base.families() or [base.family()]) if f != LOOPED_FAMILY]
    font.setFamilies([LOOPED_FAMILY, *families] if looped else families)
    return font


def apply_proof_font(panel, looped: bool) -> None:
    """Set the value font of a FieldsPanel (its editor and its table's value column)."""
    panel.value_edit.setFont(value_font(panel.value_edit.font(), looped))
    panel.model.set_value_font(value_font(panel.table.font(), looped) if looped else None)
