"""API keys: environment variables first, then the system keyring, then this session's memory.

Nothing here ever writes a secret to a file. With no usable keyring (a headless machine picks
`keyring.backends.fail.Keyring`), storing says so plainly (`keyring.unavailable`) and the key can
still be used for the session only (`remember_for_session`). Every value loaded or stored is
registered with `redact` so it can never leak through an error message or a log line.

Keyring entries: service `desktop-app`, username = the credential name
(`aigen_key`, `cvvn_key`, `cvvn_secret`).
"""

from __future__ import annotations

import getpass
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from .errors import AppError, InputError
from .lazy import lazy_module
from .providers.base import Credentials
from .redact import register_basic, register_secret

if TYPE_CHECKING:
    import keyring
    import keyring.errors
    from keyring.backends import chainer, fail
else:  # imported at the first key asked for, not when the window starts (core/lazy.py)
    keyring = lazy_module("keyring")
    chainer = lazy_module("keyring.backends.chainer")
    fail = lazy_module("keyring.backends.fail")

SERVICE = "desktop-app"

ENV_VARS: dict[str, str] = {
    "aigen_key": "AIGEN_API_KEY",
    "cvvn_key": "CVVN_API_KEY",
    "cvvn_secret": "CVVN_API_SECRET",
}

VENDORS: dict[str, tuple[str, ...]] = {
    "aigen": ("aigen_key",),
    "cvvn": ("cvvn_key", "cvvn_secret"),
}

LABELS: dict[str, str] = {
    "aigen_key": "AIGEN API key",
    "cvvn_key": "Computer Vision Vietnam API key",
    "cvvn_secret": "Computer Vision Vietnam API secret",
}

_session_lock = threading.Lock()
_session: dict[str, str] = {}


def _check_name(name: str) -> None:
    if name not in ENV_VARS:
        raise ValueError(f"unknown credential name {name!r}; one of {', '.join(ENV_VARS)}")


def keyring_available() -> bool:
    """True when the keyring has a real backend (not the `fail` or `null` one, not an empty chain)."""
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend):  # its priority says little; its chain does
            return bool(backend.backends)
        return float(backend.priority) >= 1
    except Exception:  # noqa: BLE001 - a broken backend is simply not available
        return False


def _from_keyring(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name) or None
    except Exception:  # noqa: BLE001 - no backend, locked, D-Bus trouble: treat as "not stored"
        return None


def lookup(name: str) -> str | None:
    """One credential: environment variable, then keyring, then this session's memory."""
    _check_name(name)
    value = os.environ.get(ENV_VARS[name], "").strip() or None
    if value is None:
        value = _from_keyring(name)
    if value is None:
        with _session_lock:
            value = _session.get(name)
    if value:
        register_secret(value)
    return value or None


def _credential_names(provider: Any) -> tuple[str, ...]:
    return tuple(getattr(provider, "credential_names", ()) or ())


def load_credentials(provider: Any) -> Credentials:
    """Everything `provider` needs, or `InputError("key.missing")` naming what to set (never a value)."""
    names = _credential_names(provider)
    values: dict[str, str] = {}
    missing: list[str] = []
    for name in names:
        value = lookup(name)
        if value is None:
            missing.append(name)
        else:
            values[name] = value
    if missing:
        provider_id = getattr(provider, "id", "?")
        vendor = getattr(provider, "vendor", None) or provider_id
        env = ", ".join(ENV_VARS[n] for n in missing)
        raise InputError("key.missing", f"{provider_id} needs {', '.join(missing)}: set {env}, or run "
                                        f"`desktop-app key set {vendor}`")
    if "cvvn_key" in values and "cvvn_secret" in values:  # sent as HTTP Basic: mask its base64 form too
        register_basic(values["cvvn_key"], values["cvvn_secret"])
    return Credentials(values)


def has_credentials(provider: Any) -> bool:
    try:
        load_credentials(provider)
    except Exception:  # noqa: BLE001 - a question, never an error
        return False
    return True


def store_secret(name: str, value: str) -> None:
    """Save in the system keyring, or `AppError("keyring.unavailable")`. Never a file."""
    _check_name(name)
    value = value.strip()
    if not value:
        raise ValueError("empty secret")
    register_secret(value)
    if not keyring_available():
        raise AppError("keyring.unavailable", "no system keyring backend")
    try:
        keyring.set_password(SERVICE, name, value)
    except Exception as exc:  # noqa: BLE001 - NoKeyringError, KeyringError, backend trouble
        raise AppError("keyring.unavailable", f"the keyring refused: {type(exc).__name__}") from None


def delete_secret(name: str) -> None:
    """Forget `name` in the keyring and in this session (no error if it was not there)."""
    _check_name(name)
    with _session_lock:
        _session.pop(name, None)
    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - not stored, or no keyring: nothing to delete
        pass


def remember_for_session(name: str, value: str) -> None:
    """Keep a secret in memory until the program ends (used when there is no keyring)."""
    _check_name(name)
    value = value.strip()
    if not value:
        raise ValueError("empty secret")
    register_secret(value)
    with _session_lock:
        _session[name] = value


def forget_session() -> None:
    with _session_lock:
        _session.clear()


def vendor_credentials(target: str) -> tuple[str, ...]:
    """Credential names for a vendor (`aigen`, `cvvn`) or a provider id."""
    key = target.strip().lower()
    if key in VENDORS:
        return VENDORS[key]
    from .providers import get_provider  # raises InputError("input.provider") when unknown

    return _credential_names(get_provider(key))


def set_key_interactive(target: str, prompt: Callable[[str], str] = getpass.getpass,
                        out: TextIO | None = None) -> int:
    """`desktop-app key set TARGET`: ask (without echo) for each secret and store it in the keyring.
    Returns the exit status: 0 stored, 1 cancelled, 2 bad target / nothing stored."""
    out = out if out is not None else sys.stderr
    try:
        names = vendor_credentials(target)
    except InputError as exc:
        print(f"{exc} ({exc.detail})" if exc.detail else str(exc), file=out)
        return 2
    if not names:
        print(f"{target} needs no key.", file=out)
        return 0
    env = " and ".join(ENV_VARS[n] for n in names)
    if not keyring_available():
        print(f"No system keyring is available on this computer, so nothing was stored. Set {env} in "
              "the environment instead, or enter the key in the window (kept for that session only).",
              file=out)
        return 2
    values: dict[str, str] = {}
    for name in names:
        try:
            value = prompt(f"{LABELS.get(name, name)} ({name}): ").strip()
        except (KeyboardInterrupt, EOFError):
            print("\nCancelled; nothing was stored.", file=out)
            return 1
        if not value:
            print(f"Nothing was entered for {name}; nothing was stored.", file=out)
            return 2
        register_secret(value)
        values[name] = value
    stored: list[tuple[str, str | None]] = []
    for name, value in values.items():
        previous = _from_keyring(name)
        try:
            store_secret(name, value)
        except AppError as exc:
            _roll_back(stored)  # all or nothing: a key without its secret is no use
            print(f"{exc} Nothing was stored.", file=out)
            return 2
        stored.append((name, previous))
    print(f"Stored {', '.join(n for n, _ in stored)} in the system keyring (service {SERVICE!r}).", file=out)
    if any(os.environ.get(ENV_VARS[n]) for n in names):
        print(f"Note: {env} is set in the environment and takes precedence over the keyring.", file=out)
    return 0


def _roll_back(stored: list[tuple[str, str | None]]) -> None:
    for name, previous in reversed(stored):
        try:
            if previous is None:
                keyring.delete_password(SERVICE, name)
            else:
                keyring.set_password(SERVICE, name, previous)
        except Exception:  # noqa: BLE001 - best effort; the keyring just failed once already
            pass
