"""The window's start, split at its first paint (issue 12: start to mapped window).

Before the first paint the window only makes what the clerk sees; its hidden docks and the commands
reached only through a menu are made in the first turn after it (gui/window/late_parts.py). The
service shown first is the
one asked for on the command line, else the last one used, else the demo: no keyring. After the
first paint the keyring is asked on the IO worker (its import and a D-Bus call were a fifth of a
second before anything showed) and the start's full choice (`choose_provider`) replaces the first
one, unless the clerk or a document opened meanwhile chose another; then the work queued with
`later` runs (the drafts offer, the purge, files from the command line: gui/window/app.py). Last,
in a turn of its own, what the start made is moved out of the garbage collector's later scans
(core/heap.py `settle`): a full collection no longer walks the window's own objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from ...core import heap
from ...core.errors import AppError

DEMO = "demo"
_AT_THE_LATEST_MS = 2000


def choose_provider(requested: str | None, saved: str | None, available: Sequence[str],
                    with_key: Sequence[str]) -> str:
    """The provider at start: the one asked for, else the last one used, else the first with a key;
    with no key configured anywhere, the demo. `with_key`: the real providers that have their key."""
    if requested:
        return requested
    if not with_key:
        return DEMO
    if saved and saved in available:
        return saved
    return with_key[0]


def first_choice(requested: str | None, saved: str | None, available: Sequence[str]) -> str:
    """`choose_provider` before the keyring is asked: the last one used stands for it."""
    if requested:
        return requested
    return saved if saved and saved in available else DEMO


def keyed(providers: Sequence[Any] | None = None) -> list[str]:
    """The real providers whose key is configured (environment or keyring): worker-thread work.
    `providers`: by default every one that loads (their modules are loaded here, not at start)."""
    from ...core.secrets import has_credentials

    if providers is None:
        from ..widgets.provider_bar import available_providers

        providers = available_providers()
    return [p.id for p in providers if p.id != DEMO and has_credentials(p)]


class _FirstPaint(QObject):
    """Calls `callback` once, from the event loop, after `window`'s first paint."""

    def __init__(self, window: QObject, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # once this paint is on the screen
        return False

    def _fire(self) -> None:
        self.deleteLater()
        self._callback()


class WindowStart:
    """The provider chosen at start, and the work that waits for the first paint."""

    def __init__(self, window: Any, requested: str | None) -> None:
        """`window`: the MainWindow being made (its settings, provider bar and IO worker exist)."""
        from ..widgets.provider_bar import listed_providers

        self.window = window
        self.painted = False
        self.settled = False  # the keyring was asked and the start's choice made
        self._later: list[Callable[[], object]] = []
        self._ids = [p.id for p in listed_providers()]
        self._requested = requested
        self._saved = window.settings.provider_id
        self._first = first_choice(requested, self._saved, self._ids)
        window.provider_bar.set_provider_id(self._first)
        _FirstPaint(window, self._after_paint)
        # a window never painted (started minimised, a platform without paint events) still starts
        QTimer.singleShot(_AT_THE_LATEST_MS, window, self._after_paint)

    def later(self, work: Callable[[], object]) -> None:
        """Run `work` after the first paint (at once when that is past), each in its own turn of
        the event loop, in the order given."""
        if self.painted:
            QTimer.singleShot(0, self.window, work)
        else:
            self._later.append(work)

    def _after_paint(self) -> None:
        if self.painted:
            return
        self.painted = True
        if not self.window.isVisible():  # closed (or never shown) by now: nothing to start in it
            self._later.clear()
            QTimer.singleShot(0, heap.settle)
            return
        if self._requested:
            self.settled = True
        else:
            self.window.io.submit(keyed, self._keyed)
        for work in self._later:
            QTimer.singleShot(0, self.window, work)
        self._later.clear()
        # after the start's own work (its objects too); not bound to the window: the collector runs
        # again even if the window is gone by then
        QTimer.singleShot(0, heap.settle)
        # the parts not seen at start, in this very turn: before the work just queued, a key or a
        # queued open can ask for them. If they cannot be made, that work still runs.
        self.window.late  # noqa: B018 - made when asked for (gui/window/late_parts.py)

    def _keyed(self, with_key: list[str] | None, error: AppError | None) -> None:
        bar = self.window.provider_bar
        if with_key is not None and bar.provider_id() == self._first:  # nobody chose another meanwhile
            chosen = choose_provider(None, self._saved, self._ids, with_key)
            if chosen != self._first:
                bar.set_provider_id(chosen)
        self.settled = True
