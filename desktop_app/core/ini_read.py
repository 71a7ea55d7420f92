"""Read the INI file the window's QSettings writes, without Qt (docs/adr/0016-preferences-in-the-core.md).

Only what QSettings' IniFormat produces for the values the preferences hold: `[group]` sections
(`[General]` holds top-level keys), subkeys written `a\\b`, keys %-encoded (`%20`, `%U0E01`),
strings quoted when they hold `,` `;` `=` `"` or edge spaces, C-style escapes (`\\"`, `\\\\`, `\\t`,
`\\xHHHH`), a leading `@` doubled, and an unquoted `a, b` read as a list. `@ByteArray(...)` and
`@Variant(...)` values (window geometry) are not preferences: read as None. Read-only: the window
is the one writer.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "0": "\0",
            '"': '"', "\\": "\\", "'": "'", "?": "?"}
_KEY_ESCAPE = re.compile(r"%U([0-9A-Fa-f]{4})|%([0-9A-Fa-f]{2})")


def read_ini(path: Path) -> dict[str, Any]:
    """Every key (`group/key`) with its value: a str, a list of str, or None. A missing or
    unreadable file is empty (the defaults apply)."""
    values: dict[str, Any] = {}
    text = ""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        text = Path(path).read_text("utf-8")
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            group = _key(line[1:-1])
            group = "" if group == "General" else group
            continue
        name, sep, value = line.partition("=")
        if not sep:
            continue
        key = _key(name.strip()).replace("\\", "/")
        values[f"{group}/{key}" if group else key] = _value(value.strip())
    return values


def _key(text: str) -> str:
    return _KEY_ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)), text)


def _value(text: str) -> Any:
    if text.startswith("@") and not text.startswith("@@"):
        return None  # @ByteArray(...), @Variant(...): binary values, never a preference
    items: list[str] = []
    current: list[tuple[str, bool]] = []  # (character, inside quotes)
    i, in_quotes = 0, False
    while i < len(text):
        c = text[i]
        if c == '"':
            in_quotes = not in_quotes
        elif c == "\\" and i + 1 < len(text):
            i += 1
            e = text[i]
            if e == "x":
                digits = re.match(r"[0-9A-Fa-f]{1,4}", text[i + 1:])
                if digits:
                    current.append((chr(int(digits[0], 16)), True))
                    i += len(digits[0])
            else:
                current.append((_ESCAPES.get(e, e), True))
        elif c == "," and not in_quotes:
            items.append(_finish(current))
            current = []
        else:
            current.append((c, in_quotes))
        i += 1
    last = _finish(current)
    return [*items, last] if items else last


def _finish(chars: list[tuple[str, bool]]) -> str:
    """An item, without the spaces outside its quotes at either end; a doubled leading @ undone."""
    while chars and not chars[0][1] and chars[0][0].isspace():
        chars = chars[1:]
    while chars and not chars[-1][1] and chars[-1][0].isspace():
        chars = chars[:-1]
    text = "".join(c for c, _quoted in chars)
    return text[1:] if text.startswith("@@") else text
