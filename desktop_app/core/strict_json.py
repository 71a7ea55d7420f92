"""Reading the program's own JSON files (review files, drafts) strictly: only what it could write.

`json.loads` accepts NaN, Infinity and 1e999 (read as infinity), lone surrogates ("\\ud800") and
nesting up to the interpreter's limit; the program can write none of them back (no UTF-8 file holds
a lone surrogate; `allow_nan=False`; the writer recurses). A file holding one would open and then
fail every save, or be saved and refused as damaged: it is refused on open instead.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .errors import FileFormatError

MAX_DEPTH = 128  # a review file's own nesting plus an answer's (at most 64, providers/common.py)
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a JSON number")


def _finite_number(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _Refused(f"{text} is not a finite number")
    return number


def _sound(data: Any) -> Any:
    """`data`, if this program could write it again; else `_Refused`."""
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _Refused("nested too deeply")
        if isinstance(node, str):
            if not node.isascii() and _SURROGATE.search(node):
                raise _Refused("text holds a lone surrogate")
        elif isinstance(node, dict):
            stack.extend((key, depth + 1) for key in node)
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node)
    return data


def strict_json(text: str) -> Any:
    """The JSON value of `text`, or `FileFormatError("file.unreadable")`."""
    try:
        return _sound(json.loads(text, parse_constant=_no_constant, parse_float=_finite_number))
    except json.JSONDecodeError as exc:
        raise FileFormatError("file.unreadable", f"not JSON: {exc.msg} at line {exc.lineno}") from None
    except (RecursionError, ValueError) as exc:  # _Refused; ValueError also: an integer of 4300+ digits
        raise FileFormatError("file.unreadable", f"not JSON: {exc}"[:200]) from None
