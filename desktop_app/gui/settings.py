"""The clerk's preferences, kept in QSettings. Secrets are never stored here (they live in the OS
keyring, see core/secrets.py).

`Settings()` uses the platform's user settings (INI format, organisation/application
"desktop-app"); tests pass an explicit file path. Values are read typed, with defaults, and a
damaged or hand-edited value falls back to its default instead of raising.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ..core.attention import DEFAULT_FIELD_THRESHOLDS, Thresholds, copy_table
from ..core.errors import InputError
from ..core.http import carries_secret
from ..core.paths import private_file
from ..core.retention import DEFAULT_DAYS, clamp_days

ORGANIZATION = "desktop-app"
APPLICATION = "desktop-app"

DEFAULT_THRESHOLD = 0.90
DEFAULT_TIMEOUT = 60.0
MAX_RECENT = 10

# Not "general/": QSettings writes a group of that name as Qt's reserved [General] section
# ("[%General]"), which the next start reads back as "General/...": every such preference was lost
# at each restart. The old keys are still read, so a clerk's language and name come back.
_OLD_KEYS = {"clerk/language": "General/language", "clerk/reviewer": "General/reviewer"}


def data_dir() -> Path:
    """The user's data folder for the app (~/.local/share/desktop-app on Linux)."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        base = Path(xdg)
    else:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        base = Path(location) if location else Path.home() / ".local" / "share"
    return base / APPLICATION


def _to_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    return default


def _to_float(value: Any, default: float, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if number != number or not low <= number <= high:  # NaN or out of range
        return default
    return number


class Settings:
    """Typed access to the preferences. Never holds a secret."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                                 APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        try:  # recent files name the clerk's scans: owner-only, a mode QSettings' saves keep
            private_file(Path(self._qs.fileName()))
        except OSError:
            pass  # a read-only place: QSettings reports its own status

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    def _get(self, key: str, default: Any = None) -> Any:
        value = self._qs.value(key, None)
        if value is None and key in _OLD_KEYS:  # written by a version that lost it at restart
            value = self._qs.value(_OLD_KEYS[key], None)
        return default if value is None else value

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    # --- general -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._get("clerk/language", "en") or "en")
        return value if value in ("en", "th") else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._set("clerk/language", value if value in ("en", "th") else "en")

    @property
    def reviewer(self) -> str:
        return str(self._get("clerk/reviewer", "") or "")

    @reviewer.setter
    def reviewer(self, value: str) -> None:
        self._set("clerk/reviewer", value.strip())

    def reviewer_or_user(self) -> str:
        """Who is recorded in a field's history: the reviewer name, or the login name."""
        if self.reviewer:
            return self.reviewer
        try:
            return getpass.getuser()
        except Exception:  # no login name (some containers): still record something
            return "unknown"

    @property
    def threshold(self) -> float:
        return _to_float(self._get("review/threshold"), DEFAULT_THRESHOLD, 0.0, 1.0)

    @threshold.setter
    def threshold(self, value: float) -> None:
        self._set("review/threshold", round(float(value), 4))

    def field_thresholds(self) -> dict[str, dict[str, float]]:
        """Per-field thresholds by document type (doc type -> key -> 0..1): the clerk's table, or
        the defaults (core/attention.py) when none was saved or the saved one is damaged."""
        raw = self._get("review/field_thresholds")
        if not raw:
            return copy_table(DEFAULT_FIELD_THRESHOLDS)
        try:
            data = json.loads(str(raw))
            return {str(doc): {str(k).lower(): _to_float(v, -1.0, 0.0, 1.0) for k, v in keys.items()
                               if _to_float(v, -1.0, 0.0, 1.0) >= 0}
                    for doc, keys in data.items() if isinstance(keys, dict)}
        except (ValueError, TypeError, AttributeError):
            return copy_table(DEFAULT_FIELD_THRESHOLDS)

    def set_field_thresholds(self, table: dict[str, dict[str, float]] | None) -> None:
        """Save the clerk's table; None goes back to the defaults."""
        if table is None:
            self._qs.remove("review/field_thresholds")
        else:
            clean = {doc: {k.lower(): round(float(v), 4) for k, v in keys.items()}
                     for doc, keys in table.items() if keys}
            self._set("review/field_thresholds", json.dumps(clean, sort_keys=True))

    def thresholds(self) -> Thresholds:
        return Thresholds(self.threshold, self.field_thresholds())

    @property
    def timeout(self) -> float:
        return _to_float(self._get("network/timeout"), DEFAULT_TIMEOUT, 1.0, 3600.0)

    @timeout.setter
    def timeout(self, value: float) -> None:
        self._set("network/timeout", float(value))

    @property
    def batch_concurrency(self) -> int:
        """Requests in flight for the batch queue (1-8, default 2)."""
        return int(_to_float(self._get("network/batch_concurrency"), 2, 1, 8))

    @batch_concurrency.setter
    def batch_concurrency(self, value: int) -> None:
        self._set("network/batch_concurrency", max(1, min(8, int(value))))

    @property
    def labels_visible(self) -> bool:
        return _to_bool(self._get("view/labels"), False)

    @labels_visible.setter
    def labels_visible(self, value: bool) -> None:
        self._set("view/labels", bool(value))

    @property
    def looped_font(self) -> bool:
        """Show values in the bundled looped Thai face (Sarabun), for proof-reading."""
        return _to_bool(self._get("view/looped_font"), False)

    @looped_font.setter
    def looped_font(self, value: bool) -> None:
        self._set("view/looped_font", bool(value))

    @property
    def low_first(self) -> bool:
        return _to_bool(self._get("view/low_first"), False)

    @low_first.setter
    def low_first(self, value: bool) -> None:
        self._set("view/low_first", bool(value))

    # --- providers -----------------------------------------------------------------------------
    @property
    def provider_id(self) -> str | None:
        value = self._get("ocr/provider")
        return str(value) if value else None

    @provider_id.setter
    def provider_id(self, value: str | None) -> None:
        self._set("ocr/provider", value or "")

    def endpoint(self, provider_id: str) -> str | None:
        """The clerk's endpoint override for `provider_id`, or None for the provider's default."""
        value = self._get(f"endpoints/{provider_id}")
        value = str(value).strip() if value else ""
        return value or None

    def set_endpoint(self, provider_id: str, url: str | None) -> None:
        """Raises `InputError("input.endpoint_secret")` for an address holding a key: the settings
        file never holds a secret."""
        if url and carries_secret(url):
            raise InputError("input.endpoint_secret", provider_id)
        if url and url.strip():
            self._set(f"endpoints/{provider_id}", url.strip())
        else:
            self._qs.remove(f"endpoints/{provider_id}")

    def options(self, provider_id: str) -> dict[str, Any]:
        """Saved option values for `provider_id` (name -> value as last chosen)."""
        self._qs.beginGroup(f"options/{provider_id}")
        try:
            return {key: self._qs.value(key) for key in self._qs.childKeys()}
        finally:
            self._qs.endGroup()

    def set_option(self, provider_id: str, name: str, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = ",".join(str(v) for v in value)
        self._set(f"options/{provider_id}/{name}", value)

    # --- recent files --------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._get("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        entry = os.path.abspath(os.fspath(path))
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self._set("recent/files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._set("recent/files", [])

    # --- retention and presentation mode (issue 14) ---------------------------------------------
    @property
    def retention_days(self) -> int:
        """Days stored answers and log entries are kept (core/retention.py; the CLI reads it too)."""
        return clamp_days(self._get("retention/days", DEFAULT_DAYS))

    @retention_days.setter
    def retention_days(self, value: int) -> None:
        self._set("retention/days", clamp_days(value))

    @property
    def mask_names(self) -> bool:
        return _to_bool(self._get("presentation/mask_names"), False)

    @mask_names.setter
    def mask_names(self, value: bool) -> None:
        self._set("presentation/mask_names", bool(value))

    # --- window --------------------------------------------------------------------------------
    # Stored as QByteArray (the ini says @ByteArray(...)): a Python bytes value would be pickled.
    def geometry(self) -> bytes | None:
        return _stored_bytes(self._get("window/geometry"))

    def set_geometry(self, value: bytes | QByteArray) -> None:
        self._set("window/geometry", value if isinstance(value, QByteArray) else QByteArray(value))

    def window_state(self) -> bytes | None:
        return _stored_bytes(self._get("window/state"))

    def set_window_state(self, value: bytes | QByteArray) -> None:
        self._set("window/state", value if isinstance(value, QByteArray) else QByteArray(value))


    # --- the team queue (gui/team_flow.py): the address only, never a password ---------------------
    @property
    def team_url(self) -> str:
        return str(self._get("team/url", "") or "")

    @team_url.setter
    def team_url(self, value: str) -> None:
        self._set("team/url", value)


def _stored_bytes(value: Any) -> bytes | None:
    """A window byte array as read back (QByteArray; bytes from an older, pickled value)."""
    if isinstance(value, QByteArray):
        value = value.data()
    return bytes(value) if isinstance(value, bytes | bytearray) and value else None
