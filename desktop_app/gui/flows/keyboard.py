"""The review keys on the field list and the value editor, safe with Thai input methods.

An event filter on the list (QTableView), on the page image (the canvas) and on the value editor
(QLineEdit):

- list and image: Enter confirms and moves on, Shift+Enter confirms and stays, Tab / Shift+Tab move, F2 edits,
  typing a character (or an input method's commit string, or the start of a composition) starts
  editing with that text;
- editor: Enter commits (or confirms) and moves on, Shift+Enter commits and stays, Escape cancels,
  Tab / Shift+Tab commit and move. While an input method is composing (a non-empty pre-edit string
  has arrived and no commit yet), none of these keys acts: they belong to the input method (one
  that reaches the editor anyway is dropped, so it cannot commit half a word or move the focus).
- The editor's own undo (Ctrl+Z) only applies to text being typed; with nothing typed, Ctrl+Z and
  Ctrl+Shift+Z go to the document's undo stack (the window's actions).

Shortcuts elsewhere are all modifier-based or function keys, so no printable key ever fires an
action while a value is being typed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


class Flow(Protocol):
    """What the keys ask of the review flow (gui/flows/review_flow.py)."""

    def confirm_and_next(self) -> None: ...
    def confirm_and_stay(self) -> None: ...
    def move(self, delta: int) -> None: ...
    def start_edit(self, text: str | None) -> bool: ...
    def cancel_edit(self) -> None: ...
    def has_pending_edit(self) -> bool: ...


def typed_text(event: QKeyEvent) -> str:
    """The printable text a key press types, or "" (command keys, control characters)."""
    if event.modifiers() & _COMMAND_MODIFIERS:
        return ""
    text = event.text()
    return text if text and text.isprintable() else ""


def _plain(event: QKeyEvent) -> bool:
    return not event.modifiers() & (_COMMAND_MODIFIERS | Qt.KeyboardModifier.ShiftModifier)


def _shift_only(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == Qt.KeyboardModifier.ShiftModifier


class ReviewKeys(QObject):
    def __init__(self, flow: Flow, table: QWidget, editor: QLineEdit, parent: QObject | None = None,
                 also: tuple[QWidget, ...] = ()) -> None:
        """`also`: other widgets that take the list's keys (the page image), so that a clerk who
        clicked a box can type, press Enter or Tab without first clicking the list."""
        super().__init__(parent)
        self._flow = flow
        self._views = (table, *also)
        self._editor = editor
        self._composing = False
        self._document_keys: list[QKeySequence] | None = None  # undo and redo (the document's)
        for view in self._views:
            view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
            view.installEventFilter(self)
        editor.installEventFilter(self)

    @property
    def composing(self) -> bool:
        """True while an input method shows a pre-edit string in the editor."""
        return self._composing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._editor:
            if kind == QEvent.Type.InputMethod:
                self._composing = bool(event.preeditString())  # type: ignore[attr-defined]
                return False
            if kind == QEvent.Type.FocusOut:
                self._composing = False
                return False
            if kind == QEvent.Type.ShortcutOverride:
                return self._editor_shortcut_override(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.KeyPress:
                return self._editor_key(event)  # type: ignore[arg-type]
            return False
        if watched in self._views:
            if kind == QEvent.Type.KeyPress:
                return self._table_key(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.InputMethod:
                return self._table_input_method(event)  # type: ignore[arg-type]
        return False

    # --- the list ----------------------------------------------------------------------------------
    def _table_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER and _plain(event):
            self._flow.confirm_and_next()
            return True
        if key in _ENTER and _shift_only(event):
            self._flow.confirm_and_stay()
            return True
        if key == Qt.Key.Key_Tab and _plain(event):
            self._flow.move(+1)
            return True
        if key == Qt.Key.Key_Backtab:
            self._flow.move(-1)
            return True
        if key == Qt.Key.Key_F2 and _plain(event):
            return self._flow.start_edit(None)
        text = typed_text(event)
        if text:
            return self._flow.start_edit(text)
        return False

    def _table_input_method(self, event: QInputMethodEvent) -> bool:
        """Thai (or any) input method text arriving at the list starts editing with it."""
        commit, preedit = event.commitString(), event.preeditString()
        if not commit and not preedit:
            return False
        if not self._flow.start_edit(commit):
            return False
        if preedit:  # a composition began on the list: let it go on in the editor
            forwarded = QInputMethodEvent(preedit, event.attributes())
            QApplication.sendEvent(self._editor, forwarded)
        return True

    # --- the editor ------------------------------------------------------------------------------
    def _editor_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if self._composing:
            # The input method owns Enter, Escape and Tab while composing; one that still reaches
            # the editor must neither commit, cancel nor move the focus in the middle of a word.
            return key in (*_ENTER, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if key in _ENTER and _plain(event):
            self._flow.confirm_and_next()
            return True
        if key in _ENTER and _shift_only(event):
            self._flow.confirm_and_stay()
            return True
        if key == Qt.Key.Key_Escape and _plain(event):
            self._flow.cancel_edit()
            return True
        if key == Qt.Key.Key_Tab and _plain(event):
            self._flow.move(+1)
            return True
        if key == Qt.Key.Key_Backtab:
            self._flow.move(-1)
            return True
        return False

    def _editor_shortcut_override(self, event: QKeyEvent) -> bool:
        """Let Ctrl+Z / Ctrl+Shift+Z reach the document's undo stack when nothing is being typed
        (QLineEdit would otherwise claim them for its own, empty, undo history)."""
        if self._composing or self._flow.has_pending_edit():
            return False
        if self._document_keys is None:  # the platform's undo and redo keys, looked up once
            self._document_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                                   *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                   QKeySequence("Ctrl+Shift+Z")]
        combo = QKeySequence(event.keyCombination())
        # not accepted by the editor: the window's shortcut fires
        return any(combo.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in self._document_keys)
