"""A splitter that is not laid out again when nothing it lays out changed.

Every time a label in the field editor gets a new text (the title, what the OCR read, the check
lines: after every Enter), Qt lays the editor out and then asks its parent to lay out again,
whether or not the editor's size hints changed; the splitter above it then lays out the field
panel, which asks the window (issue 12: 0.3 ms of every Enter). The splitter's layout depends only
on its children's size hints, limits, policies and visibility: when none of them changed since
it was last laid out, the request is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter


class QuietSplitter(QObject):
    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._laid_out: tuple[object, ...] | None = None
        self.dropped = 0  # layout requests dropped (for tests)
        splitter.installEventFilter(self)

    def _constraints(self) -> tuple[object, ...]:
        splitter = self._splitter
        parts: list[object] = [splitter.orientation(), splitter.count()]
        for i in range(splitter.count()):
            w = splitter.widget(i)
            if w is None:
                continue
            policy = w.sizePolicy()
            parts += [w.isHidden(), w.sizeHint().toTuple(), w.minimumSizeHint().toTuple(),
                      w.minimumSize().toTuple(), w.maximumSize().toTuple(), policy.horizontalPolicy(),
                      policy.verticalPolicy(), policy.retainSizeWhenHidden()]
        return tuple(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._splitter or event.type() != QEvent.Type.LayoutRequest:
            return False
        constraints = self._constraints()
        if constraints == self._laid_out:
            self.dropped += 1
            return True
        self._laid_out = constraints
        return False
