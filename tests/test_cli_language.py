"""`desktop-app ocr` in the clerk's language: `--language`, else the window's saved choice, else the
locale. Error sentences keep their English line first (support reads it, with the code)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop_app import cli, cli_say
from desktop_app.cli_language import saved_language
from desktop_app.cli_ocr import summary
from desktop_app.core.errors import describe
from desktop_app.core.model import Document, Field, Page, Source
from desktop_app.core.retention import settings_file

NOT_FOUND_VI = describe("input.not_found").vi
NOT_FOUND_TH = describe("input.not_found").th


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """The machine's own locale never decides these tests; each one sets what it means."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(cli_say, "_language", None)


def save_window_language(language: str) -> None:
    """What the window writes when the clerk picks a language (QSettings, IniFormat)."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[clerk]\nlanguage={language}\nreviewer=Nguyễn Văn A\n", encoding="utf-8")


def missing_file(capsys, tmp_path, *extra: str) -> list[str]:
    status = cli.main(["ocr", str(tmp_path / "none.png"), "--provider", "aigen-vehicle-book-v2", *extra])
    assert status == 2
    return lines(capsys.readouterr().err)


def test_language_vi_says_the_error_in_vietnamese_after_the_english(capsys, tmp_path):
    err = missing_file(capsys, tmp_path, "--language", "vi")
    assert err[0].startswith("The file was not found") and err[1] == NOT_FOUND_VI
    assert len(err) == 2


def test_english_by_default_one_line(capsys, tmp_path):
    err = missing_file(capsys, tmp_path)
    assert len(err) == 1 and err[0].startswith(describe("input.not_found").en)


def test_the_windows_saved_language_is_used(capsys, tmp_path):
    save_window_language("vi")
    assert saved_language() == "vi"
    assert missing_file(capsys, tmp_path)[1] == NOT_FOUND_VI


def test_the_locale_is_used_when_nothing_was_saved(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert missing_file(capsys, tmp_path)[1] == NOT_FOUND_VI


def test_the_option_beats_the_saved_choice_and_the_saved_choice_beats_the_locale(capsys, tmp_path,
                                                                                  monkeypatch):
    save_window_language("th")
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert missing_file(capsys, tmp_path)[1] == NOT_FOUND_TH
    assert missing_file(capsys, tmp_path, "--language", "vi")[1] == NOT_FOUND_VI
    assert len(missing_file(capsys, tmp_path, "--language", "en")) == 1


def test_an_unreadable_settings_file_is_no_language(tmp_path):
    path = tmp_path / "broken.ini"
    path.write_bytes(b"\xff\xfe[clerk\nlanguage")
    assert saved_language(path) is None
    assert saved_language(tmp_path / "absent.ini") is None


def test_an_unknown_language_is_a_usage_error(capsys, tmp_path):
    status = cli.main(["ocr", str(tmp_path / "x.png"), "--provider", "demo", "--language", "fr"])
    assert status == 2 and "--language" in capsys.readouterr().err


def test_a_missing_key_is_said_in_vietnamese(capsys, tmp_path):
    image = tmp_path / "scan.png"
    Image.new("RGB", (800, 600), "white").save(image)
    status = cli.main(["ocr", str(image), "--provider", "aigen-vehicle-book-v2", "--language", "vi",
                       "--out", str(tmp_path / "r.json"), "--endpoint", "http://127.0.0.1:9/ocr"])
    err = lines(capsys.readouterr().err)
    assert status == 2  # nothing sent: said in English, then in Vietnamese
    assert err[-1] == describe("key.missing").vi


def test_a_demo_run_tells_the_clerk_in_vietnamese(capsys, tmp_path):
    sample = Path(__file__).resolve().parent.parent / "resources" / "samples" / "vehicle_book.png"
    out = tmp_path / "r.json"
    status = cli.main(["ocr", str(sample), "--provider", "demo", "--out", str(out), "--language", "vi"])
    err = lines(capsys.readouterr().err)
    assert status == 0, err
    assert "Kết quả MÔ PHỎNG (minh họa): câu trả lời mẫu được tạo ra, không phải OCR thật." in err
    summary = next(line for line in err if line.startswith("Đã lưu "))
    assert "1 trang" in summary and "trường" in summary and "kiểm tra:" in summary
    assert "Saved" not in "\n".join(err)


def test_the_summary_line_in_each_language():
    fields = [Field(key=k, label_th=k, label_en=k, ocr_value="1", value="1", confidence=0.5) for k in "ab"]
    doc = Document("vehicle_book", [Source("/x.png", "0" * 64, 10, 10)], "demo", "x",
                   pages=[Page(0, 10, 10, fields=fields)])

    en = summary(doc, Path("r.json"), None, "en")
    assert en == ("Saved r.json: 1 page, 2 fields, 2 below their confidence threshold (0.90 unless set "
                  "per field), 0 missing, 0 errors; checks: 0 errors, 0 warnings.")
    assert summary(doc, Path("r.json"), None, "vi") == (
        "Đã lưu r.json: 1 trang, 2 trường, 2 trường có độ tin cậy dưới ngưỡng (0.90 trừ khi đặt riêng "
        "cho trường), 0 trường không tìm thấy, 0 lỗi; kiểm tra: 0 lỗi, 0 cảnh báo.")
    assert summary(doc, Path("r.json"), None, "th").startswith("บันทึก r.json แล้ว: 1 หน้า 2 ช่อง")


def test_purge_says_what_it_removed_in_vietnamese_and_counts_in_english_plurals(capsys):
    assert cli.main(["purge", "--older-than", "1", "--language", "vi"]) == 0
    assert lines(capsys.readouterr().err) == [
        "Đã xóa những gì cũ hơn 1 ngày: 0 câu trả lời đã lưu, 0 mục nhật ký, 0 tệp tạm."]
    assert cli.main(["purge", "--older-than", "1"]) == 0
    assert lines(capsys.readouterr().err) == [
        "Purged what was older than 1 day: 0 stored answers, 0 log entries, 0 temporary files."]


def test_report_and_export_say_it_in_vietnamese(capsys, tmp_path):
    sample = Path(__file__).resolve().parent.parent / "resources" / "samples" / "vehicle_book.png"
    review = tmp_path / "r.review.json"
    assert cli.main(["ocr", str(sample), "--provider", "demo", "--out", str(review)]) == 0
    capsys.readouterr()
    report = tmp_path / "report.html"
    assert cli.main(["report", str(review), "--out", str(report), "--language", "vi"]) == 0
    assert lines(capsys.readouterr().err) == [
        f"Đã ghi báo cáo về 1 tài liệu ra {report} (có kèm kết quả MÔ PHỎNG, đã được đánh dấu)."]
    status = cli.main(["export", str(review), "--out", str(tmp_path / "x.csv"), "--all", "--language", "vi"])
    err = lines(capsys.readouterr().err)
    assert status == 0 and err[-1].startswith("Đã xuất 1 tài liệu ra ") and err[-1].endswith("; 1 MÔ PHỎNG.")
