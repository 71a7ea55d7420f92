"""Fitting the field list's columns does not ask for its viewport: the first `viewport()` hands a
plain QWidget to Python, 9-17 ms in the turn the first document opens (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.gui.widgets.fields_table import FieldTable
from tests.test_fields_table_scrollbars import Rows


def test_fit_columns_does_not_ask_for_the_viewport(qapp, monkeypatch):
    table = FieldTable()
    table.resize(400, 200)
    model = Rows()
    table.setModel(model)
    table.show()
    for _ in range(10):
        QApplication.processEvents()
    viewport_height = table.viewport().height()
    model.show_rows(60)
    for _ in range(10):
        QApplication.processEvents()
    asked: list[str] = []
    monkeypatch.setattr(FieldTable, "viewport", lambda self: asked.append("viewport"))
    rows = table._rows_shown(60)
    table.fit_columns()
    assert asked == []
    monkeypatch.undo()
    # the same rows as the viewport's own height gives: the rows in view
    assert rows == range(max(table.rowAt(0), 0), table.rowAt(viewport_height - 1) + 1)
    table.close()
