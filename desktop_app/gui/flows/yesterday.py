"""Yesterday's work is visible: an image with a review file beside it opens that review, and a
signed-off review is never replaced without naming it (by whom, when), Cancel being the default.

Which review file opens instead of the bare image is the core's (core/desk.py `review_beside`,
`load_review`: only one made from this very file; another scan under the same name is shown bare,
and that review is never saved over);
`signoff_at(target)` (on the IO worker: Ctrl+S goes on while it reads) and `signed_off_by(target, io)`
(the window waits: a save that must finish) read an existing review file and say who signed it
off and when (None when it is not signed off, or cannot be read: the save's own probe then
reports a damaged file); `ask_replace_signed` is the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ...core import reviewfile
from ...core.model import ReviewInfo, ReviewStatus
from .. import i18n
from ..widgets import buttons
from ..workers.io_worker import IoWorker


@dataclass(frozen=True)
class SignedOff:
    by: str
    at: str  # as recorded (ISO 8601)

    @property
    def when(self) -> str:
        """"2026-11-30 16:42": what a clerk reads."""
        return self.at[:16].replace("T", " ") if len(self.at) >= 16 else self.at


def signoff_of(review: ReviewInfo) -> SignedOff | None:
    if review.status != ReviewStatus.REVIEWED:
        return None
    entry = next((h for h in reversed(review.history) if h.action == "signoff"), None)
    by = review.reviewer or (entry.by if entry is not None else "")
    at = entry.at if entry is not None else (review.updated or "")
    return SignedOff(by or "?", at or "?")


def signoff_at(target: Path) -> SignedOff | None:
    """On the IO worker: who signed off the review file at `target` (None: nobody)."""
    return signoff_of(reviewfile.load(target).review)


def signed_off_by(target: Path, io: IoWorker) -> SignedOff | None:
    """Who signed off the review file at `target` (read on the IO worker; the window waits, as it
    does for a save that must finish)."""
    found: list[SignedOff | None] = []
    io.submit(lambda: signoff_at(target), lambda result, _e: found.append(result))
    io.flush()
    return found[0] if found else None


def ask_replace_signed(parent: QWidget | None, target: Path, signed: SignedOff) -> bool:
    """Replace a signed-off review? Cancel is the default (and Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, i18n.plain(i18n.tr("Replace a signed-off review?")),
                      i18n.tr("“{name}” was signed off by {by} on {when}.").format(
                          name=target.name, by=signed.by, when=signed.when),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(i18n.tr("Replacing it throws that review away. Cancel keeps it."))
    replace = box.addButton(i18n.tr("&Replace It"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    buttons.localize(box)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setObjectName("ReplaceSignedQuestion")
    box.exec()
    return box.clickedButton() is replace
