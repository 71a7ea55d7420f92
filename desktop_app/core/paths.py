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
    """Create `path` (and its parents) if needed; the folder itself is made 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_DIR_MODE)
        except OSError:
            pass  # not ours to change (a shared folder); the files inside are 0600 anyway
    return path
