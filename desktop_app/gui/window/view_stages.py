"""The views of a new document, brought up to date over successive turns of the event loop.

When the queue opens its first finished document by itself (gui/flows/batch_panel.py), the
window's views of it (the page and its boxes, the first field to review selected, the page strip,
the face, the menus) took ~7 ms of the GUI thread in the one turn that opened it, 35-45 ms while
the batch's threads shared the GIL (issue 12). In a staged open the session's document and the
field list (what an edit goes to) change at once; each other view follows in a turn of its own.

While a view is behind, nothing the clerk does reaches it: the first key, click, wheel or drop
brings every view up to date before it is delivered (a filter on the application, installed only
while views are behind), and so does a selection asked for in code (`MainWindow.select_field`).
A key is never lost and never goes to a view of the previous document.

From the staged open until the paint after its last view, the window is busy (`give_way`,
core/give_way.py): the queue's threads wait before their next step instead of sharing the GIL
and the cores with these turns (issue 12: a batch of 50 stalled the window 20-30 ms, ~11 ms so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from shiboken6 import isValid

from ...core.give_way import GiveWay
from ..state.session import Session
from ..workers.next_turn import after_paint

_INPUT = frozenset({
    QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease,
    QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.DragEnter, QEvent.Type.Drop,
    QEvent.Type.ContextMenu, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class ViewStages(QObject):
    """The window's slots for `documentChanged` (in the order connected): all at once, or in a
    staged open one per turn, then the field list's paint (`after_views`) in a turn of its own."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Callable[[], object]] = []
        self._behind: list[Callable[[], object]] = []  # the views still showing the previous document
        self._last: list[Callable[[], object]] = []  # after every view: the field list's paint
        self._staging = False
        self._filtering = False
        self._scheduled = False
        self._in_stage = False  # a view's own selection (the review flow's first field) waits its turn
        self.give_way = GiveWay()
        self._done_scheduled = False
        session.documentChanged.connect(self._on_document_changed)

    def add(self, slot: Callable[[], object]) -> None:
        self._slots.append(slot)

    @property
    def behind(self) -> bool:
        """Some view still shows the previous document."""
        return bool(self._behind)

    @property
    def staging(self) -> bool:
        """Inside `staged`: what is shown of the document opened should wait for its views."""
        return self._staging

    @contextmanager
    def staged(self) -> Iterator[None]:
        """A document opened inside: its views follow in the next turns (not in this one)."""
        self._staging = True
        self.give_way.busy(self)
        try:
            yield
        finally:
            self._staging = False
            self._schedule()  # nothing opened (or all shown): the window is done after this paint

    def after_views(self, receiver: QObject, work: Callable[[], object]) -> None:
        """`work` in a later turn; in a staged open, in the turn after the last view's."""
        if self._staging:
            self._last.append(lambda: work() if isValid(receiver) else None)
        else:
            after_paint(receiver, work)

    def catch_up(self) -> None:
        """Every view up to date, now (called from a view being brought up to date: in order)."""
        if self._in_stage:
            return
        while self._behind:
            self._run(self._behind.pop(0))
        self._unfilter()
        self._schedule()  # the list's paint: still a turn of its own

    def _run(self, slot: Callable[[], object]) -> None:
        # No application-wide Python filter while a view builds Qt objects: every event of an
        # object being built went to it, and PySide crashed wrapping the half-built object
        # (a label's text control: SIGSEGV in QLabel::setText, 3 runs in 40 of a queue journey).
        self._unfilter()
        self._in_stage = True
        try:
            slot()
        finally:
            self._in_stage = False
            if self._behind:
                self._filter()

    def _on_document_changed(self) -> None:
        if not self._staging:
            self._behind.clear()  # each view reads the session's document when it runs: one run
            self._unfilter()
            for slot in self._slots:
                slot()
            self._schedule()
            return
        self._behind = list(self._slots)
        self._schedule()
        self._filter()

    def _filter(self) -> None:
        if not self._filtering and (app := QCoreApplication.instance()) is not None:
            app.installEventFilter(self)
            self._filtering = True

    def _schedule(self) -> None:
        if (self._behind or self._last) and not self._scheduled:
            self._scheduled = True
            after_paint(self, self._next)
        elif not self._behind and not self._last and self.give_way.holds(self) and not self._done_scheduled:
            self._done_scheduled = True
            after_paint(self, self._done)

    def _done(self) -> None:
        self._done_scheduled = False
        if self._behind or self._last or self._staging:
            return  # another open began: its own last turn says done
        self.give_way.done(self)

    def _next(self) -> None:
        self._scheduled = False
        if self._behind:
            self._run(self._behind.pop(0))
        elif self._last:
            self._last.pop(0)()
        if not self._behind:
            self._unfilter()
        self._schedule()

    def _unfilter(self) -> None:
        if self._filtering and (app := QCoreApplication.instance()) is not None:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if self._behind and event.type() in _INPUT:
            self.catch_up()
        return False  # delivered as it came, to views up to date
