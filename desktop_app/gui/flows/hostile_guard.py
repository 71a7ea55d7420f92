"""The window's guards against hostile files and faults (issue 10), kept out of main_window.py.

- a review file is read on the IO worker with each source it names hashed (core/desk.py
  `load_review`): a source that is not the file the review was made from is reported here
  (`refuse_unverified`), never shown (`Session.withheld`) and nothing is sent for it.
- `guard_close_save`: a save that fails while the window closes keeps the window open.
- `show_draft_failure`: a draft that cannot be written (disk full) is said to the clerk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ...core.errors import AppError
from .. import i18n

if TYPE_CHECKING:
    from ..state.session import Session
    from ..widgets.message_bar import MessageBar


class _Told(Protocol):
    """What these guards use of the window (or of gui/window/flow_services.py's services)."""

    message_bar: MessageBar


class _Guarded(_Told, Protocol):
    session: Session

log = logging.getLogger(__name__)


def source_warning(problems: list[str]) -> str:
    names = ", ".join(Path(p).name for p in problems)
    return i18n.tr("{names}: not the file this review was made from (other bytes, or missing), so it is not "
                   "shown and nothing is sent for it. The fields beside it are the review's own. To see the "
                   "image, put the original file back where the review names it and "
                   "open the review again.").format(names=names)


def refuse_unverified(window: _Guarded) -> bool:
    """True (and said) when the open review names a source that is not its file: nothing is sent."""
    problems = window.session.source_problems
    if problems:
        window.message_bar.show_message(source_warning(problems), "error")
    return bool(problems)


def guard_close_save(save: Callable[[], bool], window: _Told) -> bool:
    """`save()`, but an unexpected failure keeps the window open and is said (never a lost close)."""
    try:
        return save()
    except Exception as exc:  # noqa: BLE001 - the work stays open; the traceback goes to the log
        log.exception("save while closing failed")
        error = exc if isinstance(exc, AppError) else AppError("file.write", type(exc).__name__)
        window.message_bar.show_message(i18n.tr("The review could not be saved, so the window stays open: "
                                                "{message}").format(message=error.message(i18n.language())),
                                        "error")
        return False


def show_draft_failure(window: _Told, error: AppError) -> None:
    window.message_bar.show_message(i18n.tr("The draft of this review could not be kept (your work is still "
                                            "open; save it): {message}").format(
                                                message=error.message(i18n.language())),
                                    "error")
