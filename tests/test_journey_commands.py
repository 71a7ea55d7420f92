"""The clerk finds every command and its key the same everywhere: the menu, the toolbar's tooltip
and the shortcut sheet (F1) write a key the same way, because all are built from one action table
(gui/window/action_table.py). No key is a bare letter: a Thai input method keeps every character."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop_app.gui import i18n
from desktop_app.gui.window import action_table

pytest_plugins = ["gui_helpers"]

NATIVE = QKeySequence.SequenceFormat.NativeText
COMMAND = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
           | Qt.KeyboardModifier.MetaModifier)


def menu_key_text(action: QAction) -> str:
    """The key a menu shows beside the action: the text after a tab, else its first shortcut (Qt's rule)."""
    text = action.text()
    if "\t" in text:
        return text.split("\t", 1)[1]
    return action.shortcut().toString(NATIVE)


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            found += menu_actions(action.menu())
        else:
            found.append(action)
    return found


def sheet_keys(window) -> list[str]:
    sheet = window.review.show_sheet()
    try:
        return [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    finally:
        sheet.close()


def test_the_sheet_shows_every_key_as_the_menu_writes_it(qtbot, make_window):
    window = make_window("demo")
    cells = sheet_keys(window)
    shown = {part for cell in cells for part in cell.split(" / ")}
    services = list(window.navigation.service_actions.values())
    keyed = [a for m in window.menuBar().actions() if m.menu() for a in menu_actions(m.menu())
             if menu_key_text(a) and a not in services]
    assert len(keyed) > 25
    for action in keyed:
        assert menu_key_text(action) in shown, (i18n.plain(action.text()), menu_key_text(action), cells)
    # the service keys: one line "Alt+1 … Alt+N" for the N services of the Service menu
    assert f"Alt+1 … Alt+{len(services)}" in cells
    numbers = range(1, len(services) + 1)
    assert [a.shortcut().toString(NATIVE) for a in services] == [f"Alt+{n}" for n in numbers]
    # and every other key the window binds is on the sheet too, as its menu writes it
    for action in window.findChildren(QAction):
        key = action.shortcut().toString(NATIVE)
        if key and action not in services:
            assert key in shown, (i18n.plain(action.text()), key)


def test_sign_off_is_written_ctrl_enter_everywhere(qtbot, make_window):
    window = make_window("demo")
    signoff = window.review.act_signoff
    assert menu_key_text(signoff) == "Ctrl+Enter"
    assert signoff.toolTip().endswith("(Ctrl+Enter)")
    assert "Ctrl+Enter" in sheet_keys(window)
    # both Enter keys still sign off; a held key signs off one document, not the next ones too
    assert {QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")} <= set(signoff.shortcuts())
    assert not signoff.autoRepeat()


def test_no_command_takes_a_bare_key_from_a_thai_input_method(qtbot, make_window):
    window = make_window("demo")
    function_keys = {getattr(Qt.Key, f"Key_F{n}") for n in range(1, 36)}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            for i in range(sequence.count()):
                combo = sequence[i]
                assert combo.keyboardModifiers() & COMMAND or combo.key() in function_keys, (
                    i18n.plain(action.text()), sequence.toString())


def test_tooltips_name_the_key_the_menu_shows(qtbot, make_window, settings):
    settings.language = "th"
    window = make_window("demo")
    toolbar_actions = [a for bar in window.findChildren(QToolBar) for a in bar.actions()
                       if a.isVisible() and not a.isSeparator() and bar.widgetForAction(a) is not None]
    assert {a.objectName() for a in toolbar_actions} >= {"act_open", "act_save", "act_run", "act_cancel",
                                                          "act_fit_page", "act_zoom_field"}
    for action in toolbar_actions:
        if not action.objectName():
            continue  # a toolbar widget (the service list, Threshold)
        key, text = menu_key_text(action), i18n.plain(action.text())
        assert action.toolTip() == (f"{text} ({key})" if key else text)
    assert window.act_run.toolTip() == "อ่าน OCR (Ctrl+R)"


def test_menus_and_toolbars_follow_the_action_table(qtbot, make_window):
    window = make_window("demo")
    titles = [i18n.plain(m.text()) for m in window.menuBar().actions()]
    assert titles == [i18n.plain(i18n.tr(key)) for _id, key in action_table.MENUS]
    for spec in action_table.ACTIONS:
        if spec.kind != "action" or not (spec.keys or spec.menu or spec.toolbar):
            continue
        action = window.commands[spec.id]
        assert action.isCheckable() == spec.checkable and action.autoRepeat() == spec.auto_repeat
        assert [QKeySequence(k) for k in spec.keys] == action.shortcuts()
        if spec.menu:
            assert action in window.commands.menu(spec.menu).actions(), spec.id
    # every row of the sheet is named once, and names a row the table has
    named = {spec.sheet for spec in action_table.ACTIONS if spec.sheet}
    assert sorted(action_table.SHEET_ORDER) == sorted(named)
    assert sorted(action_table.SHEET_TEXT) == sorted(named)  # and each has its words
    i18n.set_language("th")
    try:
        for key in named:
            assert i18n.tr(action_table.SHEET_TEXT[key]) != action_table.SHEET_TEXT[key]  # translated
    finally:
        i18n.set_language("en")
