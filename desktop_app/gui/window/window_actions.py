"""The window's commands, menus and toolbars, built from the action table (gui/window/action_table.py).

`WindowActions` makes one QAction per command row (its keys, key repeat, checkable, menu role),
the menu bar's menus and the two toolbars, in the table's order; it writes every text and tooltip
again when the language changes, and enables commands by the table's rules. Owners connect the
commands they carry out (`actions["run"].triggered.connect(...)`) and put their submenus, dock
toggles and toolbar widgets where the table's slots say (`place`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from .. import i18n
from .action_table import ACTIONS, BUSY, DOCUMENT, IDLE, MENUS, TOOLBARS, Act

TOOLBAR_NAMES = {"main": "MainToolBar", "view": "ViewToolBar"}
_AT_START = {IDLE: True, BUSY: False, DOCUMENT: False}  # `update_enabled`'s rule, idle with no document


def native(keys: str) -> str:
    """A portable key text ("Ctrl+Enter") as the platform writes it; text Qt cannot read stays."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


def key_texts(spec: Act) -> list[str]:
    """The keys of `spec` as menus, tooltips and the sheet write them, the shown one first. A
    Return bound beside its Enter is one key to the clerk: written once, as Enter."""
    if spec.shown:  # "Tab / Shift+Tab"; a pattern ("Alt+1 … Alt+{n}") stays as it is
        parts = spec.shown.split(" / ")
        return [spec.shown if "{" in spec.shown else " / ".join(native(p) for p in parts)]
    keys = [k for k in spec.keys if not ("Return" in k and k.replace("Return", "Enter") in spec.keys)]
    return [native(k) for k in keys]


def tooltip(spec: Act) -> str:
    """The command's text, with its key in brackets when it has one."""
    text = i18n.plain(spec.text()) if spec.text is not None else ""
    keys = key_texts(spec)
    return f"{text} ({keys[0]})" if keys else text


def _text(spec: Act) -> str:
    """The command's menu text (a key pattern after a tab when the table shows one)."""
    if spec.text is None:
        return ""
    return spec.text() + (f"\t{spec.shown}" if spec.shown else "")


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.toolbars: dict[str, QToolBar] = {}
        # slot id -> where, and the action its parts go before (None: at the end)
        self._slots: dict[str, tuple[QMenu | QToolBar, QAction | None]] = {}
        self._open_slots: dict[str, str] = {}  # toolbar id -> its slot still waiting for a next action
        bar = window.menuBar()
        for menu_id, title in MENUS:
            self.menus[menu_id] = bar.addMenu(i18n.tr(title))
        for toolbar_id in TOOLBARS:
            toolbar = QToolBar(window)
            toolbar.setObjectName(TOOLBAR_NAMES[toolbar_id])
            toolbar.setMovable(False)
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            window.addToolBar(toolbar)
            self.toolbars[toolbar_id] = toolbar
        for spec in ACTIONS:
            if spec.kind == "slot":
                self._add_slot(spec)
            elif spec.keys or spec.menu or spec.toolbar:
                self._add_action(spec)

    def _add_action(self, spec: Act) -> None:
        # the text set before the action joins any widget is no event to them; not given to the
        # constructor: its QIcon overload made PySide load QIcon (~150 enum members, issue 12)
        action = QAction(self.window)
        action.setText(_text(spec))
        action.setObjectName(f"act_{spec.id}")
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setAutoRepeat(spec.auto_repeat)
        action.setCheckable(spec.checkable)
        if spec.role == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        # texts and state before the action joins its widgets: each later change is an event to
        # every one of them (~430 before the first paint, issue 12)
        self._write_texts(spec, action)
        action.setEnabled(_AT_START.get(spec.enabled, True))
        self.window.addAction(action)  # its keys work wherever the focus is in the window
        if spec.menu:
            menu = self.menus[spec.menu]
            if spec.separator:
                menu.addSeparator()
            menu.addAction(action)
        if spec.toolbar:
            self.toolbars[spec.toolbar].addAction(action)
            slot = self._open_slots.pop(spec.toolbar, None)
            if slot is not None:
                self._slots[slot] = (self.toolbars[spec.toolbar], action)
        self.actions[spec.id] = action

    def _add_slot(self, spec: Act) -> None:
        if spec.toolbar:  # a toolbar slot follows a separator; no hidden marker (it would be a button)
            toolbar = self.toolbars[spec.toolbar]
            toolbar.addSeparator()
            self._slots[spec.id] = (toolbar, None)
            self._open_slots[spec.toolbar] = spec.id
            return
        menu = self.menus[spec.menu]
        if spec.separator:
            menu.addSeparator()
        marker = QAction(self)
        marker.setVisible(False)
        menu.addAction(marker)
        self._slots[spec.id] = (menu, marker)

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def menu(self, menu_id: str) -> QMenu:
        return self.menus[menu_id]

    def place(self, slot_id: str, thing: QMenu | QAction | QWidget) -> None:
        """Put a submenu, a dock's toggle or a toolbar widget where the table's slot `slot_id` is."""
        where, marker = self._slots[slot_id]
        if isinstance(where, QToolBar):
            assert isinstance(thing, QWidget)
            if marker is None:
                where.addWidget(thing)
            else:
                where.insertWidget(marker, thing)
        elif isinstance(thing, QMenu):
            if marker is None:
                where.addMenu(thing)
            else:
                where.insertMenu(marker, thing)
        elif isinstance(thing, QAction):
            if marker is None:
                where.addAction(thing)
            else:
                where.insertAction(marker, thing)

    def retranslate(self) -> None:
        for menu_id, title in MENUS:
            self.menus[menu_id].setTitle(i18n.tr(title))
        for spec in ACTIONS:
            action = self.actions.get(spec.id)
            if action is not None:
                self._write_texts(spec, action)

    @staticmethod
    def _write_texts(spec: Act, action: QAction) -> None:
        if spec.text is not None:
            action.setText(_text(spec))
            action.setToolTip(tooltip(spec))

    def update_enabled(self, *, busy: bool, document: bool) -> None:
        """Enable the commands whose table rule depends on the OCR run or the open document."""
        allowed = {IDLE: not busy, BUSY: busy, DOCUMENT: document}
        for spec in ACTIONS:
            if spec.enabled in allowed and spec.id in self.actions:
                self.actions[spec.id].setEnabled(allowed[spec.enabled])
