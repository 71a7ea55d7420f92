"""Journey: a real ID card shown on a projector. Presentation mode (Ctrl+Shift+P, View menu) masks
the ID number but its last digits, the date of birth, religion and the face in the field list, the
editor, the image and its crops; names on request; the SIMULATED badge stays; off again, all is
back and editable."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop_app.gui.flows.presentation import MASK_COLOR
from desktop_app.gui.widgets.fields_model import COL_VALUE, NORMALIZED_ROLE
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]


def _open_card(qtbot, journey, make_window, tmp_path):
    card = tmp_path / "docs" / "thai_id_card.png"
    card.parent.mkdir()
    shutil.copyfile(samples_dir() / "thai_id_card.png", card)
    window = make_window("demo")
    window.open_paths([str(card)])
    journey.run_and_wait(qtbot, window)
    journey.wait_for_image(qtbot, window)
    return window


def _row(window, key: str) -> int:
    return next(i for i, f in enumerate(window.fields.model.fields()) if f.key == key)


def _all_text(window) -> str:
    """Every text the window shows: widgets' texts, the field list's cells and tooltips."""
    texts = []
    for widget in [window, *window.findChildren(QLabel), *window.findChildren(QLineEdit)]:
        if widget.isVisible() or widget is window:
            texts.append(widget.text() if hasattr(widget, "text") else widget.windowTitle())
    model = window.fields.model
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole,
                         NORMALIZED_ROLE):  # the list draws the normalised form beside the value
                value = model.data(model.index(row, col), role)
                texts.append("" if value is None else str(value))
    return "\n".join(texts)


def _pixel_in_box(window, key: str) -> QColor:
    f = window.fields.model.fields()[_row(window, key)]
    xs = [x for x, _ in f.boxes[0]]
    ys = [y for _, y in f.boxes[0]]
    return window.canvas.image().pixelColor(QPoint(int(sum(xs) / 4), int(sum(ys) / 4)))


def test_presentation_mode_masks_the_id_card_everywhere_and_gives_it_back(qtbot, journey, make_window,
                                                                          tmp_path):
    window = _open_card(qtbot, journey, make_window, tmp_path)
    fields = {f.key: f for f in window.fields.model.fields()}
    id_number = fields["id_number"].value
    digits = "".join(ch for ch in id_number if ch.isdigit())
    assert len(digits) == 13 and digits in _all_text(window).replace(" ", "")
    assert window.provider_bar.badge.isVisible()  # the demo's SIMULATED badge
    before = _pixel_in_box(window, "id_number")

    window.presentation.act_toggle.trigger()  # Ctrl+Shift+P / View › Presentation Mode
    assert window.presentation.on and window.presentation.badge.isVisible()
    shown = _all_text(window).replace(" ", "").replace("-", "")
    assert digits not in shown and digits[:9] not in shown
    model = window.fields.model
    cell = model.index(_row(window, "id_number"), COL_VALUE)
    assert model.data(cell).endswith(digits[-4:])
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    for key in ("dob_th", "dob_en", "religion"):
        if fields[key].value:
            assert fields[key].value.replace(" ", "") not in shown
    assert "1992-11-03" not in shown  # the date of birth, normalised
    assert fields["title_name_surname_th"].value.replace(" ", "") in shown  # names only on request

    window.fields.select_field(_row(window, "id_number"))
    assert window.fields.value_edit.isReadOnly() and digits[:9] not in window.fields.value_edit.text()
    assert digits not in window.fields.ocr_label.text() + window.fields.checks_label.text()
    assert _pixel_in_box(window, "id_number") == MASK_COLOR and before != MASK_COLOR  # the image itself
    crop = window.canvas.field_crop(_row(window, "id_number"))
    assert crop.pixelColor(crop.width() // 2, crop.height() // 2) == MASK_COLOR  # and the crop of it
    face = window.canvas.image().pixelColor(int(0.85 * window.canvas.image().width()),
                                            int(0.7 * window.canvas.image().height()))
    assert face == MASK_COLOR and window.face.pixmap().isNull()
    assert window.provider_bar.badge.isVisible()  # SIMULATED stays

    window.presentation.act_names.trigger()  # names and addresses too
    shown = _all_text(window)
    assert fields["title_name_surname_th"].value not in shown
    assert fields["address_full"].value not in shown

    window.presentation.set_on(False)
    assert not window.presentation.badge.isVisible()
    assert digits in _all_text(window).replace(" ", "")
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable and not window.fields.value_edit.isReadOnly()
    assert _pixel_in_box(window, "id_number") == before
    assert window.fields.model.fields()[_row(window, "id_number")].value == id_number  # never changed
    assert not window.face.pixmap().isNull()
    QApplication.processEvents()
