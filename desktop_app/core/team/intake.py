"""Adding work to the team queue: files and folders become documents stored by content.

Folders give their images and PDFs sorted by name; a two-sided provider takes them in pairs,
front then back, exactly as the batch does (core/batch.py `jobs_for`). The same scan added twice
(by anyone, under any name) is one document: its bytes are stored once (`images`, by sha256)
and the document is identified by `document_sha` of its sources.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..batch import expand_inputs, jobs_for
from ..engine import normalise_options
from ..errors import InputError
from ..pages import page_count
from ..providers import get_provider
from .errors import translated


def document_sha(source_shas: Sequence[str]) -> str:
    """A document's identity: its one source's sha256, or sha256 of "FRONT+BACK" for a pair
    (the database computes the same from a review file: team.body_document_sha)."""
    if len(source_shas) == 1:
        return source_shas[0]
    return hashlib.sha256("+".join(source_shas).encode("ascii")).hexdigest()


@dataclass
class AddReport:
    queued: list[tuple[int, str]] = field(default_factory=list)  # (document id, names)
    already: list[tuple[int, str]] = field(default_factory=list)  # same content was queued before


def add_documents(conn, inputs: Sequence[str | Path], provider_id: str,
                  options: dict[str, Any] | None = None) -> AddReport:
    """Queue every document in `inputs`. Each file is read and checked (pages counted) before
    anything is stored; `InputError` for a file that is not a readable image or PDF."""
    provider = get_provider(provider_id)
    typed = normalise_options(provider, dict(options or {}))
    files = expand_inputs([Path(p) for p in inputs])
    if not files:
        raise InputError("input.not_found", "no image or PDF in the given folders")
    report = AddReport()
    for job in jobs_for(files, provider.id):
        sources = []
        for path in job.paths:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise InputError("input.not_found", f"{path}: {exc.strerror or exc}") from None
            sources.append((Path(path).name, hashlib.sha256(data).hexdigest(), data, page_count(path)))
        sha = document_sha([s[1] for s in sources])
        names = " + ".join(s[0] for s in sources)
        with translated(), conn.transaction():
            for _name, image_sha, data, pages in sources:
                conn.execute("INSERT INTO team.images (sha256, bytes, size, page_count) "
                             "VALUES (%s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                             (image_sha, data, len(data), pages))
            row = conn.execute("INSERT INTO team.documents (sha256, provider_id, options) "
                               "VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING RETURNING id",
                               (sha, provider.id, json.dumps(typed))).fetchone()
            if row is None:
                (existing,) = conn.execute("SELECT id FROM team.documents WHERE sha256 = %s",
                                           (sha,)).fetchone()
                report.already.append((existing, names))
                continue
            for position, (name, image_sha, _data, _pages) in enumerate(sources):
                conn.execute("INSERT INTO team.sources (document_id, position, image_sha256, name) "
                             "VALUES (%s, %s, %s, %s)", (row[0], position, image_sha, name))
            report.queued.append((row[0], names))
    return report
