"""Invisible and bidirectional control characters: find them, show them, strip them.

A value holding a right-to-left override (U+202E) or a zero-width space (U+200B) looks like
"Somchai" or "1101700123456" on screen and is something else in the file. Such characters raise
a check (`text.invisible`: the field needs attention), are shown as visible marks in the editor
(`show_invisible`), and are removed from `normalized` (`strip_invisible`). `escape_controls` makes
any text safe to print on a terminal (a file name cannot forge a line or move the cursor).

Small and dependency-free on purpose: Thai normalisation (issue 15) reuses it.
"""

from __future__ import annotations

import re
import unicodedata

from desktop_app.core import words
from desktop_app.core.model import Check, Severity

# Bidirectional controls: embeddings, overrides, isolates and marks.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# Characters with no glyph of their own that change what a value is but not how it looks.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad\u034f")
INVISIBLE = BIDI_CONTROLS | ZERO_WIDTH

_NAMES = {"\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
          "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u200e": "LRM",
          "\u200f": "RLM", "\u061c": "ALM", "\u200b": "ZWSP", "\u200c": "ZWNJ", "\u200d": "ZWJ",
          "\u2060": "WJ", "\ufeff": "BOM", "\u00ad": "SHY"}
_STRIP = dict.fromkeys(map(ord, INVISIBLE))
_FIND = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def find_invisible(text: str | None) -> list[tuple[int, str]]:
    """(position, character) of every invisible or bidi control character in `text`."""
    if not text:
        return []
    return [(m.start(), m.group()) for m in _FIND.finditer(text)]  # (a regex: fast on a long value)


def strip_invisible(text: str) -> str:
    """`text` without its invisible and bidi control characters."""
    return text.translate(_STRIP)


def mark(char: str) -> str:
    """The visible mark shown in place of one invisible character: ⟦RLO⟧, ⟦U+2062⟧."""
    return "\u27e6" + _NAMES.get(char, f"U+{ord(char):04X}") + "\u27e7"


def show_invisible(text: str) -> str:
    """`text` with every invisible character shown as its mark (for display only)."""
    return _FIND.sub(lambda m: mark(m.group()), text)


def invisible_check(text: str | None) -> Check | None:
    """A warning when `text` holds invisible characters (the field then needs attention); its
    suggestion is the value without them (Alt+Enter accepts it)."""
    found = find_invisible(text)
    if not found or text is None:
        return None
    shown = show_invisible(text)
    shown = shown if len(shown) <= 120 else shown[:119] + "…"
    message = words.text("check.text.invisible", count=len(found), shown=shown)
    return Check("text.invisible", Severity.WARNING, message.en, message.th, strip_invisible(text),
                 message.vi)


def escape_controls(text: str) -> str:
    """`text` safe for one terminal line: control, invisible and bidi characters (a newline, an
    escape code, U+202E) are written as Python escapes (\\n, \\x1b, \\u202e); the rest is kept."""
    out = []
    for char in text:
        if char in INVISIBLE or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            out.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)
