"""The one state of a value being typed: which field the editor's text belongs to and what the
editor was filled with. Typed text is pending while it differs from both that and the field's
value; `commit` puts it into the document through the session (one undoable edit), `cancel` puts
the field's value back in the editor. Both the editor under the magnifier and the list's in-place
cell editor (`ValueDelegate`, committed first) end here, so nothing typed is lost silently and a
change made elsewhere (an undo, an accepted suggestion) is never mistaken for typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from ..state.session import Session


class PendingEdit:
    def __init__(self, session: Session, editor: QLineEdit,
                 before: Callable[[], None] = lambda: None) -> None:
        """`before`: called first by `commit` (the list's open cell editor commits its text)."""
        self._session = session
        self._editor = editor
        self._before = before
        self.where: tuple[int, int] | None = None  # (page, field) the editor's text belongs to
        self.shown = ""  # what the editor was filled with

    def fill(self, where: tuple[int, int] | None, text: str = "") -> None:
        """The editor now shows field `where` (None: no field) with `text`."""
        self.where = where
        self.shown = text
        if where is not None:
            self._editor.setText(text)

    def show_instead(self, text: str) -> None:
        """The editor shows `text` in place of the value (presentation mode's masked form)."""
        self.shown = text
        self._editor.setText(text)

    def forget(self) -> None:
        self.where = None

    def pending(self) -> bool:
        """True while the editor holds text the clerk typed that is not yet in the document."""
        if self.where is None or self._session.document is None:
            return False
        try:
            value = self._session.field(*self.where).value or ""
        except IndexError:
            return False
        text = self._editor.text()
        return text != self.shown and text != value

    def commit(self) -> bool:
        """Put what was typed into the document; False when nothing was pending."""
        self._before()
        if not self.pending():
            return False
        assert self.where is not None
        page, index = self.where
        self._session.set_value(page, index, self._editor.text())  # the session records who
        return True

    def cancel(self) -> None:
        """The typed text goes away; the editor shows the field's value again."""
        if self.where is None:
            return
        try:
            self.shown = self._session.field(*self.where).value or ""
        except IndexError:
            pass
        self._editor.setText(self.shown)
