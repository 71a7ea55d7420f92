"""Personal data kept no longer than needed: the retention period and the purge.

What the app keeps in its own data folder (`paths.data_dir()`), and what a purge does with it:

- `responses/`: the services' stored answers (names, ID numbers, face crops). Kept so that the
  same scan is never paid for twice; removed once older than the retention period.
- `logs/desktop-app.log`: file names and redacted errors. Entries older than the period removed.
- `drafts/`: autosaved unsaved reviews. **Never removed without asking**: a draft is work the
  clerk has not saved or discarded. The purge reports old ones; the window offers them back at
  start, and `desktop-app purge --drafts` asks about each.
- temporary files (`.NAME.*.tmp`) a killed save left behind: removed once an hour old (a younger
  one may be a save in progress in another window).

Review files are the clerk's own documents, saved where the clerk chose: never touched here.

The default period is DEFAULT_DAYS = 30: long enough for the usual rework of a month's documents
(re-reading a page, a second look at a rejected document) without paying the service again, and
short enough that the app's own copies do not outlive the business need (PDPA: data kept no
longer than needed). Settings › Retention changes it (1 to 3650 days).
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import words
from .atomic import write_text_atomic
from .ini_read import read_ini
from .lazy import lazy_module
from .paths import data_dir, user_folders

if TYPE_CHECKING:
    from . import drafts
else:  # at the purge: the preferences (and `desktop-app ocr`) read only the retention's days
    drafts = lazy_module("desktop_app.core.drafts")

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 3650
TEMP_AGE_SECONDS = 3600.0
SETTINGS_SECTION, SETTINGS_KEY = "retention", "days"
_TEMP = re.compile(r"^\..+\.tmp$")
_LOG_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})")


@dataclass
class PurgeResult:
    """How many of each kind of personal data a purge removed."""

    responses: int = 0
    temporary: int = 0
    log_entries: int = 0
    drafts_removed: int = 0
    drafts_kept: list[drafts.DraftInfo] = field(default_factory=list)  # old, not asked about or refused

    def summary(self, days: int, language: str = "en") -> str:
        removed, kept = self.drafts_removed, len(self.drafts_kept)
        return words.text(
            "purge.summary", days=words.text("count.days", count=days),
            responses=words.text("count.stored_answers", count=self.responses),
            log_entries=words.text("count.log_entries", count=self.log_entries),
            temporary=words.text("count.temporary_files", count=self.temporary),
            removed=words.text("purge.drafts_removed", count=removed) if removed else words.EMPTY,
            kept=words.text("purge.drafts_kept", count=kept) if kept else words.EMPTY).get(language)


def settings_file() -> Path:
    """The window's settings (QSettings, INI) as a path, for the command line to read without Qt."""
    return user_folders().settings_file


def clamp_days(value: object, default: int = DEFAULT_DAYS) -> int:
    try:
        days = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return days if MIN_DAYS <= days <= MAX_DAYS else default


def configured_days() -> int:
    """The period set in Settings, else DEFAULT_DAYS (also `Preferences.retention_days`)."""
    return clamp_days(read_ini(settings_file()).get(f"{SETTINGS_SECTION}/{SETTINGS_KEY}", DEFAULT_DAYS))


def _older(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except OSError:
        return False


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False


def _purge_responses(root: Path, cutoff: float) -> int:
    removed = 0
    if not root.is_dir():
        return 0
    for path in root.glob("*/*.json"):
        if _older(path, cutoff) and _remove(path):
            removed += 1
    for folder in root.iterdir():
        if folder.is_dir():
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
    return removed


def _purge_temporary(root: Path, now: float) -> int:
    removed = 0
    if not root.is_dir():
        return 0
    for path in root.rglob(".*.tmp"):
        old = _TEMP.match(path.name) and path.is_file() and _older(path, now - TEMP_AGE_SECONDS)
        if old and _remove(path):
            removed += 1
    return removed


def _purge_log(log: Path, cutoff: float) -> int:
    """Drop the entries older than `cutoff`; a traceback's lines go with their entry."""
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    except FileNotFoundError:
        return 0
    kept: list[str] = []
    dropped = 0
    keeping = True
    for line in lines:
        stamp = _LOG_TIME.match(line)
        if stamp:
            try:
                keeping = time.mktime(time.strptime(stamp[1], "%Y-%m-%d %H:%M:%S")) >= cutoff
            except ValueError:
                keeping = True
            dropped += not keeping
        if keeping:
            kept.append(line)
    if dropped:
        write_text_atomic(log, "".join(kept), private=True)
    return dropped


def purge(days: int, *, now: float | None = None,
          ask_draft: Callable[[drafts.DraftInfo], bool] | None = None) -> PurgeResult:
    """Remove the app's own personal data older than `days` (see the module docstring).

    `ask_draft(info)`: asked about each old draft no window owns; True removes it. Without it
    (the automatic purge at start) no draft is ever removed."""
    now = time.time() if now is None else now
    cutoff = now - days * 86400.0
    root = data_dir()
    result = PurgeResult()
    result.temporary = _purge_temporary(root, now)
    result.responses = _purge_responses(root / "responses", cutoff)
    result.log_entries = _purge_log(root / "logs" / "desktop-app.log", cutoff)
    for info in drafts.list_drafts():
        if info.live or not _older(info.path, cutoff):
            continue
        if ask_draft is not None and ask_draft(info):
            drafts.remove_draft(info.id)
            result.drafts_removed += 1
        else:
            result.drafts_kept.append(info)
    return result
