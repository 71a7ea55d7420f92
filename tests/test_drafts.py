"""Drafts: autosaved unsaved reviews survive a crash, a kill, and a kill in the middle of a save."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core import drafts, engine, reviewfile
from desktop_app.core.engine import OcrJob
from desktop_app.core.errors import FileFormatError
from desktop_app.core.model import FieldState
from desktop_app.resources import samples_dir

ROOT = Path(__file__).resolve().parent.parent
CARD = samples_dir() / "thai_id_card.png"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and file modes are POSIX")


@pytest.fixture(scope="module")
def document_dict():
    return reviewfile.to_dict(engine.run_ocr(OcrJob(paths=[CARD], provider_id="demo")))


def a_document(document_dict):
    return reviewfile.from_dict(json.loads(json.dumps(document_dict)))


def test_save_list_load_remove(isolated_dirs, document_dict, tmp_path):
    document = a_document(document_dict)
    field = document.pages[0].fields[0]
    field.value, field.state = "corrected", FieldState.CORRECTED
    draft_id = drafts.new_draft_id()
    path = drafts.save_draft(document, draft_id, review_path=tmp_path / "card.review.json")

    folder = isolated_dirs / ".local" / "share" / "desktop-app" / "drafts"
    assert path.parent == folder == drafts.drafts_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    (info,) = drafts.list_drafts()
    assert (info.id, info.title, info.sources, info.error) == (draft_id, CARD.name, [str(CARD)], None)
    assert info.review_path == str(tmp_path / "card.review.json") and info.saved_at
    assert info.live and drafts.orphaned_drafts() == []  # this process owns it

    loaded = drafts.load_draft(draft_id)
    assert reviewfile.to_dict(loaded) == reviewfile.to_dict(document)
    assert loaded.pages[0].fields[0].state == FieldState.CORRECTED

    drafts.remove_draft(draft_id)
    drafts.remove_draft(draft_id)  # twice is fine
    assert drafts.list_drafts() == []


def test_damaged_and_newer_drafts_are_listed_but_refused(document_dict):
    drafts.save_draft(a_document(document_dict), "good")
    folder = drafts.drafts_dir()
    (folder / "broken.draft.json").write_text("{half a dra")
    newer = json.loads((folder / "good.draft.json").read_text())
    newer["version"] = 2
    (folder / "newer.draft.json").write_text(json.dumps(newer))
    (folder / ".good.draft.json.x1.tmp").write_text("left by a kill")
    infos = {info.id: info for info in drafts.list_drafts()}
    assert set(infos) == {"good", "broken", "newer"}
    assert infos["good"].error is None and infos["broken"].error and infos["newer"].error
    with pytest.raises(FileFormatError) as info:
        drafts.load_draft("broken")
    assert info.value.code == "file.unreadable"
    with pytest.raises(FileFormatError) as info:
        drafts.load_draft("newer")
    assert info.value.code == "file.newer"
    assert (folder / "broken.draft.json").read_text() == "{half a dra"  # never overwritten
    with pytest.raises(ValueError):
        drafts.save_draft(a_document(document_dict), "../escape")


CHILD = textwrap.dedent("""
    import json, sys
    from desktop_app.core import drafts, reviewfile
    from desktop_app.core.model import FieldState
    document = reviewfile.from_dict(json.load(open(sys.argv[1], encoding="utf-8")))
    field = document.pages[0].fields[0]
    mode = sys.argv[2]
    if mode == "once":
        field.value, field.state = "typed before the crash", FieldState.CORRECTED
        drafts.save_draft(document, "crashed")
        print("saved", flush=True)
        sys.stdin.read()  # wait to be killed
    else:
        i = 0
        while True:
            field.value = f"edit {i}" + "x" * (i % 7) * 1000  # sizes differ between saves
            drafts.save_draft(document, "busy")
            reviewfile.save(document, sys.argv[3])
            i += 1
            print(i, flush=True)
""")


def _child(tmp_path: Path, document_dict, *args: str) -> subprocess.Popen:
    source = tmp_path / "document.json"
    source.write_text(json.dumps(document_dict), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", CHILD, str(source), *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def test_a_killed_review_leaves_a_draft_that_the_next_start_restores(tmp_path, document_dict):
    child = _child(tmp_path, document_dict, "once")
    try:
        assert child.stdout.readline().strip() == "saved"
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        child.kill()
        child.wait()
    (info,) = drafts.orphaned_drafts()  # its window is gone: offered at start
    assert info.id == "crashed" and info.pid == child.pid and not info.live
    restored = drafts.load_draft("crashed")
    field = restored.pages[0].fields[0]
    assert (field.value, field.state) == ("typed before the crash", FieldState.CORRECTED)


def test_a_kill_in_the_middle_of_saving_leaves_valid_files(tmp_path, document_dict):
    review = tmp_path / "card.review.json"
    for delay in (0.0, 0.013, 0.031):
        child = _child(tmp_path, document_dict, "loop", str(review))
        try:
            for _ in range(5):  # a few complete saves, then kill while it keeps saving
                assert child.stdout.readline()
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait(10)
        finally:
            child.kill()
            child.wait()
        value = drafts.load_draft("busy").pages[0].fields[0].value
        assert value.startswith("edit ")
        assert reviewfile.load(review).pages[0].fields[0].value.startswith("edit ")


def test_the_log_and_the_settings_are_private(isolated_dirs):
    """They name the clerk's scans (recent files, errors about a file): owner-only, like the data."""
    from desktop_app.core.paths import data_dir, log_file
    from desktop_app.gui.state.settings import Settings

    log = log_file()
    settings = Settings(isolated_dirs / "cfg" / "settings.ini")
    settings.add_recent(str(isolated_dirs / "สมชาย ใจดี.jpg"))
    settings.sync()
    for path in (log, Path(settings.file_name)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700


def test_a_draft_id_is_a_random_uuid4_s_hex_without_importing_uuid():
    import uuid

    ids = {drafts.new_draft_id() for _ in range(50)}
    assert len(ids) == 50
    for draft_id in ids:
        as_uuid = uuid.UUID(hex=draft_id)
        assert as_uuid.hex == draft_id and as_uuid.version == 4 and as_uuid.variant == uuid.RFC_4122
