"""The window's own words, through Qt's translation tools.

Call sites write the English text: `i18n.tr("Saved {path}").format(path=...)`, counts as Qt's
numerus form `i18n.tr("%n review(s) were saved", None, n)`; pyside6-lupdate extracts them
(context "i18n", the module's name) into translations/desk_*.ts, pyside6-lrelease builds
resources/translations/*.qm, and `set_language` installs the QTranslators of the clerk's
language (the window's words, Qt's own dialog and context-menu words) and swaps them when the
clerk changes it. Words kept as data (action tables) are marked with `QT_TRANSLATE_NOOP("i18n",
...)` and translated where they are shown; computed keys go through a table (`tr_from`).
Error sentences come from the core's catalogue (`AppError.message(language)`).
`every_language(...)` gives the text in every language, one a line, for places read before
anyone chose a language (the crash dialog). Tests and CI: tests/test_translations.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QWidget

from ..resources import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt"}
CONTEXT = "i18n"
__all__ = ["QT_TRANSLATE_NOOP", "LANGUAGES", "tr", "tr_from", "set_language", "language", "plain"]


_language = "en"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for pyside6-lupdate (found by this name); the English text itself, translated
    where it is shown. (PySide6's own is typed as returning `object`.)"""
    return source


def translations_dir() -> Path:
    return resources_dir() / "translations"


# Kept alive here: a QTranslator that Python collects stops translating.
_translators: dict[str, list[QTranslator]] = {}
_installed: list[QTranslator] = []


def _load(language: str) -> list[QTranslator]:
    """The window's words and Qt's own words in `language` (ours for Thai and Vietnamese, which
    PySide6-Essentials ships none of; Qt's own for the others)."""
    if language not in _translators:
        found: list[QTranslator] = []
        for name, folder in (("desk", translations_dir()), ("qtbase", translations_dir()),
                             ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
            if name == "qtbase" and any(t.objectName() == "qtbase" for t in found):
                continue
            translator = QTranslator()
            if translator.load(f"{name}_{language}", str(folder)):
                translator.setObjectName(name)
                found.append(translator)
        _translators[language] = found
    return _translators[language]


def set_language(language: str) -> None:
    """Speak `language` from now on: its translators replace the previous ones (Qt then sends
    every widget a LanguageChange; the window rebuilds its texts in `retranslate`)."""
    global _language
    _language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    if app is None:
        return
    wanted = _load(_language)
    if _installed == wanted:  # the same language again (settings applied): every window keeps its words
        return
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in wanted:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def language() -> str:
    return _language


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` (the English text) in the current language; `n` fills `%n` in its numerus form."""
    return QCoreApplication.translate(CONTEXT, source, disambiguation, n)


def tr_from(table: dict[str, str], key: str) -> str:
    """The words of a computed key: `table` maps it to its (marked) English text; a key not in the
    table comes back as it is."""
    return tr(table[key]) if key in table else key


def every_language(source: str, **values: object) -> str:
    """`source` in every language, one a line ("English\nไทย\nTiếng Việt"), the same line once."""
    lines: list[str] = []
    for code in LANGUAGES:
        text = source
        if code != "en" and QCoreApplication.instance() is not None:
            text = next((found for t in _load(code) if t.objectName() == "desk"
                         and (found := t.translate(CONTEXT, source))), source)
        text = text.format(**values) if values else text
        if text not in lines:
            lines.append(text)
    return "\n".join(lines)


def button_texts(toolbars: Iterable[QWidget]) -> None:
    """A toolbar button shows its action's text without the `&`, but a Thai "(&O)" would stay as
    "(O)": such actions get that part dropped from their icon text (the others follow their text).
    The toolbars' actions only (only a button shows an icon text): the window's findChildren
    handed each of its few hundred widgets and objects to Python (~17 M instructions, issue 12)."""
    for toolbar in toolbars:
        for action in toolbar.actions():
            text = action.text()
            marked = _ACCELERATOR.search(text) is not None
            action.setIconText(plain(text).replace("…", "").strip() if marked else "")


_ACCELERATOR = re.compile(r"\s*\(&[^&\s)]\)")


def plain(text: str) -> str:
    """A menu text without its accelerator marks (for tooltips and dialog titles): the `&`, and a
    Thai or Vietnamese menu's appended "(&O)" as a whole."""
    text = _ACCELERATOR.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


