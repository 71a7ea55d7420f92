"""The review file, version 2 (version 1 still read): exact round trips, strict but
forward-compatible reading, the schema."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from desktop_app.core import reviewfile
from desktop_app.core.errors import FileFormatError, InputError
from desktop_app.core.model import (
    Check,
    Document,
    Field,
    FieldState,
    HistoryEntry,
    OcrRecord,
    Page,
    PageError,
    ReviewInfo,
    ReviewStatus,
    SentImage,
    Severity,
    Source,
)
from desktop_app.core.redact import register_secret

SCHEMA = json.loads(reviewfile.SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
SHA = "0123456789abcdef" * 4
VERBATIM = '{"status":  206 ,"data":[{"name":"\\u0e19\\u0e32\\u0e22","conf":0.5},{}]}\r\n'


def box(x: float, y: float, w: float = 10.0, h: float = 5.0):
    return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))


def make_document(image_path: str = "/data/scans/book.png") -> Document:
    edit = HistoryEntry(action="edit", old="กข 1234", new="กข 1235", at="2026-11-22T10:00:00+07:00",
                        by="somchai", note="ตามสมุดจริง")
    fields = [
        Field(key="plate_no", label_th="เลขทะเบียน", label_en="Plate number", ocr_value="กข 1234",
              value="กข 1235", confidence=0.873, boxes=[box(1.5, 2.25), box(100, 200.125)],
              state=FieldState.CORRECTED, history=[edit],
              checks=[Check(id="plate.format", severity=Severity.WARNING, message_en="Odd plate",
                            message_th="รูปแบบทะเบียนแปลก", suggestion="กข 1235")],
              normalized="กข1235", extra={"datetime_iso": None, "valid": False, "nested": {"a": [1, 2]}}),
        Field(key="province", label_th="จังหวัด", label_en="Province", ocr_value=None, value=None),
        Field(key="id_number", label_th="เลขประจำตัว", label_en="ID number", ocr_value="1234",
              value="1234", confidence=-1.0, boxes=[box(0, 0)],
              checks=[Check(id="thai_id.checksum", severity=Severity.ERROR, message_en="Bad check digit",
                            message_th="เลขตรวจสอบผิด")]),
        Field(key="ownership_adress", label_th="ownership_adress", label_en="ownership_adress",
              ocr_value="", value="", confidence=None),
    ]
    pages = [
        Page(index=0, width=2480, height=3508, fields=fields, images={"face": "iVBORw0KGgo="},
             image_boxes={"face": [box(10, 10, 300, 400)]}, extras={"gender": "ชาย", "signed": True}),
        Page(index=1, width=2480, height=3508, source=0, source_page=1,
             error=PageError(code="aigen.page_failed", message_en="Page failed", message_th="หน้าล้มเหลว",
                             retryable=True, page=1, detail='{"error": "internal_server_error"}')),
    ]
    return Document(
        doc_type="vehicle_book",
        sources=[Source(path=image_path, sha256=SHA, width=2480, height=3508, page_count=2)],
        provider_id="aigen-vehicle-book-v2",
        endpoint="https://api.example.test/v2/vehicle-book?lang=th",
        options={"return_image": True, "fields": ["a", "b"]},
        pages=pages,
        errors=[PageError(code="aigen.partial_content", message_en="Some pages failed",
                          message_th="บางหน้าอ่านไม่ได้", retryable=True, page=None)],
        ocr=OcrRecord(at="2026-11-22T09:59:00+07:00", http_status=206, response_text=VERBATIM,
                      sent=[SentImage(source=0, width=1240, height=1754, scale_x=0.5, scale_y=0.5,
                                      rotation=90, bytes=123456, mime="application/pdf")],
                      elapsed_seconds=1.234, from_cache=False),
        review=ReviewInfo(status=ReviewStatus.IN_REVIEW, reviewer="somchai",
                          created="2026-11-22T10:00:00+07:00", updated="2026-11-22T10:05:00+07:00",
                          seconds_spent=301.5,
                          history=[HistoryEntry(action="status", old="unreviewed", new="in_review",
                                                at="2026-11-22T10:00:00+07:00", by="somchai")]),
        simulated=False,
    )


# --- round trips ------------------------------------------------------------------------------

def test_round_trip_in_memory_is_exact():
    doc = make_document()
    again = reviewfile.from_dict(reviewfile.to_dict(doc))
    assert again == doc
    # the parts equality alone could gloss over
    assert again.pages[0].fields[0].boxes[1] == ((100.0, 200.125), (110.0, 200.125), (110.0, 205.125),
                                                 (100.0, 205.125))
    assert isinstance(again.pages[0].fields[0].boxes[0], tuple)
    assert again.pages[0].fields[0].state is FieldState.CORRECTED
    assert again.pages[0].fields[1].ocr_value is None and again.pages[0].fields[1].missing
    assert again.pages[0].fields[2].confidence == -1.0
    assert not again.pages[0].fields[3].known


def test_round_trip_through_json_text_is_exact():
    doc = make_document()
    assert reviewfile.loads(reviewfile.dumps(doc)) == doc


def test_save_and_load_round_trip_with_image_beside_the_file(tmp_path):
    image = tmp_path / "scans" / "book.png"
    doc = make_document(str(image))
    target = tmp_path / "book.png.review.json"
    reviewfile.save(doc, target)
    assert reviewfile.load(target) == doc
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["document"]["sources"][0]["path"] == "scans/book.png"


def test_folder_can_move_when_images_are_inside_it(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    doc = make_document(str(folder / "sub" / "book.png"))
    reviewfile.save(doc, folder / "book.review.json")
    moved = tmp_path / "elsewhere"
    (folder).rename(moved)
    loaded = reviewfile.load(moved / "book.review.json")
    assert loaded.sources[0].path == str(moved / "sub" / "book.png")


def test_image_outside_the_folder_is_stored_absolute(tmp_path):
    image = tmp_path / "images" / "book.png"
    target = tmp_path / "reviews" / "book.review.json"
    target.parent.mkdir()
    reviewfile.save(make_document(str(image)), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["document"]["sources"][0]["path"] == str(image)
    assert reviewfile.load(target).sources[0].path == str(image)


def test_file_is_utf8_thai_indented_private_and_schema_valid(tmp_path):
    target = tmp_path / "r.json"
    reviewfile.save(make_document(), target)
    text = target.read_text(encoding="utf-8")
    assert "เลขทะเบียน" in text and "\\u0e40" not in text  # ensure_ascii=False
    assert text.startswith('{\n  "format": "desktop-app/review"')
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    data = json.loads(text)
    VALIDATOR.validate(data)
    assert data["version"] == 2 and data["generator"].startswith("desktop-app ")
    assert data["ocr"]["response"] == VERBATIM  # the exact text, not re-serialised
    assert data["pages"][0]["fields"][0]["boxes"][0] == [[1.5, 2.25], [11.5, 2.25], [11.5, 7.25], [1.5, 7.25]]


def test_simulated_is_written_and_read():
    doc = make_document()
    doc.simulated = True
    data = reviewfile.to_dict(doc)
    assert data["simulated"] is True
    VALIDATOR.validate(data)
    assert reviewfile.from_dict(data).simulated is True


def test_a_page_re_run_alone_keeps_its_own_verbatim_answer():
    doc = make_document()
    doc.pages[0].ocr = OcrRecord(at="2026-11-22T10:00:00+07:00", http_status=206,
                                 response_text='{"status": "error",  "data": [{}]}', from_cache=False)
    data = reviewfile.to_dict(doc)
    VALIDATOR.validate(data)
    assert data["pages"][0]["ocr"]["response"] == '{"status": "error",  "data": [{}]}'
    assert reviewfile.from_dict(data) == doc
    del data["pages"][0]["ocr"]  # files written before re-runs existed still load
    assert reviewfile.from_dict(data).pages[0].ocr is None


def test_document_without_ocr_record_round_trips_and_validates():
    doc = Document(doc_type="passport", sources=[Source("/x/p.jpg", SHA, 800, 600)], provider_id="demo",
                   endpoint="http://127.0.0.1:9/passport")
    data = reviewfile.to_dict(doc)
    VALIDATOR.validate(data)
    assert reviewfile.from_dict(data) == doc


def test_non_finite_numbers_in_api_extras_become_null():
    doc = make_document()
    doc.pages[0].extras["score"] = float("nan")
    text = reviewfile.dumps(doc)  # would raise with allow_nan=False if left in
    assert json.loads(text)["pages"][0]["extras"]["score"] is None


def test_the_text_is_json_dumps_of_the_structure_written_field_by_field():
    """`dumps` writes each field's part alone (the whole structure of a big review lived while it
    was written, issue 12), and the text is exactly what json.dumps of that structure gives, also
    with strings that look like its marks, an empty page and numbers JSON cannot hold."""
    doc = make_document()
    f = doc.pages[0].fields[0]
    f.value = 'q"uo\\te\n\u0000fields-0-0\u0000 ทิ้ง'
    f.extra = {"nan": float("nan"), "nested": [1, {"inf": float("inf")}], "mark": "\x00fields-x-0\x00"}
    doc.pages.append(Page(index=len(doc.pages), width=10, height=10, fields=[]))
    structure = reviewfile.to_dict(doc, base_dir="/tmp")
    assert reviewfile.dumps(doc, base_dir="/tmp") == json.dumps(
        structure, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    wrapped = reviewfile.to_json(doc, wrap=lambda s: {"id": "x", "document": s, "after": [1]})
    assert wrapped == json.dumps({"id": "x", "document": reviewfile.to_dict(doc), "after": [1]},
                                 ensure_ascii=False, allow_nan=False)


def test_a_save_never_holds_the_structure_of_every_field_at_once(monkeypatch):
    """The garbage collector goes through every object of the program when enough new objects
    outlive its young generations: a field's part is gone before the next one is made."""
    from desktop_app.core import reviewfile_encode

    alive: list[int] = []
    most = [0]

    class Part(dict):
        def __del__(self):
            alive.pop()

    original = reviewfile_encode._field_to_dict

    def counting(f, doc_type):
        alive.append(1)
        most[0] = max(most[0], len(alive))
        return Part(original(f, doc_type))

    monkeypatch.setattr(reviewfile_encode, "_field_to_dict", counting)
    doc = make_document()
    doc.pages[0].fields = [copy.deepcopy(doc.pages[0].fields[0]) for _ in range(50)]
    reviewfile.dumps(doc)
    assert most[0] == 1 and not alive


# --- secrets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint, expected", [
    ("https://u:p@api.example.test/v1?aigen_key=SECRETKEY123&lang=th", "https://api.example.test/v1?lang=th"),
    ("https://api.example.test/v1?AIGEN_KEY=SECRETKEY123", "https://api.example.test/v1"),
    ("https://api.example.test/v1?a=1&b=%20x", "https://api.example.test/v1?a=1&b=%20x"),
    ("http://127.0.0.1:8080/ocr", "http://127.0.0.1:8080/ocr"),
])
def test_endpoint_is_stored_without_credentials(endpoint, expected):
    doc = make_document()
    doc.endpoint = endpoint
    assert reviewfile.to_dict(doc)["provider"]["endpoint"] == expected
    assert "SECRETKEY123" not in reviewfile.dumps(doc)


def test_a_review_file_is_never_rewritten_by_masking(tmp_path):
    # what the clerk typed is data: masking it would save one value and show another (issue 10);
    # secrets are kept out of data files at their source (endpoints carrying a key are refused)
    register_secret("sk-live-very-secret-123")
    doc = make_document()
    doc.pages[0].fields[0].history[0].note = "pasted sk-live-very-secret-123 by mistake"
    target = tmp_path / "r.json"
    reviewfile.save(doc, target)
    note = doc.pages[0].fields[0].history[0].note
    assert reviewfile.load(target).pages[0].fields[0].history[0].note == note


# --- reading: strict about v1, tolerant of unknown keys -----------------------------------------

def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data,
                    encoding="utf-8")
    return path


def assert_unreadable_and_untouched(path: Path, code: str = "file.unreadable") -> None:
    before = path.read_bytes(), os.stat(path).st_mtime_ns
    with pytest.raises(FileFormatError) as info:
        reviewfile.load(path)
    assert info.value.code == code
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_unknown_keys_are_tolerated(tmp_path):
    data = reviewfile.to_dict(make_document())
    data["added_in_1_1"] = {"x": 1}
    data["pages"][0]["fields"][0]["colour"] = "red"
    data["review"]["team"] = "B"
    data["document"]["sources"][0]["dpi"] = 300
    VALIDATOR.validate(data)
    assert reviewfile.load(write(tmp_path / "r.json", data)) == make_document()


@pytest.mark.parametrize("content", [
    '{"format": "desktop-app/review", "version": 1, "generator": ',  # damaged JSON
    "",
    "[1, 2, 3]",
    "null",
])
def test_damaged_files_are_unreadable_and_left_untouched(tmp_path, content):
    assert_unreadable_and_untouched(write(tmp_path / "r.json", content))


def test_not_utf8_is_unreadable(tmp_path):
    path = tmp_path / "r.json"
    path.write_bytes(b'{"format": "\xff\xfe"}')
    assert_unreadable_and_untouched(path)


@pytest.mark.parametrize("fmt", ["other-app/review", None, 1])
def test_wrong_format_is_unreadable(tmp_path, fmt):
    data = reviewfile.to_dict(make_document())
    data["format"] = fmt
    assert_unreadable_and_untouched(write(tmp_path / "r.json", data))


def test_newer_version_is_refused_as_newer(tmp_path):
    data = reviewfile.to_dict(make_document())
    data["version"] = 3
    assert_unreadable_and_untouched(write(tmp_path / "r.json", data), code="file.newer")


@pytest.mark.parametrize("version", [0, "1", 1.5, None, True])
def test_bad_version_is_unreadable(tmp_path, version):
    data = reviewfile.to_dict(make_document())
    data["version"] = version
    assert_unreadable_and_untouched(write(tmp_path / "r.json", data))


def required_paths(schema_node: dict, data, prefix: tuple = ()):
    """Every (path-to-object, key) the schema requires, walked over a real document."""
    node = schema_node
    if "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if "oneOf" in node:
        for option in node["oneOf"]:
            if option.get("type") != "null" and "const" not in option and isinstance(data, dict | list):
                yield from required_paths(option, data, prefix)
        return
    if isinstance(data, dict):
        for key in node.get("required", []):
            yield prefix, key
        for key, sub in node.get("properties", {}).items():
            if key in data and isinstance(sub, dict):
                yield from required_paths(sub, data[key], prefix + (key,))
    elif isinstance(data, list) and data and "items" in node:
        yield from required_paths(node["items"], data[0], prefix + (0,))


ALL_REQUIRED = list(required_paths(SCHEMA, reviewfile.to_dict(make_document())))


def test_the_walk_covers_every_object():
    keys = {".".join(map(str, p + (k,))) for p, k in ALL_REQUIRED}
    assert "pages.0.fields.0.checks.0.severity" in keys
    assert "ocr.sent.0.mime" in keys
    assert "errors.0.retryable" in keys
    assert "review.history.0.by" in keys
    assert len(ALL_REQUIRED) > 80


@pytest.mark.parametrize("where, key", ALL_REQUIRED, ids=lambda v: ".".join(map(str, v)) if
                         isinstance(v, tuple) else str(v))
def test_every_required_part_is_required_by_the_loader_too(tmp_path, where, key):
    data = copy.deepcopy(reviewfile.to_dict(make_document()))
    node = data
    for step in where:
        node = node[step]
    del node[key]
    assert not VALIDATOR.is_valid(data)
    assert_unreadable_and_untouched(write(tmp_path / "r.json", data))


@pytest.mark.parametrize("mutate", [
    lambda d: d["pages"][0]["fields"][0].__setitem__("state", "approved"),
    lambda d: d["pages"][0]["fields"][0].__setitem__("confidence", "high"),
    lambda d: d["pages"][0]["fields"][0].__setitem__("boxes", [[[0, 0], [1, 1]]]),
    lambda d: d["pages"][0]["fields"][0].__setitem__("boxes", [[[0, 0], [1, 1], [2, 2], [3, "x"]]]),
    lambda d: d["pages"][0].__setitem__("width", "2480"),
    lambda d: d["pages"][0].__setitem__("width", True),
    lambda d: d["review"].__setitem__("status", "done"),
    lambda d: d.__setitem__("simulated", "no"),
    lambda d: d["document"].__setitem__("sources", []),
    lambda d: d.__setitem__("pages", {"0": {}}),
    lambda d: d["ocr"].__setitem__("response", {"parsed": True}),
])
def test_wrong_types_are_unreadable_and_schema_invalid(tmp_path, mutate):
    data = reviewfile.to_dict(make_document())
    mutate(data)
    assert not VALIDATOR.is_valid(data)
    assert_unreadable_and_untouched(write(tmp_path / "r.json", data))


def test_missing_file_says_not_found(tmp_path):
    with pytest.raises(InputError) as info:
        reviewfile.load(tmp_path / "nope.json")
    assert info.value.code == "input.not_found"


def test_review_path_for_an_image():
    assert reviewfile.review_path_for("/a/b/book.png") == Path("/a/b/book.png.review.json")


def test_the_documented_example_is_a_valid_review_file():
    import re

    text = (Path(__file__).resolve().parent.parent / "docs" / "review-file.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1).replace("{...}", "{}"))
    VALIDATOR.validate(example)
    doc = reviewfile.from_dict(example)
    assert doc.pages[0].fields[0].value == "กข 1235"
