"""The window's start as a clerk gets it: shown first, its hidden parts made in the turn after the
first paint (gui/window/late_parts.py, docs/adr/0022). Unlike the `make_window` fixture, these
windows are not asked for a late part before they are painted."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from desktop_app.gui.window import late_parts, start_check

pytest_plugins = ["gui_helpers"]

TIMEOUT_MS = 10_000


@pytest.fixture
def start_window(qtbot, settings):
    """A MainWindow made and shown as app.run does: nothing reads a late part before its paint."""
    from desktop_app.gui.window.main_window import MainWindow

    windows: list[MainWindow] = []

    def factory() -> MainWindow:
        window = MainWindow(settings, "demo")
        window.show()
        qtbot.waitUntil(lambda: window.start.painted, timeout=TIMEOUT_MS)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        if window.has_late_parts:
            window.batch.guard.ask_quit = lambda _n: True  # type: ignore[method-assign]
            window.batch.shutdown()
        window.io.flush(10_000)
        window.close()
        window.deleteLater()
    qtbot.wait(1)


def test_a_queue_dock_left_open_comes_back_without_pushing_the_window_off_the_screen(qtbot, start_window):
    """The restored dock is shown after the window was fitted to the screen: the field list gives
    it room (window_fit.KeepOnScreen) as when the clerk opens it."""
    first = start_window()
    first.batch.dock.show()
    qtbot.waitUntil(lambda: first.batch.dock.isVisible(), timeout=TIMEOUT_MS)
    first.close()

    second = start_window()
    assert second.has_late_parts  # made in the first turn after the first paint, not asked for
    qtbot.waitUntil(lambda: second.batch.dock.isVisible(), timeout=TIMEOUT_MS)
    area = second.screen().availableGeometry()
    qtbot.waitUntil(lambda: second.frameGeometry().width() <= area.width(), timeout=TIMEOUT_MS)
    assert second.dockWidgetArea(second.batch.dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_late_parts_that_cannot_be_made_leave_the_rest_of_the_start_running(
        qtbot, start_window, monkeypatch):
    """A part that fails (a bundle missing a module) is an internal error said once; the drafts
    offer, the files to open, the keyring's choice and the collector still come, and asking for a
    part again says the same error instead of making a second queue dock."""
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _kind, value, _tb: errors.append(value))

    def broken(_window):
        raise ImportError("simulated: a module the team flow imports is missing")

    monkeypatch.setattr(late_parts, "install", broken)
    gc.disable()
    try:
        window = start_window()
        ran: list[int] = []
        window.start.later(lambda: ran.append(1))  # after the paint: runs at once, in its own turn
        qtbot.waitUntil(lambda: bool(window.start.settled and ran and gc.isenabled()), timeout=TIMEOUT_MS)
    finally:
        gc.enable()
    assert len(errors) == 1 and "could not be made" in str(errors[0])
    with pytest.raises(RuntimeError, match="could not be made"):
        window.batch  # noqa: B018
    assert [d.objectName() for d in window.findChildren(QDockWidget)] == ["FaceDock"]
    assert start_check.findings(window, fit=False) == ["the window's hidden parts could not be made"]


def test_a_window_closed_before_its_first_paint_makes_nothing_after_it(qtbot, settings):
    """Closed (or never shown) when the start's at-the-latest turn comes: no docks, no drafts offer
    on a window nobody sees; the collector runs again all the same."""
    from desktop_app.gui.window import window_start
    from desktop_app.gui.window.main_window import MainWindow

    gc.disable()
    try:
        window = MainWindow(settings, "demo")
        offered: list[int] = []
        window.offer_drafts = lambda: offered.append(1)  # type: ignore[method-assign]
        window.start.later(window.offer_drafts)
        window.start._after_paint()  # as the at-the-latest timer does (window_start._AT_THE_LATEST_MS)
        qtbot.waitUntil(gc.isenabled, timeout=TIMEOUT_MS)
    finally:
        gc.enable()
    qtbot.wait(50)
    assert window_start._AT_THE_LATEST_MS > 0
    assert not window.has_late_parts and offered == []
    window.deleteLater()


def test_the_visible_controls_are_named_before_the_first_paint(qtbot, settings):
    """Screen readers find the field list and the threshold named from the first frame, not only
    once the hidden parts exist; the queue's are named when it is made."""
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(settings, "demo")
    assert window.fields.table.accessibleName() != ""
    assert window.threshold_spin.accessibleName() != ""
    assert not window.has_late_parts  # naming them did not make the queue
    assert window.batch.panel.list.accessibleName() != ""
    window.deleteLater()


def test_a_presentation_choice_made_before_its_part_exists_is_kept(qtbot, settings):
    """View › Hide Names and Addresses Too clicked in the turn before the presentation flow is
    made: the flow keeps the clerk's click instead of the saved setting."""
    from desktop_app.gui.window.main_window import MainWindow

    settings.mask_names = False
    window = MainWindow(settings, "demo")
    window.commands["presentation_names"].trigger()  # before the late parts exist
    assert not window.has_late_parts
    assert window.presentation.names and settings.mask_names
    window.deleteLater()


def test_an_empty_queue_offers_no_retry_and_no_cancel(start_window):
    """The queue dock shown at a start (left open yesterday) lists nothing: Retry, Retry All Failed
    and Cancel Queue are greyed until there is something to retry or cancel."""
    window = start_window()
    panel = window.batch.panel
    assert [b.isEnabled() for b in (panel.retry_button, panel.retry_all_button, panel.cancel_button)] \
        == [False, False, False]
