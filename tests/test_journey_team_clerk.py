"""Journey: an office sets up a team queue on PostgreSQL, queues scans, and scripted clerks work
through it with `team next` / `team submit`; a supervisor reads `team status --json`.

Against a real server started for the session (tests/team_postgres.py), over real connections.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import psycopg

from bench.team_work import FIXES, make_scans, sign_off
from desktop_app import cli
from desktop_app.core import reviewfile
from desktop_app.core.team import claims, db, intake
from desktop_app.core.team.errors import TeamError

pytest_plugins = ("team_postgres",)  # the PostgreSQL server and a database per test

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def sql(url: str, query: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(query, params)
        return cursor.fetchall() if cursor.description else []


def expire_leases(url: str) -> None:
    """A crashed laptop, without waiting: every lease ends now."""
    sql(url, "UPDATE team.documents SET lease_until = now() - interval '1 second' WHERE claim_id IS NOT NULL")


def test_init_creates_the_schema_once_and_again_changes_nothing(capsys, empty_url):
    status, _, err = run(capsys, "team", "init", "--db", empty_url)
    assert status == 0 and "Applied migrations 1 (tables), 2" in err
    status, _, err = run(capsys, "team", "init", "--db", empty_url, "--qa-share", "0.25")
    assert status == 0 and "already at version 5: nothing to do" in err and "25%" in err
    versions = sql(empty_url, "SELECT version FROM team.schema_version ORDER BY 1")
    assert versions == [(1,), (2,), (3,), (4,), (5,)]


def test_a_database_without_the_schema_says_to_run_init(capsys, empty_url, tmp_path):
    status, _, err = run(capsys, "team", "next", "--db", empty_url, "--clerk", "anna",
                         "--out", str(tmp_path / "r.json"))
    assert status == 2 and "team init" in err and "Traceback" not in err


def test_an_unreachable_server_is_one_sentence(capsys, tmp_path):
    status, _, err = run(capsys, "team", "status", "--db", "postgresql://nobody:secret-pw@127.0.0.1:9/x")
    assert status == 3 and "could not be reached" in err
    assert "secret-pw" not in err and "Traceback" not in err


def test_the_same_scan_twice_is_one_document_and_pairs_follow_the_batch(capsys, team_url, tmp_path):
    copy = tmp_path / "again.png"
    copy.write_bytes((SAMPLES / "vehicle_book.png").read_bytes())
    status, out, err = run(capsys, "team", "add", str(SAMPLES / "vehicle_book.png"), str(copy),
                           "--db", team_url, "--provider", "demo")
    assert status == 0 and "1 document(s) queued, 1 already in the queue" in err
    assert out.splitlines()[1].startswith("already")
    folder = tmp_path / "vn"
    folder.mkdir()
    for side in ("back", "front"):
        (folder / f"car1_{side}.png").write_bytes((SAMPLES / f"vn_registration_{side}.png").read_bytes())
    status, out, _ = run(capsys, "team", "add", str(folder), "--db", team_url,
                         "--provider", "cvvn-vehicle-registrations")
    assert status == 0 and "car1_front.png + car1_back.png" in out
    rows = sql(team_url, "SELECT d.provider_id, s.position, s.name, i.page_count, length(i.bytes) "
                         "FROM team.documents d JOIN team.sources s ON s.document_id = d.id "
                         "JOIN team.images i ON i.sha256 = s.image_sha256 ORDER BY d.id, s.position")
    assert [r[:3] for r in rows] == [("demo", 0, "vehicle_book.png"),
                                     ("cvvn-vehicle-registrations", 0, "car1_front.png"),
                                     ("cvvn-vehicle-registrations", 1, "car1_back.png")]
    assert rows[0][4] == (SAMPLES / "vehicle_book.png").stat().st_size  # the image is in the database


def test_next_sign_off_submit_then_nothing_is_waiting(capsys, team_url, tmp_path):
    run(capsys, "team", "init", "--db", team_url, "--qa-share", "0")
    make_scans(tmp_path / "in", 1)
    run(capsys, "team", "add", str(tmp_path / "in"), "--db", team_url, "--provider", "demo")
    out = tmp_path / "work" / "r.review.json"
    out.parent.mkdir()
    status, _, err = run(capsys, "team", "next", "--db", team_url, "--clerk", "anna", "--out", str(out))
    assert status == 0 and "Claimed document 1 (review) scan00000.jpg" in err and "read by the service" in err
    document = reviewfile.load(out)
    assert document.simulated and document.pages[0].fields
    assert (out.parent / "scan00000.jpg").stat().st_mode & 0o077 == 0  # personal data: owner-only
    status, _, err = run(capsys, "team", "next", "--db", team_url, "--clerk", "bob",
                         "--out", str(tmp_path / "b.json"))
    assert status == 4 and "Nothing is waiting" in err

    status, _, err = run(capsys, "team", "submit", "--db", team_url, "--clerk", "anna", str(out))
    assert status == 2 and "not signed off" in err  # an unreviewed file is refused
    sign_off(out, "anna", edits={**FIXES, "registration_number_car": "1กข 1234"}, seconds=42.0)
    status, _, err = run(capsys, "team", "submit", "--db", team_url, "--clerk", "anna", str(out))
    assert status == 0 and "Submitted document 1" in err
    # a script retrying after a timeout, the answer lost: the same file again is the same submission
    status, _, err = run(capsys, "team", "submit", "--db", team_url, "--clerk", "anna", str(out))
    assert status == 0 and "Submitted document 1" in err, err
    assert sql(team_url, "SELECT count(*) FROM team.reviews") == [(1,)]
    state, = sql(team_url, "SELECT state FROM team.documents")[0]
    stored, = sql(team_url, "SELECT body FROM team.reviews")[0]
    assert stored == out.read_text(encoding="utf-8")  # as submitted, verbatim
    assert state == "done"  # nothing left open, and no share goes to a second clerk

    status, out_json, _ = run(capsys, "team", "status", "--db", team_url, "--json")
    report = json.loads(out_json)
    assert status == 0 and sum(report["states"].values()) == 1 and report["states"][state] == 1
    anna = report["clerks"]["anna"]
    assert anna["documents"] == 1 and anna["seconds_per_document"] == 42.0
    assert anna["fields_corrected"] == 2  # province and plate, counted by the database from the file
    assert list(anna["days"].values())[0]["documents"] == 1


def test_an_expired_lease_returns_the_document_and_the_late_submit_is_refused(capsys, team_url, tmp_path):
    make_scans(tmp_path / "in", 1)
    run(capsys, "team", "add", str(tmp_path / "in"), "--db", team_url, "--provider", "demo")
    first, second = tmp_path / "a" / "r.json", tmp_path / "b" / "r.json"
    first.parent.mkdir()
    second.parent.mkdir()
    assert run(capsys, "team", "next", "--db", team_url, "--clerk", "anna", "--out", str(first))[0] == 0
    assert run(capsys, "team", "next", "--db", team_url, "--clerk", "bob", "--out", str(second))[0] == 4
    expire_leases(team_url)  # anna's laptop lid closed
    status, _, err = run(capsys, "team", "next", "--db", team_url, "--clerk", "bob", "--out", str(second))
    assert status == 0 and "Claimed document 1" in err
    assert "the team's stored answer reused, nothing sent" in err  # never paid twice, across clerks
    assert sql(team_url, "SELECT count(*) FROM team.answers") == [(1,)]
    sign_off(first, "anna")
    status, _, err = run(capsys, "team", "submit", "--db", team_url, "--clerk", "anna", str(first))
    assert status == 2 and "no longer yours" in err and first.exists()
    sign_off(second, "bob")
    assert run(capsys, "team", "submit", "--db", team_url, "--clerk", "bob", str(second))[0] == 0
    outcomes = sql(team_url, "SELECT clerk, outcome FROM team.claims ORDER BY id")
    assert outcomes == [("anna", "expired"), ("bob", "submitted")]
    assert sql(team_url, "SELECT count(*) FROM team.reviews") == [(1,)]


def test_a_heartbeat_keeps_the_lease_and_a_reclaimed_one_is_lost(team_url, tmp_path):
    conn = db.connect(team_url)
    try:
        intake.add_documents(conn, make_scans(tmp_path / "in", 1), "demo")
        claim = claims.claim_next(conn, "anna")
        before = claim.lease_until
        assert claims.renew(conn, claim) > before
        expire_leases(team_url)
        assert claims.renew(conn, claim) > before  # expired but nobody took it: still anna's
        expire_leases(team_url)
        other = claims.claim_next(conn, "bob")
        assert other is not None and other.document_id == claim.document_id and other.reclaimed
        try:
            claims.renew(conn, claim)
        except TeamError as exc:
            assert exc.code == "team.claim_lost" and exc.exit_status == 2
        else:
            raise AssertionError("a re-claimed lease was renewed")
    finally:
        conn.close()


def test_clerks_claiming_at_once_never_get_the_same_document(team_url, tmp_path):
    setup = db.connect(team_url)
    intake.add_documents(setup, make_scans(tmp_path / "in", 24), "demo")
    setup.close()
    got: dict[str, list[int]] = {}
    start = threading.Barrier(4)

    def clerk(name: str) -> None:
        conn = db.connect(team_url)
        mine = got.setdefault(name, [])
        start.wait(timeout=30)
        try:
            for _ in range(100):  # bounded: 24 documents at most
                claim = claims.claim_next(conn, name)
                if claim is None:
                    return
                mine.append(claim.document_id)
        finally:
            conn.close()

    threads = [threading.Thread(target=clerk, args=(f"clerk{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    every = [d for ids in got.values() for d in ids]
    assert sorted(every) == list(range(1, 25))  # each document once, none lost
    assert sql(team_url, "SELECT count(*) FROM team.documents WHERE state = 'claimed'") == [(24,)]
