"""Connections to the team database (psycopg 3), with the password from the keyring.

The URL is a libpq connection URI (`postgresql://clerk@db.office:5432/ocr?sslmode=verify-full`).
A password is never needed in it: libpq reads PGPASSWORD and ~/.pgpass, and `connect` looks in
the OS keyring (service `desktop-app`, name `team:USER@HOST:PORT/DB`) when the URL has none.
`safe_url` is the URL without its password, for messages and settings.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..redact import register_secret
from .errors import TeamError, translated

CONNECT_TIMEOUT = 10  # seconds
APPLICATION_NAME = "desktop-app team"


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:  # a broken install: say so in one sentence
        raise TeamError("team.driver", str(exc)) from None
    return psycopg


def safe_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}@{host}" if user else host, parts.path, parts.query,
                       parts.fragment))


def keyring_name(url: str) -> str | None:
    """The keyring entry that holds this URL's password, or None when the URL names no user."""
    parts = urlsplit(url)
    if not parts.username:
        return None
    port = parts.port or 5432
    return f"team:{parts.username}@{parts.hostname or 'localhost'}:{port}{parts.path or '/'}"


_session_passwords: dict[str, str] = {}  # where the machine has no keyring: this run only


def _keyring_password(url: str) -> str | None:
    name = keyring_name(url)
    if name is None or urlsplit(url).password is not None:
        return None
    from ..secrets import SERVICE

    try:
        import keyring

        found = keyring.get_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - no keyring backend: libpq's own sources still apply
        found = None
    return found or _session_passwords.get(name)


def remember_password(url: str, password: str) -> bool:
    """Keep the password of `url`'s user in the OS keyring (True), or, where there is no keyring,
    for this run only (False). Never in settings or a file."""
    name = keyring_name(url)
    if name is None or not password:
        return False
    register_secret(password)
    from ..secrets import SERVICE, keyring_available

    if keyring_available():
        try:
            import keyring

            keyring.set_password(SERVICE, name, password)
            return True
        except Exception:  # noqa: BLE001 - the keyring refused: keep it for this run
            pass
    _session_passwords[name] = password
    return False


def connect(url: str, *, autocommit: bool = True, **kwargs: Any):
    """An open psycopg connection; `TeamError("team.connect")` with one sentence when it fails."""
    psycopg = _psycopg()
    parts = urlsplit(url)
    if parts.password:
        register_secret(parts.password)
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT, "application_name": APPLICATION_NAME}
    password = _keyring_password(url)
    if password:
        register_secret(password)
        extra["password"] = password
    extra.update(kwargs)
    with translated():
        return psycopg.connect(url, autocommit=autocommit, **extra)


def close_quietly(conn) -> None:
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()
