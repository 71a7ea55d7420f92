"""The clerk left the queue open at the right of the window; the next start shows it there again,
though the queue's dock is made only after the window's first paint (gui/window/late_parts.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

pytest_plugins = ["gui_helpers"]


def test_the_queue_dock_comes_back_where_it_was_left(qtbot, make_window):
    first = make_window()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.batch.dock)
    first.batch.dock.show()
    qtbot.waitUntil(lambda: first.batch.dock.isVisible(), timeout=5000)
    first.close()  # the geometry and the docks' state are written to the settings
    assert not first.isVisible()

    second = make_window()
    qtbot.waitUntil(lambda: second.start.painted, timeout=5000)
    assert second.has_late_parts  # (make_window asks for the queue before the paint; the start's own
    # path, late parts made after it, is tests/test_journey_window_start.py)
    qtbot.waitUntil(lambda: second.batch.dock.isVisible(), timeout=5000)
    assert second.dockWidgetArea(second.batch.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not second.team.dock.isVisible()  # it was closed: it stays closed
