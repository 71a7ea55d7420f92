"""The summary a batch run writes beside its review files: one line per document.

`DIR/batch-summary.csv` (UTF-8 with a byte-order mark, so Excel shows Thai file names): file, status
(`ok`, `partial`, `failed`, `cancelled`, `not run`), pages, fields needing attention (with the
clerk's thresholds, core/preferences.py), the review file, and the error in one sentence with its
code. Written atomically once the batch is over (also after Ctrl-C: what was saved is listed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from .atomic import write_bytes_atomic
from .attention import Attention, Thresholds
from .batch import BatchItem, ItemState
from .model import PageError

NAME = "batch-summary.csv"
COLUMNS = ("file", "status", "pages", "fields_needing_attention", "review_file", "error")


def _row(item: BatchItem, target: Path, errors_of: Callable[[object], list[PageError]],
         thresholds: Thresholds) -> list[str]:
    name = " + ".join(path.name for path in item.job.paths)
    if item.state == ItemState.DONE and item.document is not None:
        problems = errors_of(item.document)
        pending = len(Attention(item.document, thresholds).pending())
        error = "; ".join(f"{e.message_en} [{e.code}]" for e in problems)
        return [name, "partial" if problems else "ok", str(len(item.document.pages)), str(pending),
                target.name, error]
    if item.state == ItemState.FAILED:
        failure = item.error
        text = f"{failure.message('en')} [{failure.code}]" if failure is not None else "failed"
        return [name, "failed", "", "", "", text]
    status = "cancelled" if item.state == ItemState.CANCELLED else "not run"
    return [name, status, "", "", "", ""]


def write_summary(folder: Path, items: Sequence[BatchItem], targets: Sequence[Path],
                  errors_of: Callable[[object], list[PageError]],
                  thresholds: Thresholds | None = None) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in items:
        writer.writerow(_row(item, targets[item.index], errors_of, thresholds or Thresholds()))
    path = folder / NAME
    write_bytes_atomic(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"), private=True)
    return path
