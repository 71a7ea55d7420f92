"""What a batch left out of a folder, and why: every file a clerk gave is read or said to be unread.

`expand_with_skipped(paths)` is `core.batch.expand_inputs` plus the list of what was passed over in
each folder: hidden files, folders inside it (not opened), review files, FIFOs and devices, and
files of a kind the
engine does not read (named by their suffix). The window's queue and `desktop-app ocr --out-dir`
both list them, one line each, in the clerk's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import words
from .files import is_special
from .pages import folder_files, is_supported
from .reviewfile import SUFFIX as REVIEW_SUFFIX

# Why a file was left out: each one's sentence is `skipped.<reason>` in core/words_cli.py.
REASONS: tuple[str, ...] = ("hidden", "folder", "review", "kind", "special")


@dataclass(frozen=True)
class Skipped:
    """A file left out of a folder's scan, and why."""

    path: Path
    reason: str  # one of REASONS

    def why(self, language: str = "en") -> str:
        kind = self.path.suffix.lower() or words.text("skipped.no_extension")
        return words.text(f"skipped.{self.reason}", kind=kind).get(language)

    def line(self, language: str = "en") -> str:
        return f"{self.path.name}: {self.why(language)}"


def skipped_in(folder: Path) -> list[Skipped]:
    """What `pages.folder_files(folder)` leaves out, sorted by name."""
    left: list[Skipped] = []
    for path in sorted(Path(folder).iterdir(), key=lambda p: p.name):
        if path.name.startswith("."):
            left.append(Skipped(path, "hidden"))
        elif path.is_dir():
            left.append(Skipped(path, "folder"))
        elif is_special(path):  # a FIFO or a device: never read (core/files.py)
            left.append(Skipped(path, "special"))
        elif path.name.endswith(REVIEW_SUFFIX):
            left.append(Skipped(path, "review"))
        elif not is_supported(path):
            left.append(Skipped(path, "kind"))
    return left


def expand_with_skipped(paths: Sequence[Path]) -> tuple[list[Path], list[Skipped]]:
    """Files as given; a folder becomes its supported files, sorted by name; plus what was skipped."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files.extend(folder_files(path))
            skipped.extend(skipped_in(path))
        else:
            files.append(path)
    return files, skipped
