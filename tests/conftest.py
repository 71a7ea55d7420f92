"""Test-wide setup: offscreen Qt, no real keyring, isolated settings and data folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ["no_proxy"] = os.environ["NO_PROXY"]
for _name in ("AIGEN_API_KEY", "CVVN_API_KEY", "CVVN_API_SECRET"):
    os.environ.pop(_name, None)

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from desktop_app.demo import register_demo  # noqa: E402

register_demo()  # the tests are a front end too: the core alone does not know the simulated demo


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def no_registered_secrets():
    """Secrets are registered process-wide for masking; each test starts and ends with none."""
    from desktop_app.core.redact import forget_secrets

    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keyring; the machine's real one is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    """Settings, data and cache folders of the app live in a temporary folder per test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    yield home


@pytest.fixture(autouse=True)
def collector_thawed():
    """What a window or a command froze (core/heap.py) goes back to the collector after the test:
    one test's objects never outlive it in the permanent generation."""
    import gc

    yield
    gc.unfreeze()
