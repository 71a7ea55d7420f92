"""Journey: a slow request; the window stays usable while waiting; Cancel returns to idle at once
and the late answer, when it comes, is ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt

pytest_plugins = ["gui_helpers"]


def test_cancel_during_a_slow_request(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    standin.set_scenario("slow", seconds=20)  # far longer than the test: only Cancel ends it
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.wait_for_image(qtbot, window)

    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.runner.busy
    assert window.progress.isVisible() and window.act_cancel.isEnabled() and not window.act_run.isEnabled()

    # the GUI thread is free: zooming and panning work while the request is under way
    before = window.canvas.zoom()
    window.act_zoom_in.trigger()
    assert window.canvas.zoom() > before
    window.canvas.horizontalScrollBar().setValue(window.canvas.horizontalScrollBar().maximum())
    assert window.runner.busy

    # Cancel: idle immediately, nothing changed
    window.act_cancel.trigger()
    assert not window.runner.busy
    assert window.act_run.isEnabled() and not window.act_cancel.isEnabled()
    assert not window.progress.isVisible()
    assert window.session.document is None
    assert not window.message_bar.isVisible()  # cancelling is not an error
    assert "Cancelled" in window.status_label.text()

    # the abandoned worker stops within moments (the HTTP client stops waiting on cancel), and
    # nothing it might report reaches the window
    assert window.runner.wait(journey.TIMEOUT_MS)
    qtbot.wait(50)
    assert window.session.document is None
    assert not window.message_bar.isVisible()  # the old run's "cancelled" failure was ignored
    assert not window.isWindowModified()

    # and a new run afterwards works normally
    standin.set_scenario(None)
    journey.run_and_wait(qtbot, window)
    assert window.session.document is not None
