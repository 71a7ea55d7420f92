"""The command line's language (en, th, vi): what `--language` says, else the language the clerk
chose in the window (its settings file, read without Qt), else the locale (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG), else English. docs/adr/0015-how-the-core-speaks-languages.md.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from .core import words

# The window keeps its settings with QSettings (IniFormat, user scope, "desktop-app"/"desktop-app",
# gui/settings.py): an INI file whose place Qt takes from these folders.
_APP = "desktop-app"


def settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the window's settings live (QSettings' IniFormat, user scope)."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and env.get("APPDATA"):
        base = Path(env["APPDATA"])
    else:
        base = Path(env.get("XDG_CONFIG_HOME") or Path(env.get("HOME") or Path.home()) / ".config")
    return base / _APP / f"{_APP}.ini"


def saved_language(path: Path | None = None) -> str | None:
    """The language the clerk chose in the window; None when there is none (or no readable file)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path or settings_file(), encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    for section in ("clerk", "%General", "General"):  # the old key was General/language
        value = parser.get(section, "language", fallback=None)
        if value:
            return words.normalise(value.strip().strip('"'))
    return None


def clerk_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The language `desktop-app` speaks in: `explicit`, else the saved choice, else the locale."""
    if words.normalise(explicit):
        return words.supported(explicit)
    return words.resolve(None, saved_language(settings_file(environ)), environ)
