"""CSV, XLSX and JSON Lines writers for export rows. Every file is written atomically (a
temporary file beside it, then a rename) and readable by its owner only: it holds personal data.

- CSV: UTF-8 with a byte-order mark (Excel then reads Thai as Thai), a header row, `\\r\\n` lines.
  A value a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-…` that is not a number: text
  read off a document must never become a formula) gets a leading `'`, as OWASP advises.
- XLSX: openpyxl (MIT); one sheet, header row bold and frozen, columns sized to their content,
  every cell text (an ID number stays `0105...`, never a number in scientific notation).
- JSONL: one JSON object per line, UTF-8 (Thai as is), `null` for an empty value.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..atomic import write_bytes_atomic

FORMATS = ("csv", "xlsx", "jsonl")
MAX_COLUMN_WIDTH = 60
SHEET_TITLE = "export"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def _inert(text: str) -> str:
    """`text` that no spreadsheet runs as a formula (see the module docstring)."""
    if text[:1] in ("=", "+", "@", "\t", "\r") or (text[:1] == "-" and len(text) > 1
                                                    and not _NUMBER.match(text)):
        return "'" + text
    return text


def csv_bytes(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_inert(_cell(row.get(c))) for c in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def jsonl_bytes(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> bytes:
    lines = [json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False, allow_nan=False)
             for row in rows]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def _width(text: str) -> int:
    """Columns the text takes: Thai vowel and tone marks above or below a letter take none."""
    return sum(1 for ch in text if unicodedata.category(ch) != "Mn")


def xlsx_bytes(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [_width(c) for c in columns]
    for row in rows:
        texts = [_cell(row.get(c)) for c in columns]
        sheet.append([_safe(text) for text in texts])
        widths = [max(w, _width(t)) for w, t in zip(widths, texts, strict=True)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_COLUMN_WIDTH, width + 2)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.number_format = "@"  # text: digits-only ID numbers keep their leading zero
            cell.data_type = "s"  # never a formula, whatever the text starts with
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _safe(text: str) -> str:
    """openpyxl refuses control characters; a value from an OCR answer may hold one."""
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 else " " for ch in text)


def write(fmt: str, out: str | os.PathLike[str], columns: Sequence[str],
          rows: Sequence[dict[str, Any]]) -> Path:
    """Write `rows` as `fmt` to `out`, atomically and owner-only."""
    builders = {"csv": csv_bytes, "xlsx": xlsx_bytes, "jsonl": jsonl_bytes}
    if fmt not in builders:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    target = Path(out)
    write_bytes_atomic(target, builders[fmt](columns, rows), private=True)
    return target
