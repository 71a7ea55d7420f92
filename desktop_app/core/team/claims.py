"""Claiming work: a lease on one document, renewed by a heartbeat, given back or submitted.

Every call goes through the database's own functions (sql_functions.py): the lease, the check
that it is still the caller's, and the access log all happen in the server. `clerk` names the
clerk when the connection is the schema owner's (automation, the load test); a clerk's own
login role is always acting as itself.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .errors import TeamError, translated


@dataclass
class SourceFile:
    position: int
    name: str
    sha256: str
    data: bytes = field(repr=False)
    page_count: int


@dataclass
class Claim:
    id: int
    document_id: int
    kind: str  # "review" or "qa" (the second pair of eyes)
    lease_until: datetime
    provider_id: str
    options: dict[str, Any]
    reclaimed: bool  # the document came back from an expired lease
    clerk: str | None = None
    sources: list[SourceFile] = field(default_factory=list)


def claim_next(conn, clerk: str | None = None) -> Claim | None:
    """The next waiting document, leased to `clerk`; None when nothing is waiting."""
    with translated():
        row = conn.execute("SELECT * FROM team.claim_next(%s)", (clerk,)).fetchone()
    if row is None:
        return None
    claim_id, document_id, kind, lease_until, provider_id, options, reclaimed = row
    return Claim(claim_id, document_id, kind, lease_until, provider_id, dict(options or {}), bool(reclaimed),
                 clerk)


def open_sources(conn, claim: Claim) -> list[SourceFile]:
    """The claimed document's files, from the database (the opening is logged there)."""
    with translated():
        rows = conn.execute("SELECT * FROM team.open_document(%s, %s)", (claim.id, claim.clerk)).fetchall()
    claim.sources = [SourceFile(int(p), str(n), str(s), bytes(b), int(c)) for p, n, s, b, c in rows]
    return claim.sources


def renew(conn, claim: Claim) -> datetime:
    """Push the lease on; `TeamError("team.claim_lost")` when another clerk has it now."""
    with translated():
        (until,) = conn.execute("SELECT team.renew(%s, %s)", (claim.id, claim.clerk)).fetchone()
    claim.lease_until = until
    return until


def release(conn, claim: Claim) -> None:
    with translated():
        conn.execute("SELECT team.release(%s, %s)", (claim.id, claim.clerk))


@dataclass
class Submitted:
    document_id: int
    state: str  # done, rejected, qa_waiting (goes to a second clerk), disputed (for a supervisor)
    review_id: int
    disagreements: int | None


def submit(conn, review_text: str, clerk: str | None = None) -> Submitted:
    """Submit a signed-off (or rejected) review file, as text, for the caller's claim on its
    document. `team.claim_lost` when the lease went to someone else; `team.not_signed_off`."""
    try:
        json.loads(review_text)
    except ValueError:
        raise TeamError("team.not_signed_off", "the file is not JSON") from None
    with translated():
        # submit_once: the same file sent again (a retry after a lost answer) is the same submission
        row = conn.execute("SELECT * FROM team.submit_once(%s, %s)", (review_text, clerk)).fetchone()
    return Submitted(int(row[0]), str(row[1]), int(row[2]), row[3])


def queue_counts(conn) -> dict[str, int]:
    with translated():
        return {str(s): int(n) for s, n in conn.execute("SELECT * FROM team.queue_counts()")}


def keep_conflict(conn, review_text: str, clerk: str | None = None) -> int:
    """Keep a review whose claim was lost, for a supervisor (never dropped)."""
    with translated():
        (kept,) = conn.execute("SELECT team.keep_conflict(%s, %s)", (review_text, clerk)).fetchone()
    return int(kept)


class Heartbeat:
    """Renews a lease every `every` seconds on its own connection, in a daemon thread, until
    `stop()`. `lost` is set when the claim went to someone else (or the database kept failing
    until the lease ran out); a dropped connection is opened again on the next beat."""

    def __init__(self, connect, claim: Claim, every: float) -> None:
        self._connect = connect  # () -> connection
        self.claim = claim
        self.every = every
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{claim.id}", daemon=True)
        self._conn = None

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def _run(self) -> None:
        from .db import close_quietly

        try:
            while not self._stop.wait(self.every):
                try:
                    if self._conn is None or self._conn.closed:
                        self._conn = self._connect()
                    renew(self._conn, self.claim)
                except TeamError as exc:
                    if exc.code == "team.claim_lost":
                        self.lost.set()
                        return
                    close_quietly(self._conn)  # the server went away: try again next beat
                    self._conn = None
        finally:
            close_quietly(self._conn)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.every + 15)
