"""Journey: API errors show in the non-blocking message bar, in the clerk's language, with what to
do next; the document and the work already done stay."""

from __future__ import annotations

from desktop_app.core.errors import describe
from desktop_app.core.model import FieldState

pytest_plugins = ["gui_helpers"]


def _run_expecting_error(qtbot, journey, window) -> None:
    with qtbot.waitSignal(window.runner.failed, timeout=journey.TIMEOUT_MS):
        window.run_ocr(ask=False)
    assert not window.runner.busy


def test_credit_exhausted_shows_the_catalogue_sentence_without_retry(
        qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    standin.set_scenario("429")
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    _run_expecting_error(qtbot, journey, window)
    bar = window.message_bar
    assert bar.isVisible() and bar.kind == "error" and bar.code == "http.429"
    assert bar.text == describe("http.429").en + " Sending the same request again will not help."
    assert not bar.retry_button.isVisible()
    assert "Traceback" not in bar.text
    assert window.session.has_images and window.canvas.box_items() == []


def test_error_keeps_the_reviewed_document_and_offers_retry_in_thai(
        qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    settings.language = "th"
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    fields = window.fields.model.fields()
    window.select_field(0)
    window.fields.edit_current_value("ค่าที่แก้แล้ว")
    assert fields[0].state == FieldState.CORRECTED

    # a fresh call (Ctrl+R again would reuse the stored answer) meets an HTML error page: the bar
    # says so in Thai, with Retry
    standin.set_scenario("html")
    window.ask_fresh = lambda: True
    with qtbot.waitSignal(window.runner.failed, timeout=journey.TIMEOUT_MS):
        window.pages.act_fresh.trigger()
    bar = window.message_bar
    assert bar.isVisible() and bar.kind == "error"
    assert describe(bar.code).th in bar.text
    assert bar.retry_button.isVisible() and bar.retry_button.text() == "ลองใหม่"
    # the work already done is still there, still unsaved
    assert window.session.document is not None
    assert window.fields.model.fields()[0].value == "ค่าที่แก้แล้ว"
    assert window.isWindowModified()
    assert len(window.canvas.box_items()) > 0

    # Retry sends again (fresh, as the clerk asked); this time the service answers
    standin.set_scenario(None)
    requests_before = len(standin.requests)
    with qtbot.waitSignal(window.runner.succeeded, timeout=journey.TIMEOUT_MS):
        bar.retry_button.click()
    assert len(standin.requests) == requests_before + 1
    assert not bar.isVisible()


def test_missing_key_says_what_to_do_and_sends_nothing(
        qtbot, journey, make_window, settings, standin, sample_image):
    settings.set_endpoint(journey.VEHICLE_PROVIDER, standin.endpoint(journey.VEHICLE_PROVIDER))
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    _run_expecting_error(qtbot, journey, window)
    assert window.message_bar.code == "key.missing"
    assert "Settings" in window.message_bar.text
    assert standin.requests == []


def test_an_unexpected_exception_shows_the_internal_sentence_and_logs_the_traceback(
        qtbot, make_window, monkeypatch):
    from desktop_app.gui.window import app

    window = make_window()
    monkeypatch.setattr(app.log, "handlers", list(app.log.handlers))  # restored after the test
    assert app.setup_logging() is not None
    reporter = app.CrashReporter(window)
    shown: list[str] = []
    monkeypatch.setattr(reporter, "show_dialog", lambda: shown.append(reporter.message()))
    try:
        raise RuntimeError("boom with a secret-looking detail")
    except RuntimeError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert describe("internal").en in shown[0] and describe("internal").th in shown[0]
    assert "Traceback" not in shown[0] and "boom" not in shown[0]
    log_text = app.log_path().read_text(encoding="utf-8")
    assert "Traceback" in log_text and "RuntimeError: boom" in log_text
    assert window.isVisible()  # the window (and the work in it) stays
    for handler in app.log.handlers:
        handler.close()


def test_settings_test_connection_against_the_stand_in(qtbot, journey, make_window, settings, standin):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.provider.setCurrentIndex(dialog.provider.findData(journey.VEHICLE_PROVIDER))
    assert dialog.endpoint.text() == standin.endpoint(journey.VEHICLE_PROVIDER)
    with qtbot.waitSignal(dialog.tester.finished, timeout=journey.TIMEOUT_MS) as blocker:
        dialog.test_button.click()
    status, error = blocker.args
    assert error is None and status > 0, dialog.test_result.text()
    assert "accepted the key" in dialog.test_result.text()  # a clerk's words, not "HTTP 400"

    standin.set_scenario("401")
    with qtbot.waitSignal(dialog.tester.finished, timeout=journey.TIMEOUT_MS) as blocker:
        dialog.test_button.click()
    assert blocker.args[1] is not None and blocker.args[1].code == "http.401"
    assert dialog.test_result.text() == describe("http.401").en
    dialog.reject()
