"""Versioned, idempotent migrations of the team schema (`desktop-app team init`).

`team.schema_version` lists what was applied. `migrate` takes a transaction-level advisory lock
(two clerks starting `init` at once do not race), applies the missing versions in order, each in
the same transaction as its row in `schema_version`, and refuses a database a newer version of
the program has upgraded. Running it again changes nothing. A migration that adds a function
must revoke it from PUBLIC itself (PostgreSQL grants EXECUTE to PUBLIC by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import sql_functions, sql_retry, sql_rights, sql_tables, sql_window
from .errors import TeamError, translated


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = field(repr=False)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "tables", sql_tables.SQL),
    Migration(2, "roles and clerk functions", sql_functions.SQL),
    Migration(3, "least rights and row-level security", sql_rights.SQL),
    Migration(4, "queue counts and kept conflicts for the window", sql_window.SQL),
    Migration(5, "a submission sent again is the same submission", sql_retry.SQL),
)
LATEST = MIGRATIONS[-1].version
_LOCK = 0x7E4A_0016  # pg_advisory_xact_lock key: "team migrations"


def applied_versions(conn) -> list[int]:
    row = conn.execute("SELECT to_regclass('team.schema_version')").fetchone()
    if row is None or row[0] is None:
        return []
    return [v for (v,) in conn.execute("SELECT version FROM team.schema_version ORDER BY version")]


def migrate(conn) -> list[Migration]:
    """Bring the schema to `LATEST`; returns the migrations applied now (empty: it was current)."""
    done: list[Migration] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        conn.execute("CREATE SCHEMA IF NOT EXISTS team")
        conn.execute("CREATE TABLE IF NOT EXISTS team.schema_version (version integer PRIMARY KEY, "
                     "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
        conn.execute("REVOKE ALL ON team.schema_version FROM PUBLIC")
        applied = set(applied_versions(conn))
        newer = [v for v in applied if v > LATEST]
        if newer:
            raise TeamError("team.schema_newer", f"the database is at version {max(newer)}; this program "
                                                 f"knows up to {LATEST}")
        for migration in MIGRATIONS:
            if migration.version in applied:
                continue
            conn.execute(migration.sql)
            conn.execute("INSERT INTO team.schema_version (version, name) VALUES (%s, %s)",
                         (migration.version, migration.name))
            done.append(migration)
    return done


def check_current(conn) -> None:
    """`TeamError` unless the schema is exactly at `LATEST` (run `team init` first)."""
    with translated():
        versions = applied_versions(conn)
    if not versions:
        raise TeamError("team.schema_missing")
    if max(versions) > LATEST:
        raise TeamError("team.schema_newer", f"the database is at version {max(versions)}; this program "
                                             f"knows up to {LATEST}")
    if max(versions) < LATEST:
        raise TeamError("team.schema_old", f"the database is at version {max(versions)} of {LATEST}")
