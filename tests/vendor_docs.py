"""Read the vendors' sample answers and key tables out of ../shared/api-docs at test time.

The documents are the specification and are not copied into the project. The passport sample is
not valid JSON as printed (its `option` object sits after the page's closing brace and the
`image_b64` string is cut with "…"); `samples()` repairs it the way INDEX.md says: `option`
belongs to the page.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DOCS = SHARED / "api-docs"

V1, V2, CVVN, IDCARD, PASSPORT = "000", "001", "002", "003", "004"


def doc_text(prefix: str) -> str:
    matches = sorted(DOCS.glob(f"{prefix}_*.txt"))
    if not matches:
        raise FileNotFoundError(f"no vendor document {prefix}_*.txt in {DOCS}")
    return matches[0].read_text(encoding="utf-8")


def _repair_passport(text: str) -> str:
    # `}` closing the page, then `"option": {` -> the option joins the page
    text = re.sub(r'\}(\s*)"option"\s*:', r',\1"option":', text, count=1)
    # `"image_b64": "iVBOR…}` -> close the string, the face, the option and the page
    return re.sub(r'("image_b64"\s*:\s*"[A-Za-z0-9+/=]*)…\}', r'\1"}}}', text, count=1)


def _balanced(text: str, start: int) -> str | None:
    """The `{...}` starting at `start`, braces inside strings ignored; None if never closed."""
    depth, quote, escaped = 0, "", False
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start:index + 1]
    return None


def samples(prefix: str) -> list[dict[str, Any]]:
    """Every answer printed in the document (JSON or Python-dict style), in order."""
    text = doc_text(prefix)
    if prefix == PASSPORT:
        text = _repair_passport(text)
    found: list[dict[str, Any]] = []
    offset, found_end = 0, -1
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        if not line.lstrip().startswith("{"):
            continue
        begin = start + line.index("{")
        if begin < found_end:
            continue  # inside the answer just read
        block = _balanced(text, begin)
        if block is None:
            continue
        try:
            value = json.loads(block)
        except json.JSONDecodeError:
            try:
                value = ast.literal_eval(block)
            except (ValueError, SyntaxError):
                continue
        if isinstance(value, dict) and "data" in value:
            found.append(value)
            found_end = begin + len(block)
    return found


def as_body(sample: dict[str, Any]) -> bytes:
    return json.dumps(sample, ensure_ascii=False).encode("utf-8")


def v1_key_table() -> list[tuple[str, str]]:
    """(key, key_thai) rows of the v1 "List of key" table."""
    text = doc_text(V1)
    table = text.split("key engkey thai", 1)[1].split("Extract vehicle registration book information", 1)[0]
    lines = [line.strip() for line in table.splitlines() if line.strip()]
    return list(zip(lines[0::2], lines[1::2], strict=True))


def idcard_data_keys() -> list[str]:
    text = doc_text(IDCARD)
    table = text.split("Data fields:", 1)[1].split("Optional Fields", 1)[0]
    # rows print as `id_number | ID card number |` (the header row has a leading `|`)
    keys = [row.strip("| ").split("|")[0].strip() for row in table.splitlines() if "|" in row]
    return [key for key in keys if key and key != "Key" and not key.startswith("-")]


def passport_keys() -> list[str]:
    """The keys of the passport table, exactly as printed (`Identification_number`)."""
    text = doc_text(PASSPORT)
    table = text.split("Name | Type | Description |\n---|---|---|\n", 1)[1]
    lines = [line.strip() for line in table.splitlines() if line.strip()]
    keys: list[str] = []
    for key, _description in zip(lines[0::2], lines[1::2], strict=False):
        if key.isdigit():
            break
        keys.append(key)
    return keys


# --- small builders the AIGEN tests share ----------------------------------------------------

def prepared(width: int, height: int, sent: tuple[int, int] | None = None, pages: int = 1) -> Any:
    """A PreparedImage of `pages` pages displayed at width×height and sent at `sent`."""
    from desktop_app.core.prepared import PageGeometry, PreparedImage

    sent_w, sent_h = sent or (width, height)
    geometry = PageGeometry(display_width=width, display_height=height, sent_width=sent_w,
                            sent_height=sent_h)
    return PreparedImage(path=Path("scan.jpg"), sha256="0" * 64, data=b"\xff\xd8fake-jpeg\xff\xd9",
                         mime="image/jpeg", pages=[geometry] * pages, original_width=width,
                         original_height=height)


def response(body: dict[str, Any] | list[Any] | bytes | str, status: int = 200) -> Any:
    from desktop_app.core.providers.base import HttpResponse

    if isinstance(body, bytes):
        raw = body
    elif isinstance(body, str):
        raw = body.encode("utf-8")
    else:
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return HttpResponse(status=status, body=raw)
