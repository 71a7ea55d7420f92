"""`desktop-app ocr` with many files and folders: --out-dir, --jobs, pairs, the cache, --fresh."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from desktop_app import cli
from desktop_app.core import pdf, review, reviewfile
from desktop_app.core.errors import describe
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
CARD = SAMPLES / "thai_id_card.png"
ROUTE = "aigen-idcard-v3"


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def aigen_key(monkeypatch):
    monkeypatch.setenv("AIGEN_API_KEY", "test-aigen-key-0123456789")


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def cards(folder: Path, *names: str) -> list[Path]:
    """Different scans of the sample card (one pixel differs: a different sha256, another answer)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / name for name in names]
    with Image.open(CARD) as image:
        card = image.convert("RGB")
    for path in paths:
        card.putpixel((0, 0), (sum(path.name.encode()) % 256, len(str(path)) % 256, 7))
        card.save(path)
    return paths


def ocr(standin: StandIn, *args: str, route: str = ROUTE) -> list[str]:
    return ["ocr", *args, "--provider", route, "--endpoint", standin.endpoint(route)]


def test_files_and_folders_one_review_file_each(capsys, standin, tmp_path):
    folder = tmp_path / "in"
    cards(folder, "b.png", "a.png")
    (folder / "notes.txt").write_text("not an image")
    (single,) = cards(tmp_path, "z.png")
    out_dir = tmp_path / "out"
    status, out, err = run(capsys, *ocr(standin, str(folder), str(single), "--out-dir", str(out_dir),
                                        "--jobs", "2"))
    assert status == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.png.review.json", "b.png.review.json",
                                                        "batch-summary.csv", "z.png.review.json"]
    done = [line for line in lines(out) if not line.startswith("skipped ")]
    assert len(done) == 3 and all(line.startswith("ok ") for line in done)
    assert {line.split()[1] for line in done} == {"a.png", "b.png", "z.png"}
    assert [line.split()[1] for line in lines(out) if line.startswith("skipped ")] == ["notes.txt:"]
    document = reviewfile.load(out_dir / "a.png.review.json")
    assert document.sources[0].path == str(folder / "a.png")
    assert document.pages[0].field("id_number").value and document.simulated
    assert "3 documents: 3 saved, 0 partial, 0 failed, 1 file skipped (listed above)." in err
    assert len(standin.requests) == 3


def test_exit_status_is_the_worst_of_the_batch(capsys, standin, tmp_path):
    (good,) = cards(tmp_path, "good.png")
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (100, 100), "white").save(tiny)
    two = tmp_path / "two.pdf"
    with Image.open(CARD) as image:
        two.write_bytes(pdf.from_images([image.convert("RGB")] * 2))
    standin.set_scenario("fail_page", page=2)
    status, out, err = run(capsys, *ocr(standin, str(good), str(tiny), str(two), "--out-dir",
                                        str(tmp_path / "out")))
    assert status == 2, err  # the tiny image: bad input, nothing sent for it
    by_name = {line.split()[1].rstrip(":"): line for line in lines(out)}
    assert by_name["tiny.png"].startswith("failed") and "[input.too_small]" in by_name["tiny.png"]
    assert by_name["two.pdf"].startswith("partial") and "page 2:" in by_name["two.pdf"]
    assert by_name["good.png"].startswith("ok")  # one page: there is no page 2 to fail
    assert not (tmp_path / "out" / "tiny.png.review.json").exists()
    assert (tmp_path / "out" / "two.pdf.review.json").exists()


def test_the_batch_writes_a_summary_line_per_document(capsys, standin, tmp_path):
    (good,) = cards(tmp_path, "good.png")
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (100, 100), "white").save(tiny)
    two = tmp_path / "two.pdf"
    with Image.open(CARD) as image:
        two.write_bytes(pdf.from_images([image.convert("RGB")] * 2))
    standin.set_scenario("fail_page", page=2)
    _, _, err = run(capsys, *ocr(standin, str(good), str(tiny), str(two), "--out-dir", str(tmp_path / "out")))
    summary = tmp_path / "out" / "batch-summary.csv"
    assert f"Summary: {summary}" in err
    raw = summary.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = {row["file"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert list(rows) == ["good.png", "tiny.png", "two.pdf"]
    assert rows["good.png"]["status"] == "ok" and rows["good.png"]["pages"] == "1"
    assert rows["good.png"]["review_file"] == "good.png.review.json"
    document = reviewfile.load(tmp_path / "out" / "good.png.review.json")
    from desktop_app.core.attention import Attention, Thresholds

    pending = Attention(document, Thresholds()).pending()
    assert int(rows["good.png"]["fields_needing_attention"]) == len(pending) > 0
    assert rows["tiny.png"]["status"] == "failed" and "[input.too_small]" in rows["tiny.png"]["error"]
    assert rows["two.pdf"]["status"] == "partial" and rows["two.pdf"]["pages"] == "2"
    assert rows["two.pdf"]["error"]


def test_partial_alone_is_1(capsys, standin, tmp_path):
    two = tmp_path / "two.pdf"
    with Image.open(CARD) as image:
        two.write_bytes(pdf.from_images([image.convert("RGB")] * 2))
    (other,) = cards(tmp_path, "other.png")
    standin.set_scenario("fail_page", page=2)
    status, out, _ = run(capsys, *ocr(standin, str(two), str(other), "--out-dir", str(tmp_path / "o")))
    assert status == 1
    assert sorted(line.split()[0] for line in lines(out)) == ["ok", "partial"]


def test_two_sided_files_are_taken_in_pairs(capsys, standin, tmp_path, monkeypatch):
    monkeypatch.setenv("CVVN_API_KEY", "k")
    monkeypatch.setenv("CVVN_API_SECRET", "s")
    files = []
    for doc in ("a", "b"):
        for side in ("front", "back"):
            files.append(tmp_path / f"{doc}_{side}.png")
            shutil.copyfile(SAMPLES / f"vn_registration_{side}.png", files[-1])
    route = "cvvn-vehicle-registrations"
    status, out, err = run(capsys, *ocr(standin, *map(str, files), "--out-dir", str(tmp_path / "out"),
                                        route=route))
    assert status == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a_front.png.review.json",
                                                                   "b_front.png.review.json",
                                                                   "batch-summary.csv"]
    assert {line.split()[1] for line in lines(out)} == {"a_front.png", "b_front.png"}
    assert all("a_back.png" in line or "b_back.png" in line for line in lines(out))
    document = reviewfile.load(tmp_path / "out" / "a_front.png.review.json")
    assert [p.extras["side"] for p in document.pages] == ["front", "back"]
    assert [s.path for s in document.sources] == [str(files[0]), str(files[1])]
    status, _, err = run(capsys, *ocr(standin, *map(str, files[:3]), "--out-dir", str(tmp_path / "x"),
                                      route=route))
    assert status == 2 and "pairs" in err


def test_a_folder_listing_backs_before_fronts_still_pairs_each_front_with_its_back(
        capsys, standin, tmp_path, monkeypatch):
    """A folder sorts `car1_back` before `car1_front` (and Vietnamese `sau` before `truoc`): the
    names, not the listing order, say which side is which."""
    monkeypatch.setenv("CVVN_API_KEY", "k")
    monkeypatch.setenv("CVVN_API_SECRET", "s")
    folder = tmp_path / "scans"
    folder.mkdir()
    for doc, front, back in (("car1", "front", "back"), ("xe 2", "mặt trước", "mặt sau")):
        shutil.copyfile(SAMPLES / "vn_registration_front.png", folder / f"{doc} {front}.png")
        shutil.copyfile(SAMPLES / "vn_registration_back.png", folder / f"{doc} {back}.png")
    route = "cvvn-vehicle-registrations"
    status, out, err = run(capsys, *ocr(standin, str(folder), "--out-dir", str(tmp_path / "out"),
                                        route=route))
    assert status == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["batch-summary.csv",
                                                                   "car1 front.png.review.json",
                                                                   "xe 2 mặt trước.png.review.json"]
    for name in ("car1 front.png", "xe 2 mặt trước.png"):
        document = reviewfile.load(tmp_path / "out" / f"{name}.review.json")
        assert Path(document.sources[0].path).name == name
        assert [p.extras["side"] for p in document.pages] == ["front", "back"]
    # (both pairs are the same two scans: the second is the stored answer, not a second request)
    assert [r.samples for r in standin.requests] == [["vn_registration_front", "vn_registration_back"]]


def test_the_second_run_reuses_stored_answers_and_fresh_asks_again(capsys, standin, tmp_path):
    paths = cards(tmp_path / "in", "a.png", "b.png")
    args = ocr(standin, *map(str, paths), "--out-dir", str(tmp_path / "out"))
    assert run(capsys, *args)[0] == 0
    assert len(standin.requests) == 2
    status, out, _ = run(capsys, *args)
    assert status == 0 and len(standin.requests) == 2  # nothing sent
    assert all("reused, nothing sent" in line for line in lines(out))
    data = json.loads((tmp_path / "out" / "a.png.review.json").read_text(encoding="utf-8"))
    assert data["ocr"]["from_cache"] is True
    status, out, _ = run(capsys, *args, "--fresh")
    assert status == 0 and len(standin.requests) == 4
    assert not any("reused" in line for line in lines(out))


def test_single_file_mode_uses_the_cache_too(capsys, standin, tmp_path):
    out_file = tmp_path / "r.json"
    args = ocr(standin, str(CARD), "--out", str(out_file))
    assert run(capsys, *args)[0] == 0
    status, out, err = run(capsys, *args)
    assert status == 0 and out == "" and len(standin.requests) == 1
    assert "Reused the answer stored" in err and "--fresh" in err
    assert run(capsys, *args, "--fresh")[0] == 0 and len(standin.requests) == 2


@pytest.mark.parametrize("extra", [[], ["--out", "r.json"]])
def test_several_documents_need_out_dir(capsys, standin, tmp_path, extra):
    paths = cards(tmp_path, "a.png", "b.png")
    status, out, err = run(capsys, *ocr(standin, *map(str, paths), *extra))
    assert status == 2 and out == "" and len(lines(err)) == 1 and "--out-dir" in err
    assert standin.requests == []


def test_name_clash_and_bad_jobs_are_refused_before_sending(capsys, standin, tmp_path):
    one = cards(tmp_path / "x", "same.png")[0]
    two = cards(tmp_path / "y", "same.png")[0]
    status, _, err = run(capsys, *ocr(standin, str(one), str(two), "--out-dir", str(tmp_path / "out")))
    assert status == 2 and "same.png.review.json" in err
    status, _, err = run(capsys, *ocr(standin, str(one), "--out-dir", str(tmp_path / "out"), "--jobs", "0"))
    assert status == 2 and len(lines(err)) == 1
    assert standin.requests == []


def test_the_same_scan_twice_is_sent_once(capsys, standin, tmp_path):
    (one,) = cards(tmp_path / "x", "one.png")
    twin = tmp_path / "twin.png"
    shutil.copyfile(one, twin)
    status, out, _ = run(capsys, *ocr(standin, str(one), str(twin), "--out-dir", str(tmp_path / "out")))
    assert status == 0 and len(standin.requests) == 1
    assert sum("reused, nothing sent" in line for line in lines(out)) == 1
    # --fresh asks the service again, once: the twin reuses what this very run just paid for
    status, out, _ = run(capsys, *ocr(standin, str(one), str(twin), "--out-dir", str(tmp_path / "out2"),
                                      "--fresh"))
    assert status == 0 and len(standin.requests) == 2
    assert sum("reused, nothing sent" in line for line in lines(out)) == 1


def _reviewed_copy(standin, capsys, tmp_path: Path, image: Path) -> Path:
    """A review file of `image` in which a clerk confirmed a field."""
    target = tmp_path / "seed.review.json"
    assert run(capsys, *ocr(standin, str(image), "--out", str(target)))[0] == 0
    document = reviewfile.load(target)
    review.apply(document, review.plan_confirm(document, (0, 0)), "clerk", "2026-11-30T09:00:00+07:00")
    reviewfile.save(document, target)
    return target


@pytest.mark.parametrize("existing", ["newer", "damaged", "reviewed"])
def test_a_newer_damaged_or_reviewed_file_is_never_written_over(capsys, standin, tmp_path, existing):
    (card,) = cards(tmp_path / "in", "card.png")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "card.png.review.json"
    if existing == "newer":
        target.write_text('{"format": "desktop-app/review", "version": 3}', encoding="utf-8")
    elif existing == "damaged":
        target.write_text('{"format": "desktop-app/rev', encoding="utf-8")
    else:
        target.write_bytes(_reviewed_copy(standin, capsys, tmp_path, card).read_bytes())
    before, sent = target.read_bytes(), len(standin.requests)
    code = {"newer": "file.newer", "damaged": "file.unreadable", "reviewed": "file.reviewed"}[existing]

    # one file, --out
    status, _, err = run(capsys, *ocr(standin, str(card), "--out", str(target), "--fresh"))
    assert status == 2 and describe(code).en in err and "Traceback" not in err
    # a batch, --out-dir: that document fails, nothing is sent for it
    status, out, _ = run(capsys, *ocr(standin, str(card), "--out-dir", str(out_dir), "--fresh"))
    assert status == 2 and lines(out)[0].startswith("failed") and f"[{code}]" in lines(out)[0]

    assert target.read_bytes() == before and len(standin.requests) == sent


def test_an_untouched_earlier_result_is_replaced(capsys, standin, tmp_path):
    (card,) = cards(tmp_path / "in", "card.png")
    target = tmp_path / "card.review.json"
    assert run(capsys, *ocr(standin, str(card), "--out", str(target)))[0] == 0
    assert run(capsys, *ocr(standin, str(card), "--out", str(target), "--fresh"))[0] == 0
    assert len(standin.requests) == 2


def test_an_empty_out_file_is_written_into(capsys, standin, tmp_path):
    target = tmp_path / "made-by-mktemp"
    target.write_bytes(b"")
    assert run(capsys, *ocr(standin, str(CARD), "--out", str(target)))[0] == 0
    assert reviewfile.load(target).pages
