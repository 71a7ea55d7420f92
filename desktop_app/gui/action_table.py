"""Every command of the main window in one table: its text, keys, menu, toolbar, row of the shortcut
sheet, key repeat and when it is enabled (its tooltip is its text with its key). The menus, the
toolbars, the tooltips and the shortcut sheet are all built from it (gui/window_actions.py,
gui/shortcut_sheet.py), so they cannot disagree. The modules that own a command connect its
`triggered` (or `toggled`) signal; none makes its own QAction for a command listed here.

Keys are written portably ("Ctrl+Shift+S"); the first is the one menus and tooltips show, the
others are bound too. Where Return and Enter are both bound, Enter comes first: that is the key's
name on the clerk's keyboard. Thai input methods must keep every letter: no key here is a bare
letter, digit or sign (a test checks) — Enter, Tab, F2 and Escape on the field list and the value
editor belong to gui/keyboard.py and are only *shown* (`shown`).

Rows without keys and without a menu are lines of the shortcut sheet only. Rows of kind "slot"
mark where an owner puts a submenu or a dock's toggle (`WindowActions.place`).

Texts are `t("...")` calls with literal keys, made when the window speaks (the language can change);
sheet rows are i18n keys, shown in English and Thai side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .i18n import t

# menu id -> i18n key of its title, in the menu bar's order
MENUS: tuple[tuple[str, str], ...] = (
    ("file", "menu.file"),
    ("edit", "menu.edit"),
    ("ocr", "menu.ocr"),
    ("service", "menu.service"),
    ("view", "menu.view"),
    ("review", "menu.review"),
    ("help", "menu.help"),
)
TOOLBARS = ("main", "view")  # object names "MainToolBar", "ViewToolBar" (gui/toolbar_fit.py)

# Enabled rules the window evaluates (WindowActions.update_enabled); "" = always, or its owner decides.
IDLE = "idle"  # no OCR request under way
BUSY = "busy"  # an OCR request under way (it can be cancelled)
DOCUMENT = "document"  # a document is open


@dataclass(frozen=True)
class Act:
    id: str
    text: Callable[[], str] | None = None  # the menu / toolbar text (the tooltip too, with its key)
    keys: tuple[str, ...] = ()  # bound shortcuts; the first is the one shown
    shown: str = ""  # keys shown in the menu and the sheet, handled by gui/keyboard.py (not bound)
    menu: str = ""  # menu id (MENUS); "" = no menu entry (a key only, or a sheet line only)
    separator: bool = False  # a separator before it in its menu
    toolbar: str = ""  # TOOLBARS id
    sheet: str = ""  # i18n key of its shortcut sheet row; rows naming the same key are one line
    auto_repeat: bool = True  # False: a held key fires once (e.g. each repeat would sign off a document)
    checkable: bool = False
    enabled: str = ""  # IDLE, BUSY, DOCUMENT or "" (always, or the owner decides)
    role: str = ""  # "about": the platform's About entry (QAction.MenuRole)
    kind: str = "action"  # "action" or "slot" (a submenu or dock toggle placed by its owner)


ACTIONS: tuple[Act, ...] = (
    # --- File ---
    Act("open", lambda: t("act.open"), ("Ctrl+O",), menu="file", toolbar="main", sheet="keys.open"),
    Act("open_folder", lambda: t("act.open_folder"), ("Ctrl+Shift+O",), menu="file",
        sheet="keys.open_folder"),
    Act("samples", menu="file", kind="slot"),  # gui/sample_menu.py
    Act("recent", menu="file", kind="slot"),  # gui/open_flow.py
    Act("save", lambda: t("act.save"), ("Ctrl+S",), menu="file", separator=True, toolbar="main",
        sheet="keys.save", enabled=DOCUMENT),
    Act("save_as", lambda: t("act.save_as"), ("Ctrl+Shift+S",), menu="file", sheet="keys.save_as",
        enabled=DOCUMENT),
    Act("export", lambda: t("act.export"), ("Ctrl+Shift+E",), menu="file", separator=True,
        sheet="keys.export"),
    Act("team_connect", lambda: t("team.connect"), menu="file", separator=True),
    Act("settings", lambda: t("act.settings"), ("Ctrl+,",), menu="file", sheet="keys.settings"),
    Act("quit", lambda: t("act.quit"), ("Ctrl+Q",), menu="file", separator=True, sheet="keys.quit"),
    # --- Edit ---
    Act("undo", lambda: t("act.undo"), ("Ctrl+Z",), menu="edit", sheet="keys.undo"),
    Act("redo", lambda: t("act.redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), menu="edit", sheet="keys.redo"),
    # --- OCR (a toolbar slot comes after a separator: the service list, gui/provider_bar.py) ---
    Act("provider_bar", toolbar="main", kind="slot"),
    Act("run", lambda: t("act.run"), ("Ctrl+R",), menu="ocr", toolbar="main", sheet="keys.run",
        enabled=IDLE),
    Act("fresh", lambda: t("act.fresh"), ("Ctrl+Shift+R",), menu="ocr", sheet="keys.fresh", enabled=IDLE),
    Act("rerun_page", lambda: t("act.rerun_page"), ("Ctrl+Alt+R",), menu="ocr", sheet="keys.rerun_page"),
    Act("cancel", lambda: t("act.cancel"), ("Ctrl+.",), menu="ocr", toolbar="main", sheet="keys.cancel",
        enabled=BUSY),
    # --- Service: one entry per service, Alt+1 .. in the service list's order (gui/navigation.py) ---
    Act("service", shown="Alt+1 … Alt+{n}", sheet="keys.service"),
    # --- View ---
    Act("zoom_in", lambda: t("act.zoom_in"), ("Ctrl++", "Ctrl+="), menu="view", sheet="keys.zoom"),
    Act("zoom_out", lambda: t("act.zoom_out"), ("Ctrl+-",), menu="view", sheet="keys.zoom"),
    Act("fit_page", lambda: t("act.fit_page"), ("Ctrl+0",), menu="view", toolbar="view", sheet="keys.fit"),
    Act("fit_width", lambda: t("act.fit_width"), ("Ctrl+2",), menu="view", toolbar="view",
        sheet="keys.fit"),
    Act("actual_size", lambda: t("act.actual_size"), ("Ctrl+1",), menu="view", sheet="keys.zoom"),
    Act("zoom_field", lambda: t("act.zoom_field"), ("Ctrl+Shift+F",), menu="view", toolbar="view",
        sheet="keys.zoom_field"),
    Act("threshold", toolbar="view", kind="slot"),  # the Threshold label and box
    Act("labels", lambda: t("act.labels"), ("Ctrl+L",), menu="view", separator=True, sheet="keys.labels",
        checkable=True),
    Act("face_dock", menu="view", kind="slot"),  # the face image's dock
    Act("queue_dock", menu="view", kind="slot"),  # gui/batch_panel.py
    Act("presentation", lambda: t("act.presentation"), ("Ctrl+Shift+P",), menu="view", separator=True,
        sheet="keys.presentation", checkable=True),
    Act("presentation_names", lambda: t("act.presentation_names"), menu="view", checkable=True),
    Act("previous_page", lambda: t("act.previous_page"), ("Ctrl+PgUp",), menu="view", separator=True,
        sheet="keys.page"),
    Act("next_page", lambda: t("act.next_page"), ("Ctrl+PgDown",), menu="view", sheet="keys.page"),
    Act("previous_document", lambda: t("act.previous_document"), ("Ctrl+Shift+PgUp",), menu="view",
        sheet="keys.document"),
    Act("next_document", lambda: t("act.next_document"), ("Ctrl+Shift+PgDown",), menu="view",
        sheet="keys.document"),
    # --- Review: Enter, Shift+Enter, Tab, F2 and Escape are keys of the list and the editor ---
    Act("confirm_next", lambda: t("act.confirm_next"), shown="Enter", menu="review", sheet="keys.enter"),
    Act("confirm_stay", lambda: t("act.confirm_stay"), shown="Shift+Enter", menu="review",
        sheet="keys.shift_enter"),
    Act("move", shown="Tab / Shift+Tab", sheet="keys.tab"),
    Act("edit", shown="F2", sheet="keys.f2"),
    Act("cancel_edit", shown="Escape", sheet="keys.escape"),
    Act("suggestion", lambda: t("act.suggestion"), ("Alt+Enter", "Alt+Return"), menu="review",
        sheet="keys.suggestion"),
    Act("confirm_all", lambda: t("act.confirm_all"), ("Ctrl+Shift+Enter", "Ctrl+Shift+Return"),
        menu="review", sheet="keys.confirm_all"),
    # a held key repeats; in the queue each repeat would sign off (and save) the next document
    Act("signoff", lambda: t("act.signoff"), ("Ctrl+Enter", "Ctrl+Return"), menu="review", separator=True,
        sheet="keys.signoff", auto_repeat=False),
    Act("reject", lambda: t("act.reject"), ("Ctrl+Shift+Backspace",), menu="review", sheet="keys.reject"),
    # --- Help ---
    Act("sheet", lambda: t("act.sheet"), ("F1", "Ctrl+/"), menu="help", sheet="keys.sheet"),
    Act("report", lambda: t("act.report"), menu="help"),
    Act("about", lambda: t("act.about"), menu="help", separator=True, role="about"),
)

BY_ID: dict[str, Act] = {act.id: act for act in ACTIONS}


def act(action_id: str) -> Act:
    return BY_ID[action_id]


# The shortcut sheet's rows, review keys first (a test checks it names every `sheet` of the table).
SHEET_ORDER: tuple[str, ...] = (
    "keys.enter", "keys.shift_enter", "keys.tab", "keys.f2", "keys.escape", "keys.suggestion",
    "keys.confirm_all", "keys.signoff", "keys.reject", "keys.undo", "keys.redo", "keys.run", "keys.fresh",
    "keys.rerun_page", "keys.cancel", "keys.save", "keys.save_as", "keys.open", "keys.open_folder",
    "keys.zoom_field", "keys.fit", "keys.zoom", "keys.labels", "keys.export", "keys.presentation",
    "keys.sheet", "keys.service", "keys.page", "keys.document", "keys.settings", "keys.quit",
)


def sheet_rows() -> list[tuple[str, list[Act]]]:
    """(row's i18n key, its commands in table order), in SHEET_ORDER."""
    return [(row, [a for a in ACTIONS if a.sheet == row]) for row in SHEET_ORDER]
