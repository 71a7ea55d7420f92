"""Journey: no key configured anywhere -> the demo provider is selected and a visible badge says
the results are simulated; the demo reads the bundled sample with no network and no key."""

from __future__ import annotations

from desktop_app.core import secrets
from desktop_app.core.providers import get_provider

pytest_plugins = ["gui_helpers"]


def test_no_key_selects_demo_with_a_simulated_badge(qtbot, journey, make_window, settings, sample_image):
    window = make_window()
    assert window.provider_bar.provider_id() == "demo"
    badge = window.provider_bar.badge
    assert badge.isVisible() and "SIMULATED" in badge.text() and "ผลจำลอง" in badge.text()

    window.open_paths([str(sample_image)])
    journey.wait_for_image(qtbot, window)
    journey.run_and_wait(qtbot, window)
    doc = window.session.document
    assert doc.simulated and doc.provider_id == "demo"
    assert len(window.canvas.box_items()) > 10
    assert badge.isVisible()
    window.grab().save(str(sample_image.parent / "demo-window.png"))


def test_a_stored_key_selects_a_real_provider_and_hides_the_badge(qtbot, make_window, settings):
    secrets.store_secret("aigen_key", "test-key-not-secret")
    window = make_window()
    provider = get_provider(window.provider_bar.provider_id())
    assert not provider.simulated
    assert not window.provider_bar.badge.isVisible()
    # ...but a simulated document keeps the badge whatever the provider
    window.provider_bar.set_document_simulated(True)
    assert window.provider_bar.badge.isVisible()


def test_provider_on_the_command_line_is_preselected(qtbot, make_window):
    window = make_window("aigen-idcard-v3")
    assert window.provider_bar.provider_id() == "aigen-idcard-v3"
    # the ID card's options are offered (face, gender, signature, validation, ISO dates...)
    names = [a.text() for a in window.provider_bar.options_button.menu().actions()]
    assert any("face" in n.lower() for n in names)
    assert window.provider_bar.options_button.isVisible()


def test_unknown_provider_on_the_command_line_is_a_message_not_a_crash(qtbot, make_window):
    window = make_window("no-such-service")
    assert window.message_bar.isVisible() and window.message_bar.code == "input.provider"
    assert window.provider_bar.provider_id() == "demo"


def test_settings_dialog_stores_a_key_in_the_keyring_only(qtbot, make_window, settings, memory_keyring):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    window = make_window()
    assert window.provider_bar.provider_id() == "demo"
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.no_keyring.isVisible()
    edit = dialog.key_edits["aigen_key"]
    assert edit.echoMode() == edit.EchoMode.Password
    edit.setText("typed-key-123")
    dialog.reviewer.setText("Somchai")
    dialog.accept()
    assert memory_keyring.store[("desktop-app", "aigen_key")] == "typed-key-123"
    assert "typed-key-123" not in open(settings.file_name, encoding="utf-8").read()
    assert settings.reviewer == "Somchai"


def test_no_keyring_backend_offers_the_key_for_this_run_only(qtbot, make_window, settings, monkeypatch):
    import keyring
    from keyring.backends import fail

    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    window = make_window()
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.services_tab)
    assert dialog.no_keyring.isVisible() and "keyring" in dialog.no_keyring.text()
    assert dialog.session_only.isVisible() and dialog.session_only.isChecked()
    dialog.key_edits["aigen_key"].setText("session-key-456")
    dialog.accept()
    assert secrets.lookup("aigen_key") == "session-key-456"  # for this run, in memory
    assert "session-key-456" not in open(settings.file_name, encoding="utf-8").read()


# --- the start's choice is made after the first paint (gui/window/window_start.py, issue 12) ----

def _unshown_window(qtbot, settings):
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(settings, None)
    window.ask_unsaved = lambda: "discard"
    window.batch.guard.ask_quit = lambda _n: True
    return window


def _close(window) -> None:
    window.runner.shutdown(10_000)
    window.batch.shutdown()
    window.io.flush(10_000)
    window.close()
    window.deleteLater()


def test_the_keyring_is_asked_after_the_first_paint(qtbot, settings, memory_keyring, monkeypatch):
    secrets.store_secret("aigen_key", "test-key-not-secret")
    secrets.forget_session()
    asked: list[str] = []
    real = memory_keyring.get_password
    monkeypatch.setattr(memory_keyring, "get_password", lambda s, u: asked.append(u) or real(s, u))
    window = _unshown_window(qtbot, settings)
    try:
        queued: list[str] = []
        window.start.later(lambda: queued.append("later"))
        qtbot.wait(1)
        # made, not yet painted: the demo stands in, nothing asked of the keyring, nothing run
        assert asked == [] and queued == [] and window.provider_bar.provider_id() == "demo"
        window.show()
        qtbot.waitUntil(lambda: window.start.settled, timeout=20_000)
        assert "aigen_key" in asked and queued == ["later"]
        assert not get_provider(window.provider_bar.provider_id()).simulated
        assert not window.provider_bar.badge.isVisible()
    finally:
        _close(window)


def test_the_clerks_activity_is_watched_from_after_the_first_paint(qtbot, settings, memory_keyring):
    """The view's viewports (mouse, wheel: the time a review took) are asked for after the first
    paint, not in the first document's open (~5 ms of its turn) nor before the paint (issue 12)."""
    from desktop_app.gui.window.app import _after_first_paint

    window = _unshown_window(qtbot, settings)
    try:
        activity = window.review.activity
        _after_first_paint(window, [])
        assert activity._views  # not before the first paint
        window.show()
        qtbot.waitUntil(lambda: window.start.settled, timeout=20_000)
        assert activity._views == [] and window.session.document is None  # watched, no document open
    finally:
        _close(window)


def test_a_service_the_clerk_picks_before_the_keyring_answers_is_kept(qtbot, settings, memory_keyring):
    secrets.store_secret("aigen_key", "test-key-not-secret")
    window = _unshown_window(qtbot, settings)
    try:
        picked = "cvvn-vehicle-registration"
        window.provider_bar.set_provider_id(picked)  # a choice before the start's own
        window.show()
        qtbot.waitUntil(lambda: window.start.settled, timeout=20_000)
        assert window.provider_bar.provider_id() == picked
    finally:
        _close(window)


def test_the_last_service_used_is_shown_from_the_first_paint(qtbot, settings, memory_keyring):
    secrets.store_secret("aigen_key", "test-key-not-secret")
    settings.provider_id = "aigen-passport-v2"
    window = _unshown_window(qtbot, settings)
    try:
        assert window.provider_bar.provider_id() == "aigen-passport-v2"  # before the keyring
        window.show()
        qtbot.waitUntil(lambda: window.start.settled, timeout=20_000)
        assert window.provider_bar.provider_id() == "aigen-passport-v2"
    finally:
        _close(window)


def test_with_no_key_anywhere_the_last_service_gives_way_to_the_demo(qtbot, settings):
    settings.provider_id = "aigen-passport-v2"
    window = _unshown_window(qtbot, settings)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.start.settled, timeout=20_000)
        assert window.provider_bar.provider_id() == "demo"
    finally:
        _close(window)
