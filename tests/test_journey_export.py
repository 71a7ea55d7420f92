"""A supervisor exports the signed-off documents for a downstream system: `desktop-app export`.

One row per document, one column per canonical field, normalised values; CSV (UTF-8 with BOM),
XLSX (read back with openpyxl), JSONL. The same book read through AIGEN v1 and v2 gives the same
columns."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import cli
from desktop_app.core import review as changes
from desktop_app.core import reviewfile
from desktop_app.core.attention import Attention, Thresholds
from desktop_app.core.export import ExportItem, export_documents
from desktop_app.core.export.rows import META_COLUMNS
from desktop_app.core.model import Document, Field, FieldState, Page, Source
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

BOOK = samples_dir() / "vehicle_book.png"


@pytest.fixture(autouse=True)
def aigen_key(monkeypatch):
    monkeypatch.setenv("AIGEN_API_KEY", "test-aigen-key-0123456789")


@pytest.fixture(scope="module")
def standin():
    with StandIn() as server:
        yield server


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def sign_off(path: Path, corrections: dict[str, str] | None = None) -> None:
    document = reviewfile.load(path)
    at, who = "2026-11-30T10:00:00+07:00", "somchai"
    for p, page in enumerate(document.pages):
        for i, f in enumerate(page.fields):
            if corrections and f.key in corrections:
                changes.apply(document, changes.plan_edit(document, (p, i), corrections[f.key]), who, at)
    changes.apply(document, changes.plan_signoff(document, Attention(document, Thresholds()).untouched(),
                                                 who), who, at)
    reviewfile.save(document, path)


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the file as UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def ocr_book(capsys, standin, tmp_path: Path, route: str) -> Path:
    out = tmp_path / f"{route}.review.json"
    status, _, err = run(capsys, "ocr", BOOK, "--provider", route, "--endpoint", standin.endpoint(route),
                         "--out", out)
    assert status == 0, err
    return out


def test_v1_and_v2_give_the_same_columns_and_normalised_values(capsys, standin, tmp_path):
    routes = ("aigen-vehicle-book-v1", "aigen-vehicle-book-v2")
    paths = [ocr_book(capsys, standin, tmp_path, route) for route in routes]
    keys = [{f.key for _, f in reviewfile.load(p).all_fields()} for p in paths]
    assert keys[0] != keys[1]  # v1 leaves out what it did not find, v2 answers `{}`
    for path in paths:
        sign_off(path, {"province": "กรุงเทพมหานคร"})
    exports = []
    for path in paths:
        out = path.with_suffix(".csv")
        status, _, err = run(capsys, "export", path, "--format", "csv", "--out", out)
        assert status == 0, err
        exports.append(out)
    headers = [out.read_bytes().decode("utf-8-sig").splitlines()[0] for out in exports]
    assert headers[0] == headers[1]
    rows = [read_csv(out)[0] for out in exports]
    for row in rows:
        assert row["status"] == "reviewed" and row["reviewer"] == "somchai"
        assert row["signed_off_at"] == "2026-11-30T10:00:00+07:00"
        assert row["simulated"] == "true"  # the stand-in's answers are simulations and say so
        assert row["registration_date"] == "2019-03-15"  # 15 มีนาคม 2562 (Buddhist era) as ISO
        assert row["province"] == "กรุงเทพมหานคร"
        assert row["legal_owner_id_number"] == "1101700123456"  # digits only
        assert len(row["source_sha256"]) == 64
    assert rows[0]["provider"] == "aigen-vehicle-book-v1" and rows[1]["provider"] == "aigen-vehicle-book-v2"
    assert list(rows[0])[: len(META_COLUMNS)] == list(META_COLUMNS)


def test_only_signed_off_by_default_all_with_their_status(capsys, standin, tmp_path):
    signed = ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    sign_off(signed)
    other = tmp_path / "more"
    other.mkdir()
    unsigned = ocr_book(capsys, standin, other, "aigen-vehicle-book-v1")
    out = tmp_path / "all.jsonl"
    status, _, err = run(capsys, "export", tmp_path, "--out", out)
    assert status == 0, err
    assert "1 not signed off left out" in err
    assert [json.loads(line)["review_file"] for line in out.read_text("utf-8").splitlines()] == [str(signed)]
    status, _, err = run(capsys, "export", tmp_path, "--out", out, "--all")
    assert status == 0, err
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {(row["review_file"], row["status"]) for row in lines} == {(str(signed), "reviewed"),
                                                                      (str(unsigned), "unreviewed")}
    assert lines[0]["legal_owner_name"] == "นายสมมุติ ใจดีเสมอ"  # Thai as is, not \\u escapes
    assert "นายสมมุติ" in out.read_text("utf-8")


def test_nothing_signed_off_or_nothing_found_is_one_sentence(capsys, standin, tmp_path):
    ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    status, _, err = run(capsys, "export", tmp_path, "--out", tmp_path / "x.csv")
    assert status == 2 and "None of these documents is signed off" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = run(capsys, "export", empty, "--out", tmp_path / "x.csv")
    assert status == 2 and "No review file was found" in err


def test_a_damaged_review_file_is_named_and_left_out(capsys, standin, tmp_path):
    sign_off(ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2"))
    (tmp_path / "broken.review.json").write_text("{not json", encoding="utf-8")
    status, _, err = run(capsys, "export", tmp_path, "--out", tmp_path / "x.csv")
    assert status == 1
    assert "broken.review.json" in err and "could not be read" in err
    assert len(read_csv(tmp_path / "x.csv")) == 1


def test_xlsx_reads_back_thai_with_a_frozen_header_and_sized_columns(capsys, standin, tmp_path):
    path = ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    sign_off(path)
    out = tmp_path / "books.xlsx"
    status, _, err = run(capsys, "export", path, "--out", out)
    assert status == 0, err
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert row["legal_owner_name"] == "นายสมมุติ ใจดีเสมอ"
    assert row["legal_owner_address"].startswith("123/45 ถนนทดสอบ")
    assert row["legal_owner_id_number"] == "1101700123456"  # text, not 1.1017E+12
    assert sheet.freeze_panes == "A2"
    assert sheet[1][0].font.b
    address = header.index("legal_owner_address") + 1
    width = sheet.column_dimensions[sheet.cell(1, address).column_letter].width
    assert width > len("legal_owner_address") + 10  # sized to the address, not the default 13


def _two_sided(front_plate: str, back_plate: str) -> Document:
    def field(key: str, value: str) -> Field:
        return Field(key=key, label_th=key, label_en=key, ocr_value=value, value=value, confidence=0.99,
                     state=FieldState.CONFIRMED)

    document = Document(doc_type="vn_vehicle_registration", provider_id="cvvn-vehicle-registrations",
                        endpoint="https://cloud.computervision.com.vn/api/v2/ocr/vehicle_registrations",
                        sources=[Source("front.jpg", "a" * 64, 800, 600),
                                 Source("back.jpg", "b" * 64, 800, 600)],
                        pages=[Page(0, 800, 600, [field("plate", front_plate),
                                                  field("name", "NGUYỄN VĂN A")]),
                               Page(1, 800, 600, [field("plate", back_plate)], source=1)])
    document.review.status = "reviewed"
    return document


def test_a_field_on_two_pages_is_one_column_and_a_disagreement_is_reported(tmp_path):
    agree = _two_sided("51F-123.45", "51f 123.45")
    differ = _two_sided("51F-123.45", "51F-123.46")
    result = export_documents([ExportItem(agree, "a.review.json"), reviewfile.to_dict(differ)],
                              tmp_path / "vn.csv", "csv")
    rows = read_csv(tmp_path / "vn.csv")
    assert [c for c in result.columns if "plate" in c] == ["plate_number"]
    assert rows[0]["plate_number"] == "51F-123.45" and rows[0]["disagreements"] == ""
    assert rows[1]["plate_number"] == "51F-123.45"  # the front, read first
    assert "plate_number" in rows[1]["disagreements"] and "51F-123.46" in rows[1]["disagreements"]
    assert rows[1]["source_file"] == "front.jpg; back.jpg"
    assert [d.column for _, d in result.disagreements] == ["plate_number"]


def test_presentation_mode_export_masks_personal_data(tmp_path):
    document = _two_sided("51F-123.45", "51F-123.45")
    id_card = Document(doc_type="thai_id_card", provider_id="aigen-idcard-v3", endpoint="https://x.invalid",
                       sources=[Source("card.jpg", "c" * 64, 800, 600)],
                       pages=[Page(0, 800, 600, [
                           Field("id_number", "", "", "1 1017 00123 45 6", "1 1017 00123 45 6", 0.99),
                           Field("religion", "", "", "พุทธ", "พุทธ", 0.99),
                           Field("title_name_surname_th", "", "", "นาย ทดสอบ ใจดี", "นาย ทดสอบ ใจดี", 0.99)])])
    id_card.review.status = "reviewed"
    out = tmp_path / "masked.jsonl"
    export_documents([document, id_card], out, "jsonl", masked=True)
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows[1]["id_number"].endswith("3456") and "1101700" not in rows[1]["id_number"]
    assert rows[1]["religion"] != "พุทธ"
    assert rows[1]["full_name_th"] == "นาย ทดสอบ ใจดี"  # names only on request
    assert rows[0]["plate_number"] == "51F-123.45"  # not personal
    export_documents([id_card], out, "jsonl", masked=True, mask_names=True)
    assert "ทดสอบ" not in out.read_text("utf-8")


def test_the_review_file_carries_the_canonical_name_and_older_files_still_open(capsys, standin, tmp_path):
    path = ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    data = json.loads(path.read_text("utf-8"))
    fields = {f["key"]: f for page in data["pages"] for f in page["fields"]}
    assert fields["ownership_adress"]["canonical"] == "legal_owner_address"
    assert fields["date_of_posession"]["canonical"] == "possession_date"
    for page in data["pages"]:
        for f in page["fields"]:
            del f["canonical"]  # as a file written before the canonical names existed
    older = tmp_path / "older.review.json"
    older.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert reviewfile.load(older).pages[0].fields[0].key == data["pages"][0]["fields"][0]["key"]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(reviewfile.SCHEMA_PATH.read_text("utf-8"))
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema)
    jsonschema.validate(data, schema)


def test_the_canonical_table_document_is_generated_from_the_tables():
    from desktop_app.core.catalogue.canonical import markdown

    docs = Path(__file__).resolve().parent.parent / "docs" / "canonical-fields.md"
    assert docs.read_text("utf-8") == markdown(), "regenerate docs/canonical-fields.md"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (optional)")
def test_libreoffice_opens_the_csv_with_thai_intact(capsys, standin, tmp_path):
    path = ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    sign_off(path)
    out = tmp_path / "books.csv"
    assert run(capsys, "export", path, "--out", out)[0] == 0
    converted = tmp_path / "converted"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", str(converted), str(out)],
                   check=True, capture_output=True, timeout=120)
    sheet = load_workbook(converted / "books.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "document_type"  # the BOM did not end up in the first header
    assert sheet.cell(2, header.index("legal_owner_name") + 1).value == "นายสมมุติ ใจดีเสมอ"


def test_text_read_off_a_document_never_becomes_a_formula(tmp_path):
    document = _two_sided("51F-123.45", "51F-123.45")
    document.pages[0].fields[1].value = '=HYPERLINK("http://x.invalid","click")'
    document.pages[0].fields.append(Field("address", "", "", "-", "-", 0.9))
    export_documents([document], tmp_path / "x.csv", "csv")
    export_documents([document], tmp_path / "x.xlsx", "xlsx")
    row = read_csv(tmp_path / "x.csv")[0]
    assert row["owner_name"] == "'=HYPERLINK(\"http://x.invalid\",\"click\")"
    assert row["owner_address"] == "-"  # a lone dash (not applicable) stays as it is
    sheet = load_workbook(tmp_path / "x.xlsx").active
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(2, header.index("owner_name") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")  # text, not a formula


def test_a_sign_off_with_problems_left_says_so_in_the_export(capsys, standin, tmp_path):
    from desktop_app.core.signoff import open_problems

    path = ocr_book(capsys, standin, tmp_path, "aigen-vehicle-book-v2")
    document = reviewfile.load(path)
    record = open_problems(document)
    assert record.open_problems  # the sample's misread province is still there
    at, who = "2026-11-30T10:00:00+07:00", "somchai"
    changes.apply(document, changes.plan_signoff(document, Attention(document, Thresholds()).untouched(),
                                                 who, record), who, at)  # signed off anyway
    reviewfile.save(document, path)
    (tmp_path / "clean").mkdir()
    clean = ocr_book(capsys, standin, tmp_path / "clean", "aigen-vehicle-book-v1")
    sign_off(clean, {"province": "กรุงเทพมหานคร"})
    out = tmp_path / "out.csv"
    assert run(capsys, "export", path, clean, "--out", out)[0] == 0
    rows = {row["provider"]: row for row in read_csv(out)}
    blind, fixed = rows["aigen-vehicle-book-v2"], rows["aigen-vehicle-book-v1"]
    # downstream sees that problems were left, and how many fields nobody looked at
    assert int(blind["open_errors"]) == record.errors >= 1
    assert int(blind["open_attention"]) == record.attention >= 1
    assert int(blind["accepted_unseen"]) == record.accepted > 0
    assert blind["empty_required"] == str(record.empty_required)
    assert fixed["open_errors"] == "0"
