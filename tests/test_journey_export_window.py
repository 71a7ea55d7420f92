"""Journey: from the window, File › Export Reviewed… the open folder's signed-off documents (on a
worker, with progress), masked when presentation mode is on, and Help › OCR Report…."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.gui.state.settings import Settings

pytest_plugins = ["gui_helpers"]


def _reviewed_book(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    window.review.ask_signoff = lambda record: "signoff"  # the sample's open warnings: signed off anyway
    window.review.act_signoff.trigger()
    assert window.save(wait=True)
    journey.wait_io(qtbot, window)
    return window


def _wait(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.results.busy, timeout=20_000)


def test_export_the_open_folder_with_progress_then_masked_in_presentation(
        qtbot, journey, make_window, settings, standin, sample_image, tmp_path):
    window = _reviewed_book(qtbot, journey, make_window, settings, standin, sample_image)
    folder = sample_image.parent
    (folder / "other.png.review.json").write_text("{damaged", encoding="utf-8")
    out = tmp_path / "books.xlsx"
    asked = []

    def target(folders):
        asked.append(folders)
        return out, "xlsx", False

    window.results.ask_export_target = target
    progress = []
    shown = window.results._on_progress  # what the progress dialog is told, in the GUI thread
    window.results._on_progress = lambda done, total: (progress.append((done, total)), shown(done, total))
    assert window.results.act_export in window.menu_file.actions()
    window.results.act_export.trigger()  # Ctrl+Shift+E
    _wait(qtbot, window)
    assert asked == [[folder]]
    assert progress == [(1, 4), (2, 4), (3, 3)]  # 2 files read, then the 1 that reads is written
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["legal_owner_name"] == "นายสมมุติ ใจดีเสมอ" and row["legal_owner_id_number"] == "1101700123456"
    assert sheet.max_row == 2  # the damaged file is named in the message, not exported
    message = window.message_bar.text
    assert "Exported 1 document to" in message and "could not be read" in message  # %n: one, not (s)

    window.presentation.set_on(True)
    out = tmp_path / "masked.jsonl"
    window.results.ask_export_target = lambda folders: (out, "jsonl", False)
    window.results.export()
    _wait(qtbot, window)
    (line,) = out.read_text("utf-8").splitlines()
    data = json.loads(line)
    assert data["legal_owner_id_number"].endswith("3456") and "11017001" not in line
    assert data["legal_owner_date_of_birth"] != "1985-07-12" and "1985-07-12" not in line
    assert "masked" in window.message_bar.text


def test_nothing_open_or_nothing_signed_off_says_so(qtbot, journey, make_window, settings, standin,
                                                    sample_image, tmp_path):
    window = make_window(journey.VEHICLE_PROVIDER)
    window.results.ask_export_target = lambda folders: (_ for _ in ()).throw(AssertionError("asked"))
    assert not window.results.export()
    assert "Open a folder" in window.message_bar.text
    journey.use_standin(settings, standin)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    assert window.save(wait=True)  # saved, not signed off
    journey.wait_io(qtbot, window)
    out = tmp_path / "x.csv"
    window.results.ask_export_target = lambda folders: (out, "csv", False)
    window.results.export()
    _wait(qtbot, window)
    assert "None of these documents is signed off" in window.message_bar.text and not out.exists()


def test_help_report_writes_the_html_report(qtbot, journey, make_window, settings, standin, sample_image,
                                            tmp_path):
    window = _reviewed_book(qtbot, journey, make_window, settings, standin, sample_image)
    assert window.results.act_report in window.review.menu_help.actions()
    out = tmp_path / "report.html"
    window.results.ask_report_target = lambda folders: out
    window.results.act_report.trigger()
    _wait(qtbot, window)
    page = out.read_text("utf-8")
    assert "OCR review report" in page and "SIMULATED" in page and "<svg" in page
    assert str(out) in window.message_bar.text


def test_the_retention_period_is_a_setting_the_command_line_reads_too(tmp_path):
    from desktop_app.core import retention

    # where the window keeps its settings by default (a fresh process: QSettings' defaults untouched)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).parent.parent))
    code = "from desktop_app.gui.state.settings import Settings; print(Settings().file_name)"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert Path(proc.stdout.strip()) == retention.settings_file(), proc.stderr
    settings = Settings(retention.settings_file())
    assert settings.retention_days == retention.DEFAULT_DAYS
    settings.retention_days = 12
    settings.sync()
    assert retention.configured_days() == 12
    settings.retention_days = 99999  # out of range: the default, not a silent huge period
    assert settings.retention_days == retention.DEFAULT_DAYS
