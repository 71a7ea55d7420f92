"""The window's storage of the clerk's preferences: QSettings (INI), behind the core's Qt-free
`Preferences` (core/preferences.py: thresholds, endpoints, options, reviewer, timeout, retention...,
read by `desktop-app ocr` too; docs/adr/0016-preferences-in-the-core.md). Only what is the window's
own lives here: view toggles, recent files, geometry. Secrets are never stored (core/secrets.py).

`Settings()` uses the platform's user settings (INI format, organisation/application
"desktop-app", the file `core.paths.user_folders().settings_file`); tests pass an explicit file path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ...core.paths import private_file
from ...core.preferences import Preferences, to_bool

ORGANIZATION = "desktop-app"
APPLICATION = "desktop-app"
MAX_RECENT = 10


class QtStore:
    """The core's `PreferenceStore` over QSettings."""

    def __init__(self, qs: QSettings) -> None:
        self.qs = qs

    def value(self, key: str) -> Any:
        return self.qs.value(key, None)

    def set_value(self, key: str, value: Any) -> None:
        self.qs.setValue(key, value)

    def remove(self, key: str) -> None:
        self.qs.remove(key)

    def child_keys(self, group: str) -> list[str]:
        self.qs.beginGroup(group)
        try:
            return list(self.qs.childKeys())
        finally:
            self.qs.endGroup()


class _WorkerWrites(QSettings):
    """A view of the same file made, used and dropped on the window's disk worker for one write
    (QSettings is reentrant: objects on one file in different threads share its contents), so the
    GUI thread never writes the file nor waits for the disk for it."""


class Settings(Preferences):
    """Typed access to the preferences (the core's) and the window's own. Never holds a secret."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                                 APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        super().__init__(QtStore(self._qs))
        # Set by the window to its disk worker: opening a file then never writes (and fdatasyncs)
        # the settings file on the GUI thread for the recent list. None: written here, as the rest.
        self.write_elsewhere: Callable[[Callable[[], None]], None] | None = None
        self._recent: list[str] | None = None  # the list last asked for, while its write is on the way
        try:  # recent files name the clerk's scans: owner-only, a mode QSettings' saves keep
            private_file(Path(self._qs.fileName()))
        except OSError:
            pass  # a read-only place: QSettings reports its own status

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # --- view --------------------------------------------------------------------------------
    @property
    def labels_visible(self) -> bool:
        return to_bool(self._get("view/labels"), False)

    @labels_visible.setter
    def labels_visible(self, value: bool) -> None:
        self._set("view/labels", bool(value))

    @property
    def looped_font(self) -> bool:
        """Show values in the bundled looped Thai face (Sarabun), for proof-reading."""
        return to_bool(self._get("view/looped_font"), False)

    @looped_font.setter
    def looped_font(self, value: bool) -> None:
        self._set("view/looped_font", bool(value))

    @property
    def low_first(self) -> bool:
        return to_bool(self._get("view/low_first"), False)

    @low_first.setter
    def low_first(self, value: bool) -> None:
        self._set("view/low_first", bool(value))

    # --- recent files --------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        if self._recent is not None:
            return list(self._recent)
        value = self._get("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        entry = os.path.abspath(os.fspath(path))
        files = [entry] + [f for f in self.recent_files() if f != entry]
        self._set_recent(files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._set_recent([])

    def _set_recent(self, files: list[str]) -> None:
        if self.write_elsewhere is None:
            self._recent = None  # read back from the store again (the window that wrote it closed)
            self._set("recent/files", files)
            return
        self._recent = list(files)
        name = self._qs.fileName()

        def write() -> None:  # on the worker (one thread: the writes land in the order asked)
            writer = _WorkerWrites(name, QSettings.Format.IniFormat)
            writer.setValue("recent/files", files)
            writer.sync()

        self.write_elsewhere(write)

    # --- presentation mode (issue 14) and the window -----------------------------------------------
    @property
    def mask_names(self) -> bool:
        return to_bool(self._get("presentation/mask_names"), False)

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


def _stored_bytes(value: Any) -> bytes | None:
    """A window byte array as read back (QByteArray; bytes from an older, pickled value)."""
    if isinstance(value, QByteArray):
        value = value.data()
    return bytes(value) if isinstance(value, bytes | bytearray) and value else None
