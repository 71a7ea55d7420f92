"""How the core speaks: every message in English, Thai and Vietnamese (docs/adr/0017).

A message is an entry of a catalogue keyed by a stable id (`check.date.unparseable`, an error code),
with one template per language. `text(key, **values)` fills it for every language at once and
gives a `Text`; the front end picks its clerk's language with `Text.get(language)`. A value may
itself be a `Text` (a field name inside a sentence): each language gets its own. A count picks
the plural form by CLDR's rules: English has "one" and "other", Thai and Vietnamese only "other".
No Qt, no gettext: the window reads the same `Text`s through `message(language)`.
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .words_checks import MESSAGES as _CHECKS
from .words_checks_more import MESSAGES as _CHECKS_MORE
from .words_cli import MESSAGES as _CLI
from .words_files import MESSAGES as _FILES

LANGUAGES: tuple[str, ...] = ("en", "th", "vi")
DEFAULT = "en"
# The names a language is offered under, in itself.
NAMES: dict[str, str] = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt"}

Template = str | Mapping[str, str]  # a plain template, or plural forms by CLDR category


def normalise(code: str | None) -> str | None:
    """`vi_VN.UTF-8`, `th-TH`, `EN` -> `vi`, `th`, `en`; None for what is no language of ours."""
    if not code:
        return None
    base = code.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].lower()
    return base if base in LANGUAGES else None


def supported(language: str | None) -> str:
    """`language` if the core speaks it, else English."""
    return normalise(language) or DEFAULT


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the locale asks for, in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE is a list: "vi:en"
            found = normalise(part)
            if found is not None:
                return found
        if name != "LANGUAGE":
            return None  # the first one set decides (C, POSIX: none of ours)
    return None


def resolve(explicit: str | None = None, saved: str | None = None,
            environ: Mapping[str, str] | None = None) -> str:
    """The clerk's language: what they asked for now, else what they saved, else the locale's."""
    return normalise(explicit) or normalise(saved) or from_environment(environ) or DEFAULT


def plural_category(language: str, count: int) -> str:
    """CLDR cardinal category of `count` (whole numbers) for the three languages."""
    if language == "en" and abs(count) == 1:
        return "one"
    return "other"


@dataclass(frozen=True)
class Text:
    """One message in every language the core speaks."""

    en: str
    th: str
    vi: str

    def get(self, language: str | None = DEFAULT) -> str:
        return getattr(self, supported(language))

    def __str__(self) -> str:
        """The packed form "English|ไทย|Tiếng Việt" that an `AppError` value also accepts: a value
        that crosses a thread as a string (gui/workers/imageload.py) keeps its three languages."""
        return "|".join((self.en, self.th, self.vi))

    def format(self, **values: Any) -> Text:
        """Each language's text with its `{placeholders}` filled (`Text` values per language)."""
        return Text(*(fill(getattr(self, lang), lang, values) for lang in LANGUAGES))

    def __add__(self, other: Text | str) -> Text:
        if isinstance(other, str):
            return Text(self.en + other, self.th + other, self.vi + other)
        return Text(self.en + other.en, self.th + other.th, self.vi + other.vi)

    def join(self, parts: list[Text]) -> Text:
        """`parts` joined with this text between them, in each language."""
        return Text(*(getattr(self, lang).join(getattr(p, lang) for p in parts) for lang in LANGUAGES))


def same(text: str) -> Text:
    """A text that reads the same in every language (a number, a code, a name from the document)."""
    return Text(text, text, text)


EMPTY = same("")


def placeholders(template: Template) -> set[str]:
    """The `{names}` a template (every plural form of it) fills."""
    forms = template.values() if isinstance(template, Mapping) else [template]
    return {name.split(".")[0].split("[")[0] for form in forms
            for _, name, _, _ in string.Formatter().parse(form) if name}


def fill(template: Template, language: str, values: Mapping[str, Any]) -> str:
    """`template` in `language` with `values` filled; a `Text` value gives its own language."""
    if isinstance(template, Mapping):
        count = values.get("count", 0)
        template = template.get(plural_category(language, int(count)), template["other"])
    picked = {k: (v.get(language) if isinstance(v, Text) else v) for k, v in values.items()}
    return template.format(**picked)


def _merged(*tables: Mapping[str, Mapping[str, Template]]) -> dict[str, Mapping[str, Template]]:
    merged: dict[str, Mapping[str, Template]] = {}
    for table in tables:
        clash = set(table) & set(merged)
        if clash:
            raise ValueError(f"message keys defined twice: {sorted(clash)}")
        merged.update(table)
    return merged


CATALOGUE: dict[str, Mapping[str, Template]] = _merged(_CHECKS, _CHECKS_MORE, _CLI, _FILES)


def text(key: str, /, **values: Any) -> Text:
    """Message `key` filled with `values` in every language."""
    entry = CATALOGUE[key]
    return Text(*(fill(entry[lang], lang, values) for lang in LANGUAGES))
