"""Journey: never pay twice. A second OCR of the same image with the same provider and options reuses
the stored answer (no HTTP request, and the window says so); Ctrl+Shift+R asks, then makes one."""

from __future__ import annotations

from desktop_app.core.cache import ResponseCache
from desktop_app.gui import i18n

pytest_plugins = ["gui_helpers"]


def test_second_run_reuses_the_answer_and_fresh_call_sends_one(
        qtbot, journey, make_window, settings, standin, sample_image, tmp_path):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    first = window.session.document
    assert len(standin.requests) == 1 and not first.ocr.from_cache
    assert len(ResponseCache()) == 1  # stored the moment it arrived (core cache, the one place)

    # Ctrl+R again (after the "run again?" question): no request, same answer, and the window says so
    window.ask_rerun = lambda: True
    journey.run_and_wait(qtbot, window)
    again = window.session.document
    assert len(standin.requests) == 1
    assert again.ocr.from_cache and again.ocr.response_text == first.ocr.response_text
    hit = i18n.tr("Reused the saved answer (no new charge) — Ctrl+Shift+R for a fresh call")
    assert "no new charge" in hit and "Ctrl+Shift+R" in hit
    assert window.status_label.text() == hit
    assert window.message_bar.isVisible() and window.message_bar.text == hit
    assert window.provider_bar.badge_visible()  # read through the stand-in: SIMULATED
    window.grab().save(str(tmp_path / "cache-hit.png"))

    # ...in Thai too
    settings.language = "th"
    window.apply_settings()
    journey.run_and_wait(qtbot, window)
    assert len(standin.requests) == 1
    assert "ไม่มีค่าใช้จ่ายใหม่" in window.status_label.text()

    # Ctrl+Shift+R: asks (it may be charged), then one new request
    asked: list[bool] = []
    window.ask_fresh = lambda: asked.append(True) or False
    window.pages.act_fresh.trigger()
    assert asked == [True] and not window.runner.busy and len(standin.requests) == 1
    window.ask_fresh = lambda: True
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        window.pages.act_fresh.trigger()
    assert len(standin.requests) == 2
    assert not window.session.document.ocr.from_cache
    assert window.pages.act_fresh.shortcut().toString() == "Ctrl+Shift+R"


def test_a_real_provider_read_through_the_stand_in_is_marked_simulated(
        qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    assert not window.provider_bar.badge_visible()
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    assert window.session.document.simulated
    assert window.provider_bar.badge_visible()
