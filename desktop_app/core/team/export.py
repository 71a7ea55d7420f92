"""What `desktop-app team export` writes: the final review file of every finished document.

`signed_off_reviews` yields each one as the review-file dict it was submitted as (the version 1
structure, docs/review-file.md), in document order, fetched in pages so a large queue is not held
in memory. Reading goes through the database's `team.export_reviews`, which logs every document
it hands out (the access log). Qt-free; the export module turns the dicts into csv/xlsx/jsonl.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .errors import translated

PAGE = 200


def signed_off_reviews(conn, *, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every done (or rejected) document's final review file, as a dict. For a document checked
    by two clerks the final one is the second (they agreed) or the one a supervisor chose."""
    after = 0
    while True:
        with translated():
            rows = conn.execute("SELECT * FROM team.export_reviews(%s, %s)", (after, page)).fetchall()
        for document_id, _state, body in rows:
            yield json.loads(body)
            after = document_id
        if len(rows) < page:
            return
