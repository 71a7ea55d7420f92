"""Keys: environment first, then keyring, then session memory; never a file on disk."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass

import keyring
import pytest
from keyring.backends import fail, null

from desktop_app.core import secrets
from desktop_app.core.errors import AppError, InputError
from desktop_app.core.redact import MASK, redact


@dataclass
class FakeProvider:
    id: str = "aigen-idcard-v3"
    vendor: str = "aigen"
    credential_names: tuple[str, ...] = ("aigen_key",)


AIGEN = FakeProvider()
CVVN = FakeProvider("cvvn-vehicle-registration", "cvvn", ("cvvn_key", "cvvn_secret"))
DEMO = FakeProvider("demo", "demo", ())


@pytest.fixture(autouse=True)
def clean_session():
    secrets.forget_session()
    yield
    secrets.forget_session()


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())  # conftest's fixture restores the previous one


def _files_containing(root, needle: str) -> list[str]:
    hits = []
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                with open(path, "rb") as handle:
                    if needle.encode() in handle.read():
                        hits.append(path)
            except OSError:
                pass
    return hits


def test_env_wins_over_keyring(monkeypatch, memory_keyring):
    memory_keyring.set_password("desktop-app", "aigen_key", "from-keyring-1234")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "from-keyring-1234"
    monkeypatch.setenv("AIGEN_API_KEY", "from-env-5678")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "from-env-5678"


def test_keyring_wins_over_session(memory_keyring):
    secrets.remember_for_session("aigen_key", "session-value-1")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "session-value-1"
    memory_keyring.set_password("desktop-app", "aigen_key", "keyring-value-2")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "keyring-value-2"


def test_cvvn_needs_both(monkeypatch):
    monkeypatch.setenv("CVVN_API_KEY", "cvvn-key-value")
    with pytest.raises(InputError) as info:
        secrets.load_credentials(CVVN)
    error = info.value
    assert error.code == "key.missing" and error.exit_status == 2
    assert "CVVN_API_SECRET" in error.detail and "cvvn-vehicle-registration" in error.detail
    assert "CVVN_API_KEY" not in error.detail  # only what is missing is named
    assert "cvvn-key-value" not in f"{error} {error.detail} {error.message('th')}"
    monkeypatch.setenv("CVVN_API_SECRET", "cvvn-secret-value")
    creds = secrets.load_credentials(CVVN)
    assert creds.values == {"cvvn_key": "cvvn-key-value", "cvvn_secret": "cvvn-secret-value"}
    assert "cvvn-secret-value" not in repr(creds)


def test_missing_key(memory_keyring):
    with pytest.raises(InputError) as info:
        secrets.load_credentials(AIGEN)
    assert info.value.code == "key.missing"
    assert "AIGEN_API_KEY" in info.value.detail
    assert "desktop-app key set aigen" in info.value.detail
    assert not secrets.has_credentials(AIGEN)


def test_no_credentials_needed():
    assert secrets.load_credentials(DEMO).values == {}
    assert secrets.has_credentials(DEMO)


def test_loaded_values_are_redacted(monkeypatch):
    monkeypatch.setenv("AIGEN_API_KEY", "live-key-ABCDEF-987")
    secrets.load_credentials(AIGEN)
    assert redact("header x-aigen-key: live-key-ABCDEF-987") == f"header x-aigen-key: {MASK}"
    error = AppError("http.401", "sent live-key-ABCDEF-987 and was refused")
    assert "live-key-ABCDEF-987" not in error.detail


def test_store_and_delete(memory_keyring):
    assert secrets.keyring_available()
    secrets.store_secret("aigen_key", "  stored-key-42 \n")
    assert memory_keyring.store[("desktop-app", "aigen_key")] == "stored-key-42"
    assert secrets.has_credentials(AIGEN)
    assert redact("stored-key-42") == MASK
    secrets.delete_secret("aigen_key")
    assert ("desktop-app", "aigen_key") not in memory_keyring.store
    secrets.delete_secret("aigen_key")  # twice is fine
    assert not secrets.has_credentials(AIGEN)


def test_unknown_name_is_a_bug():
    with pytest.raises(ValueError):
        secrets.store_secret("password", "x1234")


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_keyring_is_reported_and_nothing_is_written(backend, isolated_dirs):
    keyring.set_keyring(backend())
    assert not secrets.keyring_available()
    with pytest.raises(AppError) as info:
        secrets.store_secret("aigen_key", "no-disk-please-31337")
    assert info.value.code == "keyring.unavailable"
    assert "no-disk-please-31337" not in f"{info.value} {info.value.detail}"
    assert _files_containing(isolated_dirs, "no-disk-please-31337") == []
    # The session can still use it, from memory only.
    secrets.remember_for_session("aigen_key", "no-disk-please-31337")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "no-disk-please-31337"
    assert _files_containing(isolated_dirs, "no-disk-please-31337") == []


def test_keyring_error_on_write_is_unavailable(memory_keyring, monkeypatch):
    def refuse(*args):
        raise keyring.errors.KeyringError("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(AppError) as info:
        secrets.store_secret("aigen_key", "abcd-1234")
    assert info.value.code == "keyring.unavailable"


def test_broken_keyring_read_falls_through_to_session(no_keyring):
    secrets.remember_for_session("aigen_key", "mem-only-key")
    assert secrets.load_credentials(AIGEN).get("aigen_key") == "mem-only-key"


def test_vendor_credentials(monkeypatch):
    assert secrets.vendor_credentials("aigen") == ("aigen_key",)
    assert secrets.vendor_credentials(" CVVN ") == ("cvvn_key", "cvvn_secret")
    monkeypatch.setattr("desktop_app.core.providers.get_provider",
                        lambda pid: {"cvvn-vehicle-registrations": CVVN}[pid])
    assert secrets.vendor_credentials("cvvn-vehicle-registrations") == ("cvvn_key", "cvvn_secret")


def test_vendor_credentials_unknown():
    with pytest.raises(InputError) as info:
        secrets.vendor_credentials("nope")
    assert info.value.code == "input.provider"


def _prompt(answers: list[str]):
    asked: list[str] = []

    def prompt(text: str) -> str:
        asked.append(text)
        return answers.pop(0)

    return prompt, asked


def test_set_key_interactive_stores_both(memory_keyring):
    prompt, asked = _prompt(["typed-key-1", "typed-secret-2\n"])
    out = io.StringIO()
    assert secrets.set_key_interactive("cvvn", prompt=prompt, out=out) == 0
    assert memory_keyring.store == {("desktop-app", "cvvn_key"): "typed-key-1",
                                    ("desktop-app", "cvvn_secret"): "typed-secret-2"}
    assert len(asked) == 2 and "cvvn_key" in asked[0] and "cvvn_secret" in asked[1]
    assert "typed-key-1" not in out.getvalue() and "typed-secret-2" not in out.getvalue()
    assert "Stored" in out.getvalue()


def test_set_key_interactive_without_keyring(no_keyring, isolated_dirs):
    prompt, asked = _prompt(["never-asked-key"])
    out = io.StringIO()
    assert secrets.set_key_interactive("aigen", prompt=prompt, out=out) == 2
    assert asked == []
    text = out.getvalue()
    assert "No system keyring is available" in text and "nothing was stored" in text
    assert "AIGEN_API_KEY" in text
    assert _files_containing(isolated_dirs, "never-asked-key") == []


def test_set_key_interactive_empty_or_cancelled(memory_keyring):
    prompt, _ = _prompt(["key-ok-1", ""])
    assert secrets.set_key_interactive("cvvn", prompt=prompt, out=io.StringIO()) == 2
    assert memory_keyring.store == {}

    def interrupted(text: str) -> str:
        raise KeyboardInterrupt

    assert secrets.set_key_interactive("aigen", prompt=interrupted, out=io.StringIO()) == 1
    assert memory_keyring.store == {}


def test_set_key_interactive_is_all_or_nothing(memory_keyring, monkeypatch):
    memory_keyring.set_password("desktop-app", "cvvn_key", "old-key-0")
    original = memory_keyring.set_password

    def second_fails(service, name, value):
        if name == "cvvn_secret":
            raise keyring.errors.PasswordSetError("nope")
        original(service, name, value)

    monkeypatch.setattr(memory_keyring, "set_password", second_fails)
    prompt, _ = _prompt(["new-key-1", "new-secret-2"])
    out = io.StringIO()
    assert secrets.set_key_interactive("cvvn", prompt=prompt, out=out) == 2
    assert memory_keyring.store == {("desktop-app", "cvvn_key"): "old-key-0"}
    assert "Nothing was stored" in out.getvalue()


def test_set_key_interactive_unknown_target():
    out = io.StringIO()
    assert secrets.set_key_interactive("nope", prompt=lambda _: "x", out=out) == 2
    assert "nope" in out.getvalue()


def test_a_logged_traceback_that_quotes_a_key_is_redacted():
    import logging

    from desktop_app.core.redact import RedactingFilter, register_secret

    secret = "sk-live-traceback-0123456789"
    register_secret(secret)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("test.redact.traceback")
    log.addHandler(handler)
    try:
        try:
            raise ValueError(f"the server echoed {secret}")
        except ValueError:
            log.exception("while sending with key %s", secret)
    finally:
        log.removeHandler(handler)
    written = stream.getvalue()
    assert "ValueError: the server echoed" in written and "Traceback" in written
    assert secret not in written and written.count(MASK) == 2
