"""Journey: four eyes. A share of signed-off documents (and every one signed off with problems
left open) goes to a second clerk, never the one who reviewed it; agreeing reviews finish it,
different ones are listed for a supervisor, who decides; the final record keeps both reviews;
export hands out the final review files.
"""

from __future__ import annotations

import itertools
import json

import psycopg
import pytest

from bench.team_work import FIXES, make_scans, sign_off
from desktop_app import cli
from desktop_app.core.team import claims, clerk, db, intake
from desktop_app.core.team.export import signed_off_reviews

pytest_plugins = ("team_postgres",)
_files = itertools.count()


@pytest.fixture
def queue(team_url, tmp_path):
    conn = db.connect(team_url)
    conn.url = team_url
    intake.add_documents(conn, make_scans(tmp_path / "in", 1), "demo")
    yield conn
    conn.close()


def review(conn, name: str, folder, **sign) -> claims.Submitted | None:
    out = folder / f"{name}-{next(_files)}.review.json"  # never over a file holding work
    taken = clerk.take_next(conn, name, out)
    if taken is None:
        return None
    sign_off(out, name, **sign)
    return claims.submit(conn, out.read_text(encoding="utf-8"), name)


def row(conn, query: str) -> tuple:
    return conn.execute(query).fetchone()


def test_open_problems_go_to_a_second_clerk_never_the_same_one(queue, tmp_path):
    first = review(queue, "anna", tmp_path, edits={})  # the misread province left as it is
    assert first.state == "qa_waiting"
    assert review(queue, "anna", tmp_path) is None  # her own document is not hers to check
    second = review(queue, "bob", tmp_path, edits={})
    assert second.state == "done" and second.disagreements == 0
    first_id, qa_id, final_id = row(queue, "SELECT first_review_id, qa_review_id, final_review_id "
                                           "FROM team.documents")
    assert (first_id, qa_id, final_id) == (first.review_id, second.review_id, second.review_id)
    kinds = queue.execute("SELECT clerk, kind FROM team.reviews ORDER BY id").fetchall()
    assert kinds == [("anna", "review"), ("bob", "qa")]  # the final record holds both


def test_a_configured_share_is_checked_and_a_difference_waits_for_the_supervisor(queue, tmp_path, capsys):
    queue.execute("UPDATE team.settings SET value = 1 WHERE name = 'qa_share'")  # every one
    assert review(queue, "anna", tmp_path).state == "qa_waiting"  # nothing open, the share sends it
    second = review(queue, "bob", tmp_path, edits={**FIXES, "color": "ดำ"})
    assert second.state == "disputed" and second.disagreements == 1
    url = queue.url
    assert cli.main(["team", "disputes", "--db", url]) == 0
    listed = capsys.readouterr()
    assert "first anna, second bob: 1 difference(s)" in listed.out
    assert list(signed_off_reviews(queue)) == []  # not final yet
    assert cli.main(["team", "decide", "--db", url, "--document", "1", "--choose", "second",
                     "--note", "colour checked on the scan"]) == 0
    assert "the second review is final (done)" in capsys.readouterr().err
    assert row(queue, "SELECT state, final_review_id = qa_review_id FROM team.documents") == ("done", True)
    assert row(queue, "SELECT note FROM team.decisions") == ("colour checked on the scan",)
    assert cli.main(["team", "decide", "--db", url, "--document", "1", "--choose", "first"]) == 2

    exported = list(signed_off_reviews(queue))
    assert len(exported) == 1 and exported[0]["format"] == "desktop-app/review"
    colour = next(f for p in exported[0]["pages"] for f in p["fields"] if f["key"] == "color")
    assert colour["value"] == "ดำ" and exported[0]["review"]["reviewer"] == "bob"
    assert row(queue, "SELECT count(*) FROM team.access_log WHERE action = 'export'") == (1,)


def test_figures_count_disagreements_against_the_first_clerk(queue, tmp_path, capsys):
    queue.execute("UPDATE team.settings SET value = 1 WHERE name = 'qa_share'")
    review(queue, "anna", tmp_path)
    review(queue, "bob", tmp_path, edits={**FIXES, "color": "ดำ"})
    url = queue.url
    assert cli.main(["team", "status", "--db", url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["states"]["disputed"] == 1
    anna, bob = report["clerks"]["anna"], report["clerks"]["bob"]
    assert (anna["first_reviews"], anna["qa_checked"], anna["qa_disagreement_rate"]) == (1, 1, 1.0)
    assert (bob["second_reviews"], bob["qa_checked"], bob["qa_disagreement_rate"]) == (1, 0, None)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM team.reviews").fetchone() == (
            anna["documents"] + bob["documents"],)
