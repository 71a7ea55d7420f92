"""Journey: two clerks in two windows on one team queue (File › Connect to Team Queue).

Each window claims a different document; Ctrl+Enter signs off, submits and claims the next; a
window that dies (no heartbeat any more) loses its document when the lease runs out and the other
clerk gets it; the dead clerk's late review is kept as a conflict for the supervisor; a window
that loses the database keeps its signed-off review and submits it when the connection returns.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from bench.team_work import make_scans
from desktop_app.core.team import admin, db, intake

pytest_plugins = ["gui_helpers", "team_postgres"]

PASSWORDS = {"anna": "anna-window-pw", "bob": "bob-window-pw", "sue": "sue-window-pw"}


def as_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, f"{user}@{parts.netloc.rpartition('@')[2]}", parts.path, "", ""))


def sql(url: str, query: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(query)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def office(team_url, tmp_path):
    conn = db.connect(team_url)
    for name, password in PASSWORDS.items():
        admin.grant(conn, name, "supervisor" if name == "sue" else "clerk", password)
    intake.add_documents(conn, make_scans(tmp_path / "in", 3), "demo")
    conn.execute("UPDATE team.settings SET value = 0 WHERE name = 'qa_share'")
    conn.close()
    return team_url


def connected(qtbot, journey, make_window, office, name):
    window = make_window("demo")
    window.review.ask_signoff = lambda record: "signoff"  # the samples' open warnings: signed off anyway
    window.team.connect(as_user(office, name), PASSWORDS[name])
    qtbot.waitUntil(lambda: window.team.claim is not None and window.session.document is not None
                    and window.session.review_path == window.team.review_path, timeout=journey.TIMEOUT_MS)
    return window


def sign_off_and_wait_next(qtbot, journey, window, previous: int) -> None:
    window.review.act_signoff.trigger()  # Ctrl+Enter
    qtbot.waitUntil(lambda: window.team.claim is not None and window.team.claim.document_id != previous
                    and window.session.review_path == window.team.review_path, timeout=journey.TIMEOUT_MS)


def test_two_windows_one_queue_and_a_dead_window_returns_its_document(qtbot, journey, make_window,
                                                                      office, memory_keyring):
    anna = connected(qtbot, journey, make_window, office, "anna")
    bob = connected(qtbot, journey, make_window, office, "bob")
    first, bobs = anna.team.claim.document_id, bob.team.claim.document_id
    assert first != bobs  # one queue, different documents
    assert "Working on document" in anna.team.label.text()
    sign_off_and_wait_next(qtbot, journey, anna, first)
    third = anna.team.claim.document_id
    assert third not in (first, bobs)

    bob.team._stop_beat()  # bob's laptop dies: no heartbeat, no release
    sql(office, "UPDATE team.documents SET lease_until = now() - interval '1 second' "
                "WHERE claimed_by = 'bob'")
    sign_off_and_wait_next(qtbot, journey, anna, third)
    assert anna.team.claim.document_id == bobs and anna.team.claim.reclaimed

    bob.review.act_signoff.trigger()  # bob comes back and signs off what is no longer his
    qtbot.waitUntil(lambda: sql(office, "SELECT count(*) FROM team.conflicts") == [(1,)],
                    timeout=journey.TIMEOUT_MS)
    qtbot.waitUntil(lambda: "kept for the supervisor" in bob.message_bar.text, timeout=journey.TIMEOUT_MS)
    opened = sql(office, "SELECT db_user, action FROM team.access_log WHERE action = 'open' ORDER BY id")
    assert [u for u, _ in opened][:4] == ["anna", "bob", "anna", "anna"]  # written by the database
    anna.settings.sync()
    settings_text = Path(anna.settings.file_name).read_text(encoding="utf-8")
    assert "url=postgresql://bob@127.0.0.1" in settings_text  # the address, without a password
    assert not any(password in settings_text for password in PASSWORDS.values())
    assert PASSWORDS["anna"] in memory_keyring.store.values()  # the password is in the keyring only
    for window in (anna, bob):
        window.team.shutdown()


def test_a_lost_connection_keeps_the_review_and_submits_it_later(qtbot, journey, make_window, office):
    anna = connected(qtbot, journey, make_window, office, "anna")
    claimed = anna.team.claim.document_id
    good_url = anna.team.url
    anna.team.url = good_url.replace(f":{urlsplit(good_url).port}/", ":9/")  # the network goes away
    anna.team.worker.submit(anna.team._drop)  # the worker's connection is gone too
    journey.wait_io(qtbot, anna)
    anna.review.act_signoff.trigger()
    qtbot.waitUntil(lambda: "kept and will be submitted" in anna.message_bar.text, timeout=journey.TIMEOUT_MS)
    assert len(anna.team.pending) == 1 and anna.team.pending[0].exists()
    assert sql(office, f"SELECT state FROM team.documents WHERE id = {claimed}") == [("claimed",)]
    anna.team.url = good_url  # the network is back
    anna.team.retry_pending()
    qtbot.waitUntil(lambda: not anna.team.pending and anna.team.claim is not None, timeout=journey.TIMEOUT_MS)
    assert sql(office, f"SELECT state FROM team.documents WHERE id = {claimed}") != [("claimed",)]
    assert sql(office, "SELECT count(*) FROM team.reviews") == [(1,)]
    anna.team.shutdown()


def test_a_review_kept_offline_is_submitted_by_the_next_window_after_a_restart(
        qtbot, journey, make_window, office):
    anna = connected(qtbot, journey, make_window, office, "anna")
    claimed = anna.team.claim.document_id
    good_url = anna.team.url
    anna.team.url = good_url.replace(f":{urlsplit(good_url).port}/", ":9/")  # the network goes away
    anna.team.worker.submit(anna.team._drop)
    journey.wait_io(qtbot, anna)
    anna.review.act_signoff.trigger()
    qtbot.waitUntil(lambda: "kept and will be submitted" in anna.message_bar.text, timeout=journey.TIMEOUT_MS)
    anna.team.shutdown()  # the laptop is closed before the network comes back
    anna.close()
    again = make_window("demo")  # the next morning: a new window, the network is back
    again.review.ask_signoff = lambda record: "signoff"
    again.team.connect(as_user(office, "anna"), PASSWORDS["anna"])
    qtbot.waitUntil(lambda: sql(office, f"SELECT state FROM team.documents WHERE id = {claimed}")
                    != [("claimed",)], timeout=journey.TIMEOUT_MS)
    assert sql(office, "SELECT count(*) FROM team.reviews WHERE clerk = 'anna'") == [(1,)]
    qtbot.waitUntil(lambda: not again.team.pending, timeout=journey.TIMEOUT_MS)
    again.team.shutdown()


def test_a_supervisor_sees_every_clerks_figures_and_a_clerk_does_not(qtbot, journey, make_window, office):
    anna = connected(qtbot, journey, make_window, office, "anna")
    sign_off_and_wait_next(qtbot, journey, anna, anna.team.claim.document_id)
    sue = make_window("demo")
    sue.team.connect(as_user(office, "sue"), PASSWORDS["sue"])
    qtbot.waitUntil(lambda: "anna: 1 ·" in sue.team.figures_label.text(), timeout=journey.TIMEOUT_MS)
    assert sue.team.claim is None and not sue.message_bar.text  # no claim, no error: figures
    anna.team.refresh_counts()
    journey.wait_io(qtbot, anna)
    qtbot.waitUntil(lambda: anna.team.worker.idle, timeout=journey.TIMEOUT_MS)
    assert anna.team.figures_label.text() == ""  # a clerk's login reads only her own rows: no table
    for window in (anna, sue):
        window.team.shutdown()
