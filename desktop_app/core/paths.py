"""Where the app keeps its own files, without Qt: the one user-folders function (`user_folders`).

Both come from platformdirs (MIT), so the window and the command line agree:
- the data folder: `$XDG_DATA_HOME/desktop-app` when set, else the platform's per-user data folder:
  `%LOCALAPPDATA%\\desktop-app` on Windows, `~/Library/Application Support/desktop-app` on macOS,
  `~/.local/share/desktop-app` elsewhere. Folders made here are private (0700): they hold personal
  data (API answers, draft reviews).
- the settings file the window writes through QSettings (INI, user scope) and the core reads
  (core/preferences.py): `$XDG_CONFIG_HOME/desktop-app/desktop-app.ini` (`~/.config/...`), on
  Windows `%APPDATA%\\desktop-app\\desktop-app.ini`. On macOS Qt puts INI files under `~/.config`,
  not platformdirs' config folder, so that is followed there.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APPLICATION = "desktop-app"
PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class UserFolders:
    """The app's per-user data folder and the folder of its settings file."""

    data: Path  # stored answers, drafts, logs, samples, the team's pending reviews
    config: Path  # the folder of the settings file

    @property
    def settings_file(self) -> Path:
        """The clerk's preferences (QSettings' INI file, see core/preferences.py)."""
        return self.config / f"{APPLICATION}.ini"


def user_folders() -> UserFolders:
    """The app's per-user folders, read from the environment on every call (tests move them)."""
    data = Path(platformdirs.user_data_dir(APPLICATION, appauthor=False, roaming=False))
    if sys.platform == "darwin":  # QSettings' IniFormat: $HOME/.config on macOS too
        config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APPLICATION
    else:
        config = Path(platformdirs.user_config_dir(APPLICATION, appauthor=False, roaming=True))
    return UserFolders(data=data, config=config)


def data_dir() -> Path:
    """The app's own data folder (`user_folders().data`)."""
    return user_folders().data


def private_dir(path: Path) -> Path:
    """Create `path` (and its parents) if needed; the folder itself is made 0700, and so is the
    app's own data folder when `path` lies inside it."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        own = data_dir()
        for folder in (path, own) if own in Path(path).parents else (path,):
            try:
                os.chmod(folder, PRIVATE_DIR_MODE)
            except OSError:
                pass  # not ours to change (a shared folder); the files inside are 0600 anyway
    return path


def private_file(path: Path) -> Path:
    """Make sure the file `path` exists and only its owner can read it (0600): a log or settings
    file names the user's scans, which is personal data. The folder it is in is left as it is."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
    return Path(path)


def log_file() -> Path:
    """The log file (created private, in a private folder): `<data folder>/logs/desktop-app.log`."""
    return private_file(private_dir(data_dir() / "logs") / "desktop-app.log")
