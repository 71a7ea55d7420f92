"""Journey: an edit in a document of thousands of fields (issue 10, "checks that scale"). The field
list re-reads only the rows the edit touched (and the rows on screen), and the autosave copies only
the fields that changed since the last draft. Counted (rows read, fields copied), never timed;
scripts/measure_edit.py gives the seconds."""

from __future__ import annotations

import copy

import pytest

from desktop_app.core import drafts
from desktop_app.core.model import Document, Field, Page, Source

pytest_plugins = ["gui_helpers"]

FIELDS = 2000


def _document(count: int) -> Document:
    # a tenth of the fields share ten checked keys, the rest are unknown keys each their own
    keys = ["registration_number_car", "province", "car_number", "registration_date", "color"]
    fields = [Field(key=keys[i // 10 % len(keys)] if i % 10 == 7 else f"unknown_{i}", label_th="",
                    label_en="", ocr_value=f"v{i}", value=f"v{i}", confidence=0.95) for i in range(count)]
    return Document(doc_type="vehicle_book", sources=[Source(path="x.png", sha256="0" * 64, width=1000,
                                                             height=1000, page_count=1)],
                    provider_id="aigen-vehicle-book-v2", endpoint="https://x", options={},
                    pages=[Page(index=0, width=1000, height=1000, fields=fields)])


@pytest.fixture
def big_window(qtbot, make_window):
    window = make_window("demo")
    window.session.set_result(_document(FIELDS))
    window.autosaver.flush()  # the first draft: the whole document, once
    window.io.flush(30_000)
    qtbot.wait(1)  # let the field list lay itself out
    return window


def _rows_read(window, qtbot, edit) -> set[int]:
    model = window.fields.model
    rows: set[int] = set()
    original = model._row_cells  # every cell the list reads (data, multiData, the proxy) asks it

    def counting(row):
        rows.add(row)
        return original(row)

    model._row_cells = counting
    try:
        edit()
        qtbot.wait(1)  # the repaint the edit asked for
        window.fields.table.viewport().repaint()
    finally:
        del model._row_cells
    return rows


def test_an_edit_rereads_only_the_rows_it_touched(qtbot, big_window):
    model = big_window.fields.model
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    rows = _rows_read(big_window, qtbot, lambda: big_window.session.set_value(0, 3, "edited"))
    assert changed == [(3, 3)]  # a field of its own key: its row alone is said to have changed
    on_screen = big_window.fields.table.viewport().height() // big_window.fields.table.rowHeight(0) + 2
    assert 3 in rows  # the edited row is read again (it is on screen) ...
    assert len(rows) <= on_screen + 1, len(rows)  # ... not the 2,000 rows: those on screen at most


def test_an_edit_of_a_shared_key_names_the_rows_rechecked(qtbot, big_window):
    model = big_window.fields.model
    changed: list[int] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): changed.extend(range(top.row(), bottom.row() + 1)))
    big_window.session.set_value(0, 7, "กรุงเทพมหานคร")  # registration_number_car: 40 fields share it
    shared = {i for i, f in enumerate(model.fields()) if f.key == "registration_number_car"}
    assert set(changed) == shared and len(changed) == len(shared)


def test_the_autosave_copies_only_what_changed(qtbot, big_window, monkeypatch):
    copied: list[str] = []

    def counting(self, memo):
        copied.append(self.key)
        new = Field.__new__(Field)
        memo[id(self)] = new
        for name, value in self.__dict__.items():
            setattr(new, name, copy.deepcopy(value, memo))
        return new

    monkeypatch.setattr(Field, "__deepcopy__", counting, raising=False)
    session = big_window.session
    session.set_value(0, 3, "edited")
    session.set_value(0, 5, "edited too")
    big_window.autosaver.flush()
    big_window.io.flush(30_000)
    assert sorted(copied) == ["unknown_3", "unknown_5"]  # not the 2,000 fields
    draft = drafts.load_draft(big_window.autosaver.draft_id)
    live = session.document
    assert [f.value for f in draft.pages[0].fields] == [f.value for f in live.pages[0].fields]
    assert draft.pages[0].fields[3].history[-1].new == "edited"
    session.undo_stack.undo()  # an undo is a change too: the draft follows it
    copied.clear()
    big_window.autosaver.flush()
    big_window.io.flush(30_000)
    assert copied == ["unknown_5"]
    assert drafts.load_draft(big_window.autosaver.draft_id).pages[0].fields[5].value == "v5"


def test_the_focus_moving_between_list_and_editor_leaves_the_scroll_bar_alone(qtbot, big_window):
    """Enter moves the focus from the editor back to the list: the list's frame may show it, its
    scroll bar does not change (issue 12: its repaint was a fifth of each Enter)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    fields = big_window.fields
    big_window.activateWindow()
    big_window.select_field(5)
    fields.focus_list()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.table, timeout=5000)
    bar = fields.table.verticalScrollBar()
    assert bar.isVisible()
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    paints = Paints()
    bar.installEventFilter(paints)
    qtbot.wait(5)
    painted.clear()
    for _ in range(3):
        assert fields.start_edit()
        qtbot.waitUntil(fields.editing, timeout=5000)
        qtbot.wait(5)
        fields.focus_list()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.table, timeout=5000)
        qtbot.wait(5)
    assert painted == []
    bar.setValue(bar.value() + bar.singleStep())  # the control: a bar that changes is seen painted
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    bar.removeEventFilter(paints)


def test_a_new_document_is_fitted_from_the_rows_on_screen(qtbot, make_window):
    """The columns of a document just shown are fitted from the texts of the rows the list can show
    (issue 12: every row's cells were built first, before the list was laid out)."""
    window = make_window("demo")
    model = window.fields.model
    built: list[int] = []
    original = model._row

    def counting(f, row):
        built.append(row)
        return original(f, row)

    model._row = counting
    try:
        window.session.set_result(_document(FIELDS))  # fitted in this call, before any paint
        fitted = list(built)
        qtbot.wait(1)
        window.fields.table.viewport().repaint()
    finally:
        del model._row
    table = window.fields.table
    on_screen = table.viewport().height() // table.rowHeight(0) + 2
    # the texts alone (each row's cells are built when it is painted): only the current field's row,
    # which the editor under the list shows
    assert len(fitted) <= 1, fitted
    assert 0 < len(set(built)) <= on_screen, len(set(built))
    from desktop_app.gui.widgets.fields_model import COL_CONFIDENCE

    text = str(window.fields.proxy.index(0, COL_CONFIDENCE).data())
    assert table.columnWidth(COL_CONFIDENCE) >= table.fontMetrics().horizontalAdvance(text)


def test_an_edit_restyles_only_the_boxes_of_the_fields_it_touched(qtbot, make_window, monkeypatch):
    """The boxes on the image are coloured again after an edit: those of the fields it touched, not
    every box of the page (issue 12: every box's band was worked out again after each Enter)."""
    from desktop_app.gui.widgets.overlay import BoxItem

    document = _document(200)
    for i, f in enumerate(document.pages[0].fields):
        f.boxes = [[(10.0, 4.0 * i), (40.0, 4.0 * i), (40.0, 4.0 * i + 3), (10.0, 4.0 * i + 3)]]
    window = make_window("demo")
    window.session.set_result(document)
    qtbot.wait(1)
    canvas = window.canvas
    assert len(canvas.box_items()) == 200
    asked: list[int] = []
    original = BoxItem.apply_style

    def counting(self, band_name, selected):
        asked.append(self.index)
        return original(self, band_name, selected)

    monkeypatch.setattr(BoxItem, "apply_style", counting)
    window.session.set_value(0, 3, "")  # emptied: unknown_3 is no longer filled (its band changes)
    assert asked == [3], asked
    asked.clear()
    window.session.set_value(0, 7, "กรุงเทพมหานคร")  # registration_number_car: its 4 fields rechecked
    shared = {i for i, f in enumerate(document.pages[0].fields) if f.key == "registration_number_car"}
    assert set(asked) == shared and len(asked) == len(shared)
    box = next(item for item in canvas.box_items() if item.index == 3)
    assert box._style is not None and box._style[0] == canvas_band(window, 3)  # its new colour


def canvas_band(window, index: int) -> str:
    from desktop_app.core.bands import field_band

    f = window.session.field(0, index)
    return field_band(f, window.fields.model.threshold_of(f))
