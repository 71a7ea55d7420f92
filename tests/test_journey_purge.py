"""Personal data kept no longer than needed: `desktop-app purge` and the retention period."""

from __future__ import annotations

import json
import os
import time

from desktop_app import cli
from desktop_app.core import drafts, retention
from desktop_app.core.model import Document, Source
from desktop_app.core.paths import data_dir

pytest_plugins = ["gui_helpers"]

DAY = 86400.0


def _age(path, days: float) -> None:
    then = time.time() - days * DAY
    os.utime(path, (then, then))


def _response(name: str, days: float):
    path = data_dir() / "responses" / name[:2] / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": "desktop-app/response"}', encoding="utf-8")
    _age(path, days)
    return path


def _draft(draft_id: str, days: float):
    document = Document(doc_type="thai_id_card", provider_id="demo", endpoint="http://127.0.0.1:1",
                        sources=[Source("/scans/card.jpg", "c" * 64, 800, 600)])
    path = drafts.save_draft(document, draft_id)
    data = json.loads(path.read_text("utf-8"))
    data["pid"] = None  # saved by a window that is no longer running
    path.write_text(json.dumps(data), encoding="utf-8")
    _age(path, days)
    return path


def _log(lines: list[str]):
    path = data_dir() / "logs" / "desktop-app.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _stamp(days: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(time.time() - days * DAY)) + ",123"


def test_purge_removes_old_answers_log_entries_and_temporary_files_but_keeps_drafts(capsys):
    old, new = _response("ab" + "0" * 62, 45), _response("cd" + "1" * 62, 2)
    old_draft = _draft("old", 60)
    temp = data_dir() / "responses" / "cd" / ".x.json.abc.tmp"
    temp.write_text("half", encoding="utf-8")
    _age(temp, 0.5)
    fresh_temp = data_dir() / "drafts" / ".y.draft.json.def.tmp"
    fresh_temp.write_text("a save in progress", encoding="utf-8")
    log = _log([f"{_stamp(40)} ERROR desktop_app: old failure for card-0012.jpg", "Traceback (old)",
                f"{_stamp(1)} ERROR desktop_app: new failure"])
    status = cli.main(["purge"])
    _, err = capsys.readouterr()
    assert status == 0
    assert not old.exists() and new.exists()
    assert not (data_dir() / "responses" / "ab").exists()  # the emptied folder goes too
    assert old_draft.exists()  # unsaved work: never removed without asking
    assert not temp.exists() and fresh_temp.exists()
    (kept,) = log.read_text("utf-8").splitlines()  # the old entry and its traceback are gone
    assert kept.endswith("new failure")
    assert "1 stored answer," in err and "2 log entr" not in err and "1 log entry" in err
    assert "1 unsaved draft older than that was kept" in err


def test_older_than_and_the_settings_period(capsys, monkeypatch):
    answer = _response("ef" + "2" * 62, 10)
    settings = retention.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[retention]\ndays=7\n", encoding="utf-8")
    assert retention.configured_days() == 7
    assert cli.main(["purge"]) == 0 and not answer.exists()
    answer = _response("ef" + "2" * 62, 10)
    assert cli.main(["purge", "--older-than", "90"]) == 0 and answer.exists()
    settings.write_text("[retention]\ndays=nonsense\n", encoding="utf-8")
    assert retention.configured_days() == retention.DEFAULT_DAYS == 30
    assert cli.main(["purge", "--older-than", "-3"]) == 2
    assert "--older-than" in capsys.readouterr().err


def test_drafts_are_removed_only_when_the_clerk_says_so(capsys):
    keep, remove = _draft("keep", 40), _draft("remove", 40)
    young = _draft("young", 1)
    asked = []

    def ask(info) -> bool:
        asked.append(info.id)
        return info.id == "remove"

    result = retention.purge(30, ask_draft=ask)
    assert sorted(asked) == ["keep", "remove"]  # the young draft is not even asked about
    assert keep.exists() and not remove.exists() and young.exists()
    assert result.drafts_removed == 1 and [d.id for d in result.drafts_kept] == ["keep"]
    status = cli.main(["purge", "--drafts"])  # no terminal in the tests: nothing is asked, all kept
    assert status == 0 and keep.exists()
    assert "No terminal to ask on" in capsys.readouterr().err


def test_the_window_purges_at_start_on_its_io_worker_and_keeps_drafts(qtbot, journey, make_window, settings):
    from desktop_app.gui.flows.retention_start import purge_at_start

    old, new = _response("aa" + "3" * 62, 8), _response("bb" + "4" * 62, 1)
    draft = _draft("crashed", 40)
    settings.retention_days = 7
    window = make_window("demo")
    purge_at_start(window)
    journey.wait_io(qtbot, window)
    assert not old.exists() and new.exists() and draft.exists()
    assert "older than 7 days" in window.status_label.text()
