"""Where the app keeps its own files, without Qt (the window's `settings.data_dir` agrees).

`data_dir()` is `$XDG_DATA_HOME/desktop-app` when set, else the platform's per-user data folder:
`%LOCALAPPDATA%\\desktop-app` on Windows, `~/Library/Application Support/desktop-app` on macOS,
`~/.local/share/desktop-app` elsewhere. Folders made here are private (0700): they hold personal
data (API answers, draft reviews).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APPLICATION = "desktop-app"
PRIVATE_DIR_MODE = 0o700


def data_dir() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        base = Path(xdg)
    elif os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path.home() / ".local" / "share"
    return base / APPLICATION


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
