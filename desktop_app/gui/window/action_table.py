"""Every command of the main window in one table: its text, keys, menu, toolbar, row of the shortcut
sheet, key repeat and when it is enabled (its tooltip is its text with its key). The menus, the
toolbars, the tooltips and the shortcut sheet are all built from it (gui/window/window_actions.py,
gui/dialogs/shortcut_sheet.py), so they cannot disagree. The modules that own a command connect its
`triggered` (or `toggled`) signal; none makes its own QAction for a command listed here.

Keys are written portably ("Ctrl+Shift+S"); the first is the one menus and tooltips show, the
others are bound too. Where Return and Enter are both bound, Enter comes first: that is the key's
name on the clerk's keyboard. Thai input methods must keep every letter: no key here is a bare
letter, digit or sign (a test checks) — Enter, Tab, F2 and Escape on the field list and the value
editor belong to gui/flows/keyboard.py and are only *shown* (`shown`).

Rows without keys and without a menu are lines of the shortcut sheet only. Rows of kind "slot"
mark where an owner puts a submenu or a dock's toggle (`WindowActions.place`).

Texts are `i18n.tr("...")` calls, made when the window speaks (the language can change); sheet rows
are ids whose words are in SHEET_TEXT (marked English sources), shown in the clerk's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .. import i18n

# menu id -> its title (an English source, translated when shown), in the menu bar's order
MENUS: tuple[tuple[str, str], ...] = (
    ("file", i18n.QT_TRANSLATE_NOOP("i18n", "&File")),
    ("edit", i18n.QT_TRANSLATE_NOOP("i18n", "&Edit")),
    ("ocr", i18n.QT_TRANSLATE_NOOP("i18n", "&OCR")),
    ("service", i18n.QT_TRANSLATE_NOOP("i18n", "&Service")),
    ("view", i18n.QT_TRANSLATE_NOOP("i18n", "&View")),
    ("review", i18n.QT_TRANSLATE_NOOP("i18n", "&Review")),
    ("help", i18n.QT_TRANSLATE_NOOP("i18n", "&Help")),
)
TOOLBARS = ("main", "view")  # object names "MainToolBar", "ViewToolBar" (gui/window/toolbar_fit.py)

# Enabled rules the window evaluates (WindowActions.update_enabled); "" = always, or its owner decides.
IDLE = "idle"  # no OCR request under way
BUSY = "busy"  # an OCR request under way (it can be cancelled)
DOCUMENT = "document"  # a document is open


@dataclass(frozen=True)
class Act:
    """One command of the window: its text, keys, menu, toolbar and when it is enabled."""

    id: str
    text: Callable[[], str] | None = None  # the menu / toolbar text (the tooltip too, with its key)
    keys: tuple[str, ...] = ()  # bound shortcuts; the first is the one shown
    shown: str = ""  # keys shown in the menu and the sheet, handled by gui/flows/keyboard.py (not bound)
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
    Act("open", lambda: i18n.tr("&Open…"), ("Ctrl+O",), menu="file", toolbar="main", sheet="keys.open"),
    Act("open_folder", lambda: i18n.tr("Open &Folder…"), ("Ctrl+Shift+O",), menu="file",
        sheet="keys.open_folder"),
    Act("samples", menu="file", kind="slot"),  # gui/flows/sample_menu.py
    Act("recent", menu="file", kind="slot"),  # gui/flows/open_flow.py
    Act("save", lambda: i18n.tr("&Save"), ("Ctrl+S",), menu="file", separator=True, toolbar="main",
        sheet="keys.save", enabled=DOCUMENT),
    Act("save_as", lambda: i18n.tr("Save &As…"), ("Ctrl+Shift+S",), menu="file", sheet="keys.save_as",
        enabled=DOCUMENT),
    Act("export", lambda: i18n.tr("&Export Reviewed…"), ("Ctrl+Shift+E",), menu="file", separator=True,
        sheet="keys.export"),
    Act("team_connect", lambda: i18n.tr("Connect to &Team Queue…"), menu="file", separator=True),
    Act("settings", lambda: i18n.tr("Se&ttings…"), ("Ctrl+,",), menu="file", sheet="keys.settings"),
    Act("quit", lambda: i18n.tr("&Quit"), ("Ctrl+Q",), menu="file", separator=True, sheet="keys.quit"),
    # --- Edit ---
    Act("undo", lambda: i18n.tr("&Undo"), ("Ctrl+Z",), menu="edit", sheet="keys.undo"),
    Act("redo", lambda: i18n.tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), menu="edit", sheet="keys.redo"),
    # --- OCR (a toolbar slot comes after a separator: the service list, gui/widgets/provider_bar.py) ---
    Act("provider_bar", toolbar="main", kind="slot"),
    Act("run", lambda: i18n.tr("&Run OCR"), ("Ctrl+R",), menu="ocr", toolbar="main", sheet="keys.run",
        enabled=IDLE),
    Act("fresh", lambda: i18n.tr("Run OCR &Fresh (new call)…"), ("Ctrl+Shift+R",), menu="ocr",
        sheet="keys.fresh", enabled=IDLE),
    Act("rerun_page", lambda: i18n.tr("Re-run This &Page"), ("Ctrl+Alt+R",), menu="ocr",
        sheet="keys.rerun_page"),
    Act("cancel", lambda: i18n.tr("&Cancel"), ("Ctrl+.",), menu="ocr", toolbar="main", sheet="keys.cancel",
        enabled=BUSY),
    # --- Service: one entry per service, Alt+1 .. in the service list's order (gui/flows/navigation.py) ---
    Act("service", shown="Alt+1 … Alt+{n}", sheet="keys.service"),
    # --- View ---
    Act("zoom_in", lambda: i18n.tr("Zoom &In"), ("Ctrl++", "Ctrl+="), menu="view", sheet="keys.zoom"),
    Act("zoom_out", lambda: i18n.tr("Zoom &Out"), ("Ctrl+-",), menu="view", sheet="keys.zoom"),
    Act("fit_page", lambda: i18n.tr("Fit &Page"), ("Ctrl+0",), menu="view", toolbar="view", sheet="keys.fit"),
    Act("fit_width", lambda: i18n.tr("Fit &Width"), ("Ctrl+2",), menu="view", toolbar="view",
        sheet="keys.fit"),
    Act("actual_size", lambda: i18n.tr("&100 %"), ("Ctrl+1",), menu="view", sheet="keys.zoom"),
    Act("zoom_field", lambda: i18n.tr("&Zoom to Field"), ("Ctrl+Shift+F",), menu="view", toolbar="view",
        sheet="keys.zoom_field"),
    Act("threshold", toolbar="view", kind="slot"),  # the Threshold label and box
    Act("labels", lambda: i18n.tr("Show &Labels on Image"), ("Ctrl+L",), menu="view", separator=True,
        sheet="keys.labels",
        checkable=True),
    Act("face_dock", menu="view", kind="slot"),  # the face image's dock
    Act("queue_dock", menu="view", kind="slot"),  # gui/flows/batch_panel.py
    Act("presentation", lambda: i18n.tr("&Presentation Mode (hide personal data)"), ("Ctrl+Shift+P",),
        menu="view", separator=True,
        sheet="keys.presentation", checkable=True),
    Act("presentation_names", lambda: i18n.tr("Presentation Mode: Hide &Names and Addresses Too"),
        menu="view", checkable=True),
    Act("previous_page", lambda: i18n.tr("Previous Page"), ("Ctrl+PgUp",), menu="view", separator=True,
        sheet="keys.page"),
    Act("next_page", lambda: i18n.tr("Next Page"), ("Ctrl+PgDown",), menu="view", sheet="keys.page"),
    Act("previous_document", lambda: i18n.tr("Previous Document in the Queue"), ("Ctrl+Shift+PgUp",),
        menu="view",
        sheet="keys.document"),
    Act("next_document", lambda: i18n.tr("Next Document in the Queue"), ("Ctrl+Shift+PgDown",), menu="view",
        sheet="keys.document"),
    # --- Review: Enter, Shift+Enter, Tab, F2 and Escape are keys of the list and the editor ---
    Act("confirm_next", lambda: i18n.tr("Confirm and Next"), shown="Enter", menu="review",
        sheet="keys.enter"),
    Act("confirm_stay", lambda: i18n.tr("Confirm Field"), shown="Shift+Enter", menu="review",
        sheet="keys.shift_enter"),
    Act("move", shown="Tab / Shift+Tab", sheet="keys.tab"),
    Act("edit", shown="F2", sheet="keys.f2"),
    Act("cancel_edit", shown="Escape", sheet="keys.escape"),
    Act("suggestion", lambda: i18n.tr("Accept &Suggestion"), ("Alt+Enter", "Alt+Return"), menu="review",
        sheet="keys.suggestion"),
    Act("confirm_all", lambda: i18n.tr("Confirm All &High-Confidence Fields"),
        ("Ctrl+Shift+Enter", "Ctrl+Shift+Return"),
        menu="review", sheet="keys.confirm_all"),
    # a held key repeats; in the queue each repeat would sign off (and save) the next document
    Act("signoff", lambda: i18n.tr("&Mark Document Reviewed"), ("Ctrl+Enter", "Ctrl+Return"), menu="review",
        separator=True,
        sheet="keys.signoff", auto_repeat=False),
    Act("reject", lambda: i18n.tr("&Reject Document…"), ("Ctrl+Shift+Backspace",), menu="review",
        sheet="keys.reject"),
    # --- Help ---
    Act("sheet", lambda: i18n.tr("&Keyboard Shortcuts"), ("F1", "Ctrl+/"), menu="help", sheet="keys.sheet"),
    Act("report", lambda: i18n.tr("OCR &Report…"), menu="help"),
    Act("about", lambda: i18n.tr("&About OCR Review Desk"), menu="help", separator=True, role="about"),
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


# The words of each sheet row (English sources, translated when the sheet is shown).
SHEET_TEXT: dict[str, str] = {
    "keys.enter": i18n.QT_TRANSLATE_NOOP("i18n", "Confirm the field (or commit the edit), go to the next "
                                  "field needing attention"),
    "keys.shift_enter": i18n.QT_TRANSLATE_NOOP("i18n", "Confirm the field (or commit the edit) and stay"),
    "keys.tab": i18n.QT_TRANSLATE_NOOP("i18n", "Next / previous field"),
    "keys.f2": i18n.QT_TRANSLATE_NOOP("i18n", "Edit the value (or just start typing)"),
    "keys.escape": i18n.QT_TRANSLATE_NOOP("i18n", "Cancel the edit"),
    "keys.suggestion": i18n.QT_TRANSLATE_NOOP("i18n", "Accept the suggested value"),
    "keys.confirm_all": i18n.QT_TRANSLATE_NOOP("i18n", "Confirm every high-confidence field"),
    "keys.signoff": i18n.QT_TRANSLATE_NOOP("i18n", "Mark the document reviewed (asks first when problems are "
                                  "left; untouched fields are recorded as accepted at sign-off)"),
    "keys.reject": i18n.QT_TRANSLATE_NOOP("i18n", "Reject the document, with a reason"),
    "keys.undo": i18n.QT_TRANSLATE_NOOP("i18n", "Undo"),
    "keys.redo": i18n.QT_TRANSLATE_NOOP("i18n", "Redo"),
    "keys.run": i18n.QT_TRANSLATE_NOOP("i18n", "Run OCR"),
    "keys.fresh": i18n.QT_TRANSLATE_NOOP("i18n", "Ask the service again (a new, possibly charged, call)"),
    "keys.rerun_page": i18n.QT_TRANSLATE_NOOP("i18n", "Read this page again"),
    "keys.cancel": i18n.QT_TRANSLATE_NOOP("i18n", "Cancel the request"),
    "keys.save": i18n.QT_TRANSLATE_NOOP("i18n", "Save"),
    "keys.save_as": i18n.QT_TRANSLATE_NOOP("i18n", "Save as"),
    "keys.open": i18n.QT_TRANSLATE_NOOP("i18n", "Open"),
    "keys.open_folder": i18n.QT_TRANSLATE_NOOP("i18n", "Open a folder (batch)"),
    "keys.zoom_field": i18n.QT_TRANSLATE_NOOP("i18n", "Zoom to the field"),
    "keys.fit": i18n.QT_TRANSLATE_NOOP("i18n", "Fit page / fit width"),
    "keys.zoom": i18n.QT_TRANSLATE_NOOP("i18n", "Zoom in / out / 100 %"),
    "keys.labels": i18n.QT_TRANSLATE_NOOP("i18n", "Labels on the image"),
    "keys.export": i18n.QT_TRANSLATE_NOOP("i18n", "Export the folder's reviewed documents"),
    "keys.presentation": i18n.QT_TRANSLATE_NOOP("i18n", "Presentation mode: hide personal data"),
    "keys.sheet": i18n.QT_TRANSLATE_NOOP("i18n", "This sheet"),
    "keys.service": i18n.QT_TRANSLATE_NOOP("i18n", "Choose the OCR service (the Service menu, in its order)"),
    "keys.page": i18n.QT_TRANSLATE_NOOP("i18n", "Next / previous page"),
    "keys.document": i18n.QT_TRANSLATE_NOOP("i18n", "Next / previous document in the queue"),
    "keys.settings": i18n.QT_TRANSLATE_NOOP("i18n", "Settings"),
    "keys.quit": i18n.QT_TRANSLATE_NOOP("i18n", "Quit"),
}

def sheet_rows() -> list[tuple[str, list[Act]]]:
    """(row's i18n key, its commands in table order), in SHEET_ORDER."""
    return [(row, [a for a in ACTIONS if a.sheet == row]) for row in SHEET_ORDER]
