"""Journey: an administrator gives each clerk and the supervisor their own PostgreSQL login
(`team grant`); the database itself enforces who may read and change what, writes the access log
of every opening (Thai PDPA), and `team purge` removes what is past retention.

Real roles, real passwords (SCRAM), real connections to the session's server.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import errors

from bench.team_work import make_scans, sign_off
from desktop_app import cli
from desktop_app.core.team import claims, clerk, db, intake
from desktop_app.core.team.errors import TeamError

pytest_plugins = ("team_postgres",)

PASSWORDS = {"anna": "anna-pw-Ä1x", "bob": "bob-pw-2y", "sue": "sue-pw-3z"}


def as_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{user}:{PASSWORDS[user]}@{host}", parts.path, "", ""))


@pytest.fixture
def office(team_url, monkeypatch, capsys, tmp_path):
    """anna and bob are clerks, sue a supervisor; three scans wait."""
    for flag, name in (("--clerk", "anna"), ("--clerk", "bob"), ("--supervisor", "sue")):
        monkeypatch.setenv("NEW_PW", PASSWORDS[name])
        assert cli.main(["team", "grant", "--db", team_url, flag, name, "--password-env", "NEW_PW"]) == 0
    capsys.readouterr()
    conn = db.connect(team_url)
    intake.add_documents(conn, make_scans(tmp_path / "in", 3), "demo")
    conn.execute("UPDATE team.settings SET value = 0 WHERE name = 'qa_share'")
    conn.close()
    return team_url


def test_grant_makes_login_roles_and_the_password_is_not_sent_in_clear(office, capsys, monkeypatch):
    owner = db.connect(office)
    stored = owner.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'anna'").fetchone()[0]
    member = owner.execute("SELECT pg_has_role('anna', 'team_clerk', 'MEMBER'), "
                           "pg_has_role('anna', 'team_supervisor', 'MEMBER')").fetchone()
    owner.close()
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORDS["anna"] not in stored
    assert member == (True, False)
    monkeypatch.setenv("NEW_PW", PASSWORDS["anna"])
    assert cli.main(["team", "grant", "--db", office, "--clerk", "anna", "--password-env", "NEW_PW"]) == 0
    assert "Updated role anna as a clerk" in capsys.readouterr().err
    assert cli.main(["team", "grant", "--db", office, "--clerk", "Robert'); DROP", "--password-env",
                     "NEW_PW"]) == 2


def test_a_clerk_works_as_herself_and_reads_nothing_else(office, tmp_path):
    anna = db.connect(as_user(office, "anna"))
    try:
        taken = clerk.take_next(anna, None, tmp_path / "a.json")  # no name: her login is her name
        assert taken is not None and taken.claim.clerk is None
        with pytest.raises(TeamError) as denied:
            claims.claim_next(anna, "bob")  # acting as someone else
        assert denied.value.code == "team.denied"
        for table in ("images", "answers", "access_log", "documents", "sources"):
            with pytest.raises(errors.InsufficientPrivilege):
                anna.execute(f"SELECT * FROM team.{table} LIMIT 1")
        with pytest.raises(errors.InsufficientPrivilege):
            anna.execute("SELECT body FROM team.reviews")  # review texts: not even her own, directly
        with pytest.raises(errors.InsufficientPrivilege):
            anna.execute("INSERT INTO team.access_log (action) VALUES ('forged')")
        with pytest.raises(errors.InsufficientPrivilege):
            anna.execute("UPDATE team.reviews SET fields_corrected = 0")  # figures cannot be changed
        with pytest.raises(errors.InsufficientPrivilege):
            anna.execute("UPDATE team.settings SET value = 1")
    finally:
        anna.close()


def test_a_clerk_sees_only_her_own_reviews_and_the_supervisor_sees_all(office, tmp_path, capsys):
    for name in ("anna", "bob"):
        conn = db.connect(as_user(office, name))
        out = tmp_path / name / "r.json"
        out.parent.mkdir()
        clerk.take_next(conn, None, out)
        sign_off(out, name)
        claims.submit(conn, out.read_text(encoding="utf-8"))
        conn.close()
    anna = db.connect(as_user(office, "anna"))
    seen = anna.execute("SELECT DISTINCT clerk FROM team.reviews").fetchall()
    claims_seen = anna.execute("SELECT DISTINCT clerk FROM team.claims").fetchall()
    anna.close()
    assert seen == [("anna",)] and claims_seen == [("anna",)]  # row-level security
    assert cli.main(["team", "status", "--db", as_user(office, "sue"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(report["clerks"]) == ["anna", "bob"]
    assert cli.main(["team", "status", "--db", as_user(office, "anna"), "--json"]) == 2
    assert "may not do this" in capsys.readouterr().err


def test_every_opening_is_logged_by_the_database(office, tmp_path):
    anna = db.connect(as_user(office, "anna"))
    claim = claims.claim_next(anna)
    claims.open_sources(anna, claim)
    claims.open_sources(anna, claim)
    anna.close()
    sue = db.connect(as_user(office, "sue"))
    log = sue.execute("SELECT db_user, clerk, document_id, action FROM team.access_log "
                      "ORDER BY id").fetchall()
    sue.close()
    assert log == [("anna", "anna", claim.document_id, "claim"), ("anna", "anna", claim.document_id, "open"),
                   ("anna", "anna", claim.document_id, "open")]


def test_purge_removes_what_is_past_retention_and_says_so(office, tmp_path, capsys):
    owner = db.connect(office)
    for number in range(2):
        out = tmp_path / f"r{number}.json"
        clerk.take_next(owner, "anna", out)
        sign_off(out, "anna")
        claims.submit(owner, out.read_text(encoding="utf-8"), "anna")
    owner.execute("UPDATE team.documents SET finished_at = now() - interval '40 days' WHERE id = 1")
    owner.close()
    assert cli.main(["team", "purge", "--db", office, "--older-than", "30", "--json"]) == 0
    captured = capsys.readouterr()
    removed = json.loads(captured.out)
    assert removed["documents"] == 1 and removed["images"] == 1 and removed["reviews"] == 1
    assert removed["answers"] == 1 and removed["image_bytes"] > 10_000
    assert "Removed 1 document(s) finished more than 30 days ago: 1 image(s)" in captured.err
    with psycopg.connect(office) as conn:
        left = conn.execute("SELECT (SELECT count(*) FROM team.documents), "
                            "(SELECT count(*) FROM team.images), (SELECT count(*) FROM team.reviews), "
                            "(SELECT count(*) FROM team.answers)").fetchone()
        purge_log = conn.execute("SELECT count(*) FROM team.access_log WHERE action = 'purge'").fetchone()
    assert left == (2, 2, 1, 1) and purge_log == (1,)
