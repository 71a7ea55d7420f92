"""Saving the review from the window: Ctrl+S beside the image (or where it was loaded from), Save As,
the unsaved-changes question, and the files never written over: a signed-off review is named and
Cancel is its default; a newer or damaged file the window could not read is kept (`unloadable`).
Writing runs on the IO worker; the questions are the window's (tests replace them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ...core.errors import AppError
from ...core.lazy import lazy_module
from ...core.model import Document
from .. import i18n
from ..window.window_services import WindowServices
from . import hostile_guard

if TYPE_CHECKING:
    from ...core import reviewfile
    from . import yesterday
else:  # read when a save lands on a file already there, not at the window's start (issue 12)
    yesterday = lazy_module("desktop_app.gui.flows.yesterday")
    reviewfile = lazy_module("desktop_app.core.reviewfile")  # at the first save or open


class SaveQuestions(Protocol):
    def ask_unsaved(self) -> str: ...
    def ask_replace_signed(self, path: Path, signed: yesterday.SignedOff) -> bool: ...
    def ask_overwrite(self, path: Path) -> bool: ...
    def ask_save_path(self, default: Path | None) -> str: ...


Stamp = tuple[int, int, int, int]


def stamp_of(target: Path) -> Stamp | None:
    """Which file is at `target` (device, inode, size, modification time), None when none is."""
    try:
        st = os.stat(target)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def write_review(document: Document, target: Path, *, probe: bool, read_whole: Stamp | None = None) -> None:
    """On the IO worker: write the review file; with `probe`, an existing file at `target` that is
    newer or damaged is never written over (`FileFormatError`). `read_whole`: the file that was
    there when the sign-off probe read it whole: if it is still the one there, it is not read again
    (a big review took as long to read as to write, issue 12)."""
    if probe and (read_whole is None or stamp_of(target) != read_whole):
        reviewfile.ensure_replaceable(target, keep_clerk_work=False)
    reviewfile.save(document, target)


class SaveFlow:
    def __init__(self, services: WindowServices, questions: SaveQuestions) -> None:
        self.services = services
        self.questions = questions
        self.unloadable: dict[str, str] = {}  # review files that failed to load (-> error code): kept
        self.saving: Path | None = None
        self.probing: Path | None = None  # a Ctrl+S waiting to know who signed off the file there
        self.last_ok = False

    def save(self, *, wait: bool = False) -> bool:
        """Ctrl+S: save beside the image (or where it was loaded from), on the IO worker. True when
        the save was started (with `wait`: when it is written)."""
        s = self.services
        s.commit_pending()
        session = s.session
        if session.document is None:
            return False
        if not session.dirty and not reviewfile.has_clerk_work(session.document):
            # untouched (the queue's next document after Ctrl+Enter): no review file for it
            s.say(
                i18n.tr("Nothing saved: you have not worked on {name} yet (Ctrl+Enter signs it off)").format(
                    name=session.display_name()))
            return False
        target = session.default_save_path()
        if target is None or str(target) in self.unloadable:
            return self.save_as(wait=wait)
        replacing = session.review_path is None or session.fresh_result
        if not (replacing and target.exists()):
            return self._save_over(target, None, wait=wait)
        if wait:
            return self._save_over(target, yesterday.signed_off_by(target, s.io), wait=True)
        # Ctrl+S: who signed the file off is read on the IO worker while the window goes on (the
        # window waited for it: a tenth of a second with a big review, issue 12); the question and
        # the save follow when it is known, unless the clerk moved to another document meanwhile.
        document = session.document
        if self.probing == target:  # pressed again before the first press's question: one save
            return True
        self.probing = target

        def probe() -> tuple[yesterday.SignedOff | None, Stamp | None]:
            before = stamp_of(target)
            signed = yesterday.signoff_at(target)  # (a damaged or newer file: an error, no stamp)
            return signed, before if stamp_of(target) == before else None

        def probed(result: tuple[yesterday.SignedOff | None, Stamp | None] | None,
                   _error: AppError | None) -> None:
            self.probing = None
            signed, read_whole = result if result is not None else (None, None)
            if session.document is document and session.default_save_path() == target:
                self._save_over(target, signed, wait=False, read_whole=read_whole)

        s.io.submit(probe, probed)
        return True

    def _save_over(self, target: Path, signed: yesterday.SignedOff | None, *, wait: bool,
                   read_whole: Stamp | None = None) -> bool:
        """Save to `target` once who signed off the file there (`signed`, None: nobody) is known."""
        s = self.services
        if signed is not None:  # a signed-off review: named, and Cancel is the default
            if not self.questions.ask_replace_signed(target, signed):
                s.say(i18n.tr("Not saved: the signed-off review was kept"))
                return False
        elif s.session.review_path is None and target.exists() and not self.questions.ask_overwrite(target):
            return self.save_as(wait=wait)
        return self.save_to(target, wait=wait, read_whole=read_whole)

    def save_as(self, *, wait: bool = False) -> bool:
        self.services.commit_pending()
        if self.services.session.document is None:
            return False
        path = self.questions.ask_save_path(self.services.session.default_save_path())
        if not path:
            return False
        if not path.endswith(".json"):
            path += reviewfile.SUFFIX
        return self.save_to(Path(path), wait=wait)

    def save_to(self, path: Path, *, wait: bool = False, read_whole: Stamp | None = None) -> bool:
        s = self.services
        target = Path(os.path.abspath(path))
        if str(target) in self.unloadable:  # a newer or damaged file we could not read: keep it
            self.show_not_overwritten(AppError(self.unloadable[str(target)]))
            return False
        own_file = s.session.review_path == target
        pending = s.session.begin_save(target, reviewer=s.settings.reviewer_or_user())
        self.saving = target
        self.last_ok = False
        s.say(i18n.tr("Saving {path}…").format(path=str(target)))

        def done(_result: object, error: AppError | None) -> None:
            self.saving = None
            s.session.end_save(pending, error)
            self.last_ok = error is None
            if error is not None:
                self.show_not_overwritten(error)
                s.say(i18n.tr("Ready"))
                return
            s.settings.add_recent(target)
            s.say(i18n.tr("Saved {path}").format(path=str(target)))

        s.io.submit(lambda: write_review(pending.snapshot, target, probe=not own_file,
                                          read_whole=read_whole), done)
        if wait:
            s.io.flush()
            return self.last_ok
        return True

    def show_not_overwritten(self, error: AppError) -> None:
        text = error.message(i18n.language())
        if error.code in ("file.newer", "file.unreadable"):
            text = i18n.tr("{message} It is never saved over: keep your work with Save "
                           "As.").format(message=text)
        self.services.message_bar.show_message(text, "error")
        self.services.message_bar.code = error.code

    def maybe_keep_changes(self) -> bool:
        """Before the document goes away: True to go on (saved or discarded), False to stay."""
        self.services.commit_pending()
        if not self.services.session.dirty:
            return True
        choice = self.questions.ask_unsaved()
        if choice == "save":
            return hostile_guard.guard_close_save(lambda: self.services.save(wait=True), self.services)
        return choice == "discard"
