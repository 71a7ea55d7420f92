"""Journey: a supervisor exports what the team signed off, straight from the team database
(`desktop-app team export`), with the same columns as a folder's export (issue 14's canonical names).

Against a real server started for the session (tests/team_postgres.py)."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from bench.team_work import FIXES, make_scans, sign_off
from desktop_app import cli

pytest_plugins = ("team_postgres",)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _one_signed_off(capsys, team_url, tmp_path):
    run(capsys, "team", "init", "--db", team_url, "--qa-share", "0")
    make_scans(tmp_path / "in", 2)
    run(capsys, "team", "add", str(tmp_path / "in"), "--db", team_url, "--provider", "demo")
    out = tmp_path / "work" / "r.review.json"
    out.parent.mkdir()
    assert run(capsys, "team", "next", "--db", team_url, "--clerk", "anna", "--out", str(out))[0] == 0
    sign_off(out, "anna", edits=FIXES, seconds=30.0)
    assert run(capsys, "team", "submit", "--db", team_url, "--clerk", "anna", str(out))[0] == 0
    return out


def test_team_export_writes_the_signed_off_documents_with_canonical_columns(capsys, team_url, tmp_path):
    review = _one_signed_off(capsys, team_url, tmp_path)
    target = tmp_path / "team.csv"
    status, _, err = run(capsys, "team", "export", "--db", team_url, "--format", "csv", "--out", str(target))
    assert status == 0, err
    assert "Exported 1 document " in err and "SIMULATED" in err  # the demo's results say so
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and rows[0]["status"] == "reviewed" and rows[0]["reviewer"] == "anna"
    assert rows[0]["province"] == "กรุงเทพมหานคร"  # the clerk's fix, canonical name

    # the same document exported from its review file has the same columns and values
    local = tmp_path / "local.csv"
    assert run(capsys, "export", str(review), "--out", str(local))[0] == 0
    with local.open(encoding="utf-8-sig", newline="") as handle:
        local_rows = list(csv.DictReader(handle))
    assert list(local_rows[0]) == list(rows[0])
    where = ("review_file", "source_file")  # the team names a source by the name it arrived under
    assert rows[0]["source_file"] == "scan00000.jpg"
    assert {k: v for k, v in local_rows[0].items() if k not in where} == \
        {k: v for k, v in rows[0].items() if k not in where}


def test_team_export_as_xlsx_and_jsonl_and_nothing_finished_is_said(capsys, team_url, tmp_path):
    run(capsys, "team", "init", "--db", team_url)
    status, _, err = run(capsys, "team", "export", "--db", team_url, "--out", str(tmp_path / "x.xlsx"))
    assert status == 2 and "None of these documents is signed off" in err and "Traceback" not in err
    _one_signed_off(capsys, team_url, tmp_path)
    assert run(capsys, "team", "export", "--db", team_url, "--out", str(tmp_path / "x.xlsx"))[0] == 0
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet.max_row == 2
    assert run(capsys, "team", "export", "--db", team_url, "--format", "jsonl",
               "--out", str(tmp_path / "x.jsonl"))[0] == 0
    (line,) = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["reviewer"] == "anna"
