"""The scriptable clerk (`desktop-app team next` / `team submit`), also what the load test runs.

`take_next` claims a document, writes its files beside the review file (owner-only), runs OCR
through the engine with the team's stored answers (a document any clerk already paid for is not
sent again) and saves the review file; the lease is renewed by a heartbeat meanwhile, and given
back when anything fails, so the document waits again at once instead of after the lease.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import desk, engine, reviewfile
from ..atomic import write_bytes_atomic
from ..model import Document
from .answers import TeamAnswerCache
from .claims import Claim, Heartbeat, SourceFile, claim_next, open_sources, release
from .errors import TeamError


@dataclass
class Taken:
    claim: Claim
    out: Path
    document: Document
    from_store: bool  # the answer came from the team's store: nothing was sent
    images: list[Path]


def source_paths(sources: list[SourceFile], folder: Path) -> list[Path]:
    """Where each source goes in `folder`: its own name, or `<sha256 prefix>-<name>` when a
    different file of that name is already there (two branches both send `scan001.jpg`)."""
    paths = []
    for source in sources:
        name = Path(source.name).name or f"{source.sha256[:12]}.img"
        path = folder / name
        if path.exists():
            with contextlib.suppress(OSError):
                if path.read_bytes() != source.data:
                    path = folder / f"{source.sha256[:12]}-{name}"
        paths.append(path)
    return paths


def write_sources(sources: list[SourceFile], folder: Path) -> list[Path]:
    paths = source_paths(sources, folder)
    for source, path in zip(sources, paths, strict=True):
        write_bytes_atomic(path, source.data, private=True)  # personal data: owner-only
    return paths


def take_next(conn, clerk: str | None, out: str | os.PathLike[str], *,
              connect: Callable[[], object] | None = None, endpoint: str | None = None,
              timeout: float = 60.0, heartbeat_every: float | None = None) -> Taken | None:
    """Claim, read and write one review file to `out`; None when nothing is waiting.
    `connect` (a function opening a new connection) enables the heartbeat, every
    `heartbeat_every` seconds (default: a third of the lease)."""
    reviewfile.ensure_replaceable(Path(out), keep_clerk_work=True)  # before claiming anything
    claim = claim_next(conn, clerk)
    if claim is None:
        return None
    return prepare(conn, claim, out, connect=connect, endpoint=endpoint, timeout=timeout,
                   heartbeat_every=heartbeat_every)


def prepare(conn, claim: Claim, out: str | os.PathLike[str], *,
            connect: Callable[[], object] | None = None, endpoint: str | None = None,
            timeout: float = 60.0, heartbeat_every: float | None = None) -> Taken:
    """For a claim just made: open its files, OCR them (the team's stored answer first), save
    the review file. On any failure the claim is given back and the exception raised."""
    target = Path(out)
    beat = None
    try:
        if connect is not None:
            every = heartbeat_every or max(1.0, _lease_seconds(claim) / 3)
            beat = Heartbeat(connect, claim, every).start()
        sources = open_sources(conn, claim)
        folder = Path(os.path.abspath(target)).parent
        paths = write_sources(sources, folder)
        job = engine.OcrJob(paths=paths, provider_id=claim.provider_id, options=dict(claim.options),
                            endpoint=endpoint, timeout=timeout)
        store = TeamAnswerCache(conn, claim)
        document = desk.read_document(job, cache=store)  # checked; the store is ResponseCache-like
        if beat is not None and beat.lost.is_set():
            raise TeamError("team.claim_lost", f"document {claim.document_id}")
        reviewfile.save(document, target)
    except BaseException:
        with contextlib.suppress(Exception):
            release(conn, claim)  # back in the queue now, not after the lease
        raise
    finally:
        if beat is not None:
            beat.stop()
    return Taken(claim, target, document, bool(document.ocr and document.ocr.from_cache), paths)


def _lease_seconds(claim: Claim) -> float:
    from datetime import UTC, datetime

    return max(1.0, (claim.lease_until - datetime.now(UTC)).total_seconds())


def read_review_text(path: str | os.PathLike[str]) -> str:
    """The review file's text as it is on disk (it is stored verbatim)."""
    from ..errors import InputError

    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError("input.not_found", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TeamError("team.not_signed_off", f"{path}: {exc}") from None
