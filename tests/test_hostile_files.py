"""`desktop-app ocr` against hostile files and faults (issue 10): no clerk's work overwritten, no
paid answer lost, no forged output line, nothing that is not a regular file read or written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.core import atomic, reviewfile
from desktop_app.core.cache import ResponseCache
from desktop_app.core.errors import InputError
from desktop_app.core.model import ReviewStatus
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn
from tests.test_cli_batch import cards, lines, run

ROOT = Path(__file__).resolve().parent.parent
ROUTE = "aigen-idcard-v3"
DAMAGED_PDF = ROOT / "tests" / "fixtures" / "damaged" / "page_fails.pdf"


@pytest.fixture(autouse=True)
def aigen_key(monkeypatch):
    monkeypatch.setenv("AIGEN_API_KEY", "test-aigen-key-0123456789")


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


@pytest.fixture
def card(tmp_path) -> Path:
    target = tmp_path / "card.png"
    shutil.copyfile(samples_dir() / "thai_id_card.png", target)
    return target


def ocr(standin: StandIn, *args: str) -> list[str]:
    return ["ocr", *args, "--provider", ROUTE, "--endpoint", standin.endpoint(ROUTE)]


def _clerk_review(image: Path, target: Path) -> bytes:
    """A review file holding a clerk's work, saved at `target` (what another window would do)."""
    from tests.test_reviewfile import make_document

    document = make_document(str(image))
    document.review.status = ReviewStatus.REVIEWED
    reviewfile.save(document, target)
    return target.read_bytes()


# --- no work overwritten, no answer lost ---------------------------------------------------------

def test_a_review_saved_while_the_answer_was_on_its_way_is_kept(capsys, standin, card, tmp_path, monkeypatch):
    out = tmp_path / "card.review.json"
    saved: dict[str, bytes] = {}
    original_put = ResponseCache.put

    def answer_arrives_and_a_clerk_saves(self, key, response):
        stored = original_put(self, key, response)
        saved["clerk"] = _clerk_review(card, out)  # in between: after the paid call, before the write
        return stored

    monkeypatch.setattr(ResponseCache, "put", answer_arrives_and_a_clerk_saves)
    status, _out, err = run(capsys, *ocr(standin, str(card), "--out", str(out)))
    assert status == 2, err
    assert out.read_bytes() == saved["clerk"]  # the clerk's review, untouched
    assert "was saved there while the answer was on its way; it was kept" in err
    assert "stored" in err and len(ResponseCache()) == 1  # the paid answer is kept for the next run
    assert len(standin.requests) == 1


def test_an_unwritable_data_folder_keeps_the_answer_in_the_review_file(capsys, standin, card, tmp_path,
                                                                         monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    out = tmp_path / "card.review.json"
    status, _out, err = run(capsys, *ocr(standin, str(card), "--out", str(out)))
    assert status == 0, err
    document = reviewfile.load(out)
    assert document.ocr is not None and '"data"' in document.ocr.response_text  # the answer is kept
    assert "could not be stored" in err and "kept in the review file" in err
    assert "Something went wrong inside the program" not in err


def test_a_killed_save_leaves_no_copy_after_the_next_start(tmp_path):
    # a save killed after writing its temporary copy and before the rename (a real SIGKILL)
    target = tmp_path / "card.png.review.json"
    script = (
        "import os, signal, sys\n"
        "from desktop_app.core import atomic\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"atomic.write_bytes_atomic({str(target)!r}, b'personal data' * 1000, private=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=60)
    assert done.returncode == -9
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1  # the kill left a full copy of personal data
    live = tmp_path / f".other.review.json.{os.getpid()}.abcd.tmp"  # a save under way in this process
    live.write_bytes(b"x")
    removed = atomic.remove_stale_temporaries(tmp_path)
    assert removed == 1
    assert not left[0].exists() and live.exists()


def test_the_next_start_removes_what_killed_saves_left_in_the_data_folder(capsys, tmp_path):
    from desktop_app.core.paths import data_dir

    drafts = data_dir() / "drafts"
    drafts.mkdir(parents=True)
    stale = drafts / ".abc.draft.json.999999999.x1y2.tmp"  # a pid no process has
    stale.write_bytes(b"personal data")
    run(capsys, "providers")  # any start of the program
    assert not stale.exists()


def test_a_batch_document_whose_save_crashes_gets_a_line_and_the_summary_is_printed(
        capsys, standin, tmp_path, monkeypatch):
    from desktop_app import cli_batch

    paths = cards(tmp_path / "in", "a.png", "b.png")
    original = cli_batch.reviewfile.save

    def crash_for_b(document, target, **kwargs):
        if Path(target).name.startswith("b.png"):
            raise RuntimeError("the disk controller fell over")
        original(document, target, **kwargs)

    monkeypatch.setattr(cli_batch.reviewfile, "save", crash_for_b)
    status, out, err = run(capsys, *ocr(standin, *map(str, paths), "--out-dir", str(tmp_path / "out")))
    by_name = {line.split()[1].rstrip(":"): line for line in lines(out)}
    assert set(by_name) == {"a.png", "b.png"}
    assert by_name["b.png"].startswith("failed") and "[internal]" in by_name["b.png"]
    assert "2 documents: 1 saved, 0 partial, 1 failed." in err
    assert status == 3


# --- what is printed, what is read ---------------------------------------------------------------

def test_file_names_cannot_forge_result_lines(capsys, standin, tmp_path):
    folder = tmp_path / "in"
    (forged,) = cards(folder, "x.png\nok       fake.png -> fake.review.json: 1 page\x1b[2K.png")
    status, out, err = run(capsys, *ocr(standin, str(folder), "--out-dir", str(tmp_path / "out")))
    assert status == 0, err
    assert len(lines(out)) == 1  # one document, one line
    assert "\x1b" not in out and "\x1b" not in err
    assert "\\n" in out and "\\x1b" in out  # escaped, still recognisable


def test_a_fifo_as_out_is_refused_before_anything_is_sent(capsys, standin, card, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(cli.UsageError, match="not a regular file"):
        cli._check_out(str(fifo))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_as_the_image_is_refused(device):
    from desktop_app.core import imageprep

    with pytest.raises(InputError) as caught:
        imageprep.prepare(Path(device))
    assert caught.value.code == "input.unreadable"
    assert "not a regular file" in (caught.value.detail or "")


def test_a_device_as_a_review_file_is_refused(tmp_path):
    from desktop_app.core.errors import FileFormatError

    with pytest.raises(FileFormatError) as caught:
        reviewfile.load("/dev/zero")
    assert caught.value.code == "file.unreadable" and "not a regular file" in (caught.value.detail or "")


def test_a_damaged_pdf_is_bad_input(capsys, standin, tmp_path):
    status, _out, err = run(capsys, *ocr(standin, str(DAMAGED_PDF), "--out", str(tmp_path / "r.json")))
    assert status == 2, err
    assert "the PDF is damaged" in err
    assert "Something went wrong inside the program" not in err
    assert standin.requests == []


def test_a_batch_decodes_one_scan_at_a_time(capsys, standin, tmp_path, monkeypatch):
    # memory in a batch is that of one decode, whatever --jobs says (a 196 MP scan is ~600 MB)
    import threading

    from desktop_app.core import imageprep

    original = imageprep.prepare
    inside, most, lock = [0], [0], threading.Lock()
    second = threading.Event()

    def watched(*args, **kwargs):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            if inside[0] > 1:
                second.set()
        second.wait(0.5)  # give another job every chance to start decoding alongside
        try:
            return original(*args, **kwargs)
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(imageprep, "prepare", watched)
    paths = cards(tmp_path / "in", "a.png", "b.png", "c.png")
    status, _out, err = run(capsys, *ocr(standin, *map(str, paths), "--out-dir", str(tmp_path / "out"),
                                         "--jobs", "3"))
    assert status == 0, err
    assert most[0] == 1
