"""Signed-off reviews the team database has not accepted yet, remembered on disk.

The window keeps a review it could not submit (the connection was lost) and submits it when the
connection returns. The list of such files lives in `FOLDER/pending/` (one small marker per review
file, naming it), so a window closed meanwhile hands them to the next one: nothing stays unsent.
A resubmission is harmless (`team.submit_once`: the same file again is the same submission).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..atomic import write_text_atomic
from ..paths import private_dir


def _marker(folder: Path, review: Path) -> Path:
    name = hashlib.sha256(str(review).encode("utf-8")).hexdigest()[:32]
    return private_dir(folder / "pending") / f"{name}.path"


def remember(folder: Path, review: Path) -> None:
    write_text_atomic(_marker(folder, review), str(review), private=True)


def forget(folder: Path, review: Path) -> None:
    _marker(folder, review).unlink(missing_ok=True)


def kept(folder: Path) -> list[Path]:
    """The review files still to submit (those that no longer exist are forgotten)."""
    where = folder / "pending"
    found: list[Path] = []
    for marker in sorted(where.glob("*.path")) if where.is_dir() else []:
        review = Path(marker.read_text(encoding="utf-8").strip())
        if review.is_file():
            found.append(review)
        else:
            marker.unlink(missing_ok=True)
    return found
