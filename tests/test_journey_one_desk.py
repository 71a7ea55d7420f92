"""Journey: one desk for both front ends. The clerk's preferences, saved by the window, are what
`desktop-app ocr` uses too (endpoint, options, thresholds), and the command line and the window
write the same review file for the same image and provider (core/desk.py, core/preferences.py).

The settings file here is the clerk's own (the default place, `user_folders().settings_file`, under
the test's temporary HOME), written by the window's QSettings and read by the command line without Qt.
"""

from __future__ import annotations

import json
import shutil

import pytest

from desktop_app import cli
from desktop_app.core.paths import user_folders
from desktop_app.gui.state.settings import Settings
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

PROVIDER = "aigen-idcard-v3"

# What must differ between two runs of the same image, and nothing else:
# - ocr.at, ocr.elapsed_seconds: when the answer came and how long it took (two requests);
# - review.created, review.updated, review.seconds_spent, review.reviewer: the window's save is the
#   clerk's save (stamped with when, for how long and by whom); `desktop-app ocr` writes a result no
#   clerk has reviewed yet, so it has none of these.
DIFFERING = {("ocr", "at"), ("ocr", "elapsed_seconds"), ("review", "created"), ("review", "updated"),
             ("review", "seconds_spent"), ("review", "reviewer")}


@pytest.fixture
def settings(tmp_path):
    """The clerk's settings in their default place (the one `desktop-app ocr` reads)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return Settings(user_folders().settings_file)


@pytest.fixture
def card(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    target = folder / "card.png"
    shutil.copyfile(samples_dir() / "thai_id_card.png", target)
    return target


def _ocr(capsys, *args: str) -> tuple[int, str]:
    status = cli.main(["ocr", *args])
    return status, capsys.readouterr().err


def _without_what_must_differ(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    for section, key in DIFFERING:
        if isinstance(data.get(section), dict):
            data[section].pop(key, None)
    return data


def test_the_command_line_and_the_window_write_the_same_review_file(
        qtbot, journey, make_window, settings, standin, card, capsys):
    journey.use_standin(settings, standin, PROVIDER)
    settings.reviewer = "Somsri"
    settings.set_option(PROVIDER, "return_gender", True)  # chosen in the window's OCR options menu
    settings.sync()

    window = make_window(PROVIDER)
    window.open_paths([str(card)])
    journey.wait_for_image(qtbot, window)
    journey.run_and_wait(qtbot, window)
    assert window.save(wait=True)
    journey.wait_io(qtbot, window)
    from_window = json.loads((card.parent / "card.png.review.json").read_text("utf-8"))

    # the same image, the same provider: no --endpoint, no --option (the clerk's saved ones apply);
    # --fresh so it is asked again rather than answered from the stored answer the window paid for
    out = card.parent / "card.cli.review.json"
    status, err = _ocr(capsys, str(card), "--provider", PROVIDER, "--out", str(out), "--fresh")
    assert status == 0, err
    from_cli = json.loads(out.read_text("utf-8"))

    assert len(standin.requests) == 2 and standin.requests[0].query == standin.requests[1].query
    assert from_cli["provider"]["options"] == from_window["provider"]["options"] == {"return_gender": True}
    assert from_cli["provider"]["endpoint"] == standin.endpoint(PROVIDER)
    assert from_window["review"]["reviewer"] == "Somsri" and from_cli["review"]["reviewer"] is None
    assert _without_what_must_differ(from_cli) == _without_what_must_differ(from_window)


def test_the_command_line_honours_the_clerks_saved_endpoint_and_thresholds(settings, standin, card, capsys):
    journey_endpoint = standin.endpoint(PROVIDER)
    settings.set_endpoint(PROVIDER, journey_endpoint)  # Settings > Services, in the window
    settings.threshold = 0.0
    settings.set_field_thresholds({})
    settings.sync()
    from desktop_app.core import secrets

    secrets.store_secret("aigen_key", "test-key-not-secret")

    status, err = _ocr(capsys, str(card), "--provider", PROVIDER, "--out", str(card.parent / "a.json"))
    assert status == 0, err
    assert len(standin.requests) == 1  # sent to the saved endpoint: no --endpoint was given
    assert "0 below their confidence threshold (0.00" in err

    settings.threshold = 1.0  # every field with a confidence is below it now
    settings.sync()
    status, err = _ocr(capsys, str(card), "--provider", PROVIDER, "--out", str(card.parent / "b.json"))
    assert status == 0, err
    review = json.loads((card.parent / "b.json").read_text("utf-8"))
    scored = sum(1 for page in review["pages"] for f in page["fields"] if f.get("confidence") is not None)
    assert scored > 5 and f"{scored} below their confidence threshold (1.00" in err

    # the batch's summary file counts fields needing attention with the same thresholds
    status, err = _ocr(capsys, str(card), "--provider", PROVIDER, "--out-dir", str(card.parent / "many"))
    assert status == 0, err
    lines = (card.parent / "many" / "batch-summary.csv").read_text("utf-8-sig").splitlines()
    assert lines[1].split(",")[3] == str(sum(1 for page in review["pages"] for _ in page["fields"]))
