"""Administration of the team database: login roles with least rights, the queue's settings,
supervisors' decisions on disagreements, and retention (`team grant`, `team decide`, `team purge`).

Passwords are turned into a SCRAM verifier on this side (libpq's PQencryptPasswordConn) before
they are sent: the server, its logs and its statement statistics never see the plain password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .errors import translated

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
GROUPS = {"clerk": "team_clerk", "supervisor": "team_supervisor"}


def grant(conn, name: str, kind: str, password: str | None = None) -> bool:
    """Make `name` a login role in the clerk or supervisor group (created if missing; its
    password set when given). Returns True when the role was created now."""
    from psycopg import sql

    if not ROLE_NAME.match(name):
        raise InputError("input.option", f"{name!r}: a role name is lower-case letters, digits and _, "
                                         "starting with a letter")
    group = GROUPS[kind]
    with translated(), conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None
        if not exists:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        if password:
            verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name),
                                                                    sql.Literal(verifier.decode("ascii"))))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
        database = conn.info.dbname
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database),
                                                                          sql.Identifier(name)))
    return not exists


def set_setting(conn, name: str, value: float) -> None:
    if name == "qa_share" and not 0.0 <= value <= 1.0:
        raise InputError("input.option", "--qa-share is a share from 0 to 1")
    if name == "lease_seconds" and not value >= 5:
        raise InputError("input.option", "--lease-seconds is at least 5")
    with translated():
        conn.execute("UPDATE team.settings SET value = %s WHERE name = %s", (value, name))


def settings(conn) -> dict[str, float]:
    with translated():
        return {n: float(v) for n, v in conn.execute("SELECT name, value FROM team.settings")}


@dataclass
class Dispute:
    document_id: int
    names: str
    first_clerk: str
    second_clerk: str
    disagreements: int


def disputes(conn) -> list[Dispute]:
    with translated():
        rows = conn.execute(
            "SELECT d.id, (SELECT string_agg(s.name, ' + ' ORDER BY s.position) FROM team.sources s "
            "WHERE s.document_id = d.id), f.clerk, q.clerk, q.disagreements FROM team.documents d "
            "JOIN team.reviews f ON f.id = d.first_review_id JOIN team.reviews q ON q.id = d.qa_review_id "
            "WHERE d.state = 'disputed' ORDER BY d.id").fetchall()
    return [Dispute(int(a), str(b or ""), str(c), str(d), int(e or 0)) for a, b, c, d, e in rows]


def decide(conn, document_id: int, choice: str, note: str | None = None) -> str:
    """The supervisor's ruling: `choice` "first" or "second" review is final. Returns the state."""
    if choice not in ("first", "second"):
        raise InputError("input.option", "choose first or second")
    with translated():
        (state,) = conn.execute("SELECT team.decide(%s, %s, %s)", (document_id, choice, note)).fetchone()
    return str(state)


@dataclass
class Purged:
    documents: int
    reviews: int
    answers: int
    images: int
    image_bytes: int
    claims: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def purge(conn, older_than_days: float) -> Purged:
    """Delete every finished document (done or rejected) finished more than `older_than_days`
    ago: its review files, stored answers, claims, decisions, and the images no other document
    uses. The access log is kept (it is the record of who saw what) and gains a `purge` entry."""
    if not older_than_days >= 0:
        raise InputError("input.option", "--older-than is a number of days, 0 or more")
    with translated(), conn.transaction():
        ids = [i for (i,) in conn.execute(
            "SELECT id FROM team.documents WHERE state IN ('done', 'rejected') "
            "AND finished_at < now() - make_interval(secs => %s) FOR UPDATE", (older_than_days * 86400,))]
        images = conn.execute(
            "SELECT i.sha256, i.size FROM team.images i WHERE i.sha256 IN "
            "(SELECT image_sha256 FROM team.sources WHERE document_id = ANY(%s)) AND NOT EXISTS "
            "(SELECT 1 FROM team.sources s WHERE s.image_sha256 = i.sha256 AND NOT s.document_id = ANY(%s))",
            (ids, ids)).fetchall()
        conn.execute("UPDATE team.documents SET first_review_id = NULL, qa_review_id = NULL, "
                     "final_review_id = NULL WHERE id = ANY(%s)", (ids,))
        conn.execute("DELETE FROM team.decisions WHERE document_id = ANY(%s)", (ids,))
        reviews = conn.execute("DELETE FROM team.reviews WHERE document_id = ANY(%s)", (ids,)).rowcount
        claims = conn.execute("DELETE FROM team.claims WHERE document_id = ANY(%s)", (ids,)).rowcount
        answers = conn.execute("DELETE FROM team.answers WHERE document_id = ANY(%s)", (ids,)).rowcount
        conn.execute("DELETE FROM team.documents WHERE id = ANY(%s)", (ids,))
        conn.execute("DELETE FROM team.images WHERE sha256 = ANY(%s)", ([s for s, _ in images],))
        result = Purged(len(ids), reviews, answers, len(images), sum(int(n) for _, n in images), claims)
        conn.execute("INSERT INTO team.access_log (action, detail) VALUES ('purge', %s)",
                     (f"older than {older_than_days:g} days: {result.as_dict()}",))
    return result
