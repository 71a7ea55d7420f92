"""Secrets and data stay what they are (issue 10): masking is for log lines and error text only,
by exact token; data files are never rewritten by it; an endpoint may not carry a key; the CVVN
Basic credential is masked in its base64 form too."""

from __future__ import annotations

import base64
import json

import pytest

from desktop_app.core import drafts, reviewfile, secrets
from desktop_app.core.errors import AppError, InputError
from desktop_app.core.http import check_endpoint
from desktop_app.core.redact import MASK, redact, register_secret
from tests.test_reviewfile import make_document


@pytest.fixture(autouse=True)
def clean_session():
    secrets.forget_session()
    yield
    secrets.forget_session()


def _plate_document(plate: str):
    document = make_document()
    document.pages[0].fields[0].value = plate
    return document


@pytest.mark.parametrize("key", ["1234", "null", "true", "format", "2026"])
def test_a_review_file_is_never_rewritten_by_masking(tmp_path, key):
    register_secret(key)
    document = _plate_document("1กข 1234")
    target = tmp_path / "book.png.review.json"
    reviewfile.save(document, target)
    text = target.read_text(encoding="utf-8")
    json.loads(text)  # valid JSON whatever the key is
    assert MASK not in text
    assert reviewfile.load(target).pages[0].fields[0].value == "1กข 1234"


@pytest.mark.parametrize("key", ["1234", "null", "document"])
def test_a_draft_is_never_rewritten_by_masking(key):
    register_secret(key)
    path = drafts.save_draft(_plate_document("1กข 1234"), "d1")
    assert MASK not in path.read_text(encoding="utf-8")
    assert drafts.load_draft("d1").pages[0].fields[0].value == "1กข 1234"


def test_masking_is_by_exact_token():
    register_secret("abcd1234")
    assert redact("key abcd1234 refused") == f"key {MASK} refused"
    assert redact("url ?aigen_key=abcd1234&x=1") == f"url ?aigen_key={MASK}&x=1"
    assert redact("plate xabcd12345") == "plate xabcd12345"  # part of another word: not the key


def test_the_base64_basic_credential_is_masked(monkeypatch):
    monkeypatch.setenv("CVVN_API_KEY", "cvvn-key-4711")
    monkeypatch.setenv("CVVN_API_SECRET", "cvvn-secret-0815")
    from desktop_app.core.providers import get_provider

    secrets.load_credentials(get_provider("cvvn-vehicle-registration"))
    basic = base64.b64encode(b"cvvn-key-4711:cvvn-secret-0815").decode()
    error = AppError("http.401", f"the gateway said: bad credential Basic {basic}")
    assert basic not in (error.detail or "")
    assert basic not in redact(f"Authorization: Basic {basic}")


@pytest.mark.parametrize("url", [
    "https://apis.aigen.online/aiscript/idcard/v3?aigen_key=live-key-123",
    "https://gw.example.com/ocr?API_KEY=abc",
    "https://user:pass@gw.example.com/ocr",
])
def test_an_endpoint_carrying_a_key_is_refused(url):
    with pytest.raises(InputError) as caught:
        check_endpoint(url)
    assert caught.value.code == "input.endpoint_secret"
    assert "live-key-123" not in str(caught.value.detail) and ":pass" not in str(caught.value.detail)


def test_the_settings_dialog_refuses_an_endpoint_with_a_key(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.gui.state.settings import Settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    settings = Settings(tmp_path / "settings.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.endpoint.setText("https://apis.aigen.online/aiscript/idcard/v3?aigen_key=live-key-123")
    dialog.accept()
    settings.sync()
    written = [p.read_text(encoding="utf-8", errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    assert not any("live-key-123" in text for text in written)  # no settings file holds the key
    assert all("live-key-123" not in (settings.endpoint(p) or "") for p in dialog._endpoints)
    assert not dialog.problem_label.isHidden()
    with pytest.raises(InputError):
        settings.set_endpoint("aigen-idcard-v3", "https://x.example.com/ocr?aigen_key=live-key-123")
