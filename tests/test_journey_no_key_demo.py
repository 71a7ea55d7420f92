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
