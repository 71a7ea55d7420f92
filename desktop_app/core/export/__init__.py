"""Exports downstream systems take: one row per document, one column per canonical field.

The entry point for every caller (the command line, the window's File › Export, a team queue):

    export_documents(items, out, fmt, *, include_unsigned=False, masked=False, mask_names=False,
                     progress=None, cancelled=None) -> ExportResult

`items` are review-file documents: loaded `Document`s, review-file dicts (`reviewfile.to_dict`
shapes), or `ExportItem(document, review_file)` pairs when the review file's path should be in the
row. Only signed-off documents are exported unless `include_unsigned`; `status` says which is
which. `fmt` is "csv", "xlsx" or "jsonl". Qt-free; no network; the file is written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AppError
from ..model import Document, ReviewStatus
from .rows import META_COLUMNS, Disagreement, as_document, build_row, columns_for
from .writers import FORMATS, write

__all__ = ["FORMATS", "META_COLUMNS", "Cancelled", "ExportItem", "ExportResult", "export_documents",
           "load_review_files", "review_files"]


@dataclass
class ExportItem:
    document: Document | Mapping[str, Any]
    review_file: str | None = None


@dataclass
class ExportResult:
    path: Path
    columns: list[str]
    exported: int = 0
    skipped: int = 0  # not signed off (and `include_unsigned` not given)
    disagreements: list[tuple[str, Disagreement]] = field(default_factory=list)  # (source file, what)
    rows: list[dict[str, Any]] = field(default_factory=list)


class Cancelled(Exception):
    """The caller's `cancelled()` said stop: nothing was written."""


def export_documents(items: Iterable[Document | Mapping[str, Any] | ExportItem], out: str | os.PathLike[str],
                     fmt: str, *, include_unsigned: bool = False, masked: bool = False,
                     mask_names: bool = False, progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the export of `items` to `out` as `fmt` (see the module docstring). `progress(done,
    total)` is called after each document; `cancelled()` returning True stops before writing."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    wrapped = [item if isinstance(item, ExportItem) else ExportItem(item) for item in items]
    result = ExportResult(path=Path(out), columns=[])
    built = []
    for done, item in enumerate(wrapped, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        document = as_document(item.document)
        if document.review.status != ReviewStatus.REVIEWED and not include_unsigned:
            result.skipped += 1
        else:
            row = build_row(document, item.review_file, masked=masked, mask_names=mask_names)
            built.append((document.doc_type, row))
            source = document.sources[0].path if document.sources else "?"
            result.disagreements += [(source, d) for d in row.disagreements]
        if progress is not None:
            progress(done, len(wrapped))
    result.columns = columns_for([doc_type for doc_type, _ in built])
    result.rows = [row.values for _, row in built]
    result.exported = len(built)
    write(fmt, out, result.columns, result.rows)
    return result


def review_files(paths: Iterable[str | os.PathLike[str]], *, recursive: bool = True) -> list[Path]:
    """The review files named or found (sorted; in subfolders too when `recursive`) in the given
    folders."""
    from ..reviewfile import SUFFIX

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            listing = path.rglob(f"*{SUFFIX}") if recursive else path.glob(f"*{SUFFIX}")
            found += sorted(p for p in listing if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def load_review_files(paths: Iterable[Path], *, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      ) -> tuple[list[tuple[Path, Document]], list[tuple[Path, AppError]]]:
    """(path, document) for each review file that reads, and (path, error) for each that does not."""
    from ..reviewfile import load

    paths = list(paths)
    loaded: list[tuple[Path, Document]] = []
    bad: list[tuple[Path, AppError]] = []
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        try:
            loaded.append((path, load(path)))
        except AppError as exc:
            bad.append((path, exc))
        if progress is not None:
            progress(done, len(paths))
    return loaded, bad
