"""The stand-in over real HTTP: each route answers each sample in its vendor's documented shape."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from PIL import Image, ImageOps

from desktop_app.resources import samples_dir
from desktop_app.standin import SIMULATION_HEADER, StandIn

SAMPLES = samples_dir()
KEY = {"x-aigen-key": "test-key"}
AIGEN_ROUTES = ["aigen-vehicle-book-v1", "aigen-vehicle-book-v2", "aigen-idcard-v3", "aigen-passport-v2"]


@pytest.fixture
def standin():
    with StandIn() as server:
        yield server


def sample_bytes(name: str, scale: float = 1.0, fmt: str = "PNG") -> bytes:
    """The sample as a client would upload it: EXIF-upright, maybe shrunk and re-encoded."""
    path = next(p for p in (SAMPLES / f"{name}.png", SAMPLES / f"{name}.jpg") if p.exists())
    with Image.open(path) as raw:
        image = ImageOps.exif_transpose(raw).convert("RGB")
    if scale != 1.0:
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, fmt, **({"quality": 70} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


def post_aigen(standin: StandIn, route: str, data: bytes, option: dict | None = None,
               headers: dict | None = None, **kwargs) -> requests.Response:
    body: dict = {"image": b64(data)}
    if option is not None:
        body["option"] = option
    kwargs.setdefault("timeout", 30)
    return requests.post(standin.endpoint(route), json=body, headers=KEY if headers is None else headers,
                         **kwargs)


def blank(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 180, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def scaled_truth_boxes(name: str, sx: float, sy: float) -> dict[str, list]:
    return {f["key"]: [[x * sx, y * sy] for x, y in f["box"]] for f in truth(name)["fields"] if f["box"]}


def close(a: list, b: list, tolerance: float = 1.0) -> bool:
    return all(abs(p[0] - q[0]) <= tolerance and abs(p[1] - q[1]) <= tolerance
               for p, q in zip(a, b, strict=True))


# --- documented shapes ------------------------------------------------------------------------------

def test_v1_answers_the_flat_list_shape(standin):
    response = post_aigen(standin, "aigen-vehicle-book-v1", sample_bytes("vehicle_book"))
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"response_id", "status", "message", "data", "request_id"}
    assert body["status"] == "1" and body["message"] == "success"
    items = {item["key"]: item for item in body["data"]}
    for item in body["data"]:
        assert set(item) == {"key", "key_thai", "text", "rect", "rect_norm", "bbox", "confidence"}
        x, y, w, h = item["rect"]
        assert item["bbox"] == [[x, y], [x + w, y], [x + w, y + h], [x, y + h]]
    assert items["province"]["text"] == "กรงเทพมหานคร" and items["province"]["confidence"] == 0.62
    assert items["car_number_position"]["key_thai"] == "อยู่ที่_ของเลขตัวรถ"  # as the vendor sample spells it
    assert "horsepower" not in items  # v1 leaves out what it did not find
    truth_boxes = scaled_truth_boxes("vehicle_book", 1, 1)
    assert close(items["model"]["bbox"], truth_boxes["model"])
    # the documented quirk: rect_norm disagrees with rect for registration_date, not for others
    reg, model = items["registration_date"], items["model"]
    assert abs(model["rect_norm"][2] * 1400 - model["rect"][2]) < 1
    assert abs(reg["rect_norm"][2] * 1400 - reg["rect"][2]) > 10


def test_v2_answers_pages_with_bboxes_and_empty_objects(standin):
    response = post_aigen(standin, "aigen-vehicle-book-v2", sample_bytes("vehicle_book"))
    assert response.status_code == 200
    assert response.headers[SIMULATION_HEADER[0]] == SIMULATION_HEADER[1]
    body = response.json()
    assert set(body) == {"status", "error", "data"} and body["status"] == "success" and body["error"] == []
    page = body["data"][0]
    assert page["horsepower"] == {}
    assert page["province"]["value"] == "กรงเทพมหานคร"
    expected = scaled_truth_boxes("vehicle_book", 1, 1)
    for key, entry in page.items():
        if entry == {}:
            continue
        assert set(entry) == {"value", "bboxes", "bboxes_norm", "confidence"}
        assert close(entry["bboxes"][0], expected[key])
        assert close([[x * 1400, y * 2000] for x, y in entry["bboxes_norm"][0]], expected[key], 0.2)


def test_idcard_answers_options_as_requested(standin):
    response = post_aigen(standin, "aigen-idcard-v3", sample_bytes("thai_id_card"), option={
        "return_face": True, "return_gender": True, "return_signed": True, "do_field_validation": True,
        "return_datetime_iso": True, "censor_field": ["id_number"], "image_file_conversion": "png"})
    assert response.status_code == 200
    page = response.json()["data"][0]
    assert page["id_number"]["valid"] is True and page["id_number"]["error_message"] == ""
    assert page["dob_th"]["datetime_iso"] == page["dob_en"]["datetime_iso"] == "1992-11-03"
    assert "bboxes" not in page["address_province"] and page["address_province"]["value"] == "จ.นนทบุรี"
    assert len(page["address_full"]["bboxes"]) == 2
    assert page["religion"] == {}
    option = page["option"]
    assert option["gender"] == "female" and option["signed"] is False
    face = Image.open(io.BytesIO(base64.b64decode(option["face"])))
    assert face.size == (330, 410)
    censored = Image.open(io.BytesIO(base64.b64decode(option["processed_image"]))).convert("L")
    (x0, y0), _, (x1, y1), _ = page["id_number"]["bboxes"][0]
    assert censored.crop((x0 + 2, y0 + 2, x1 - 2, y1 - 2)).getextrema() == (0, 0)


def test_idcard_without_options_has_empty_option_block(standin):
    page = post_aigen(standin, "aigen-idcard-v3", sample_bytes("thai_id_card")).json()["data"][0]
    assert page["option"] == {"face": {}, "gender": {}, "signed": {}, "processed_image": {}}
    assert "valid" not in page["id_number"] and "datetime_iso" not in page["dob_th"]


def test_idcard_failed_validation_gives_confidence_minus_one(standin):
    standin.set_scenario("invalid_id")
    page = post_aigen(standin, "aigen-idcard-v3", sample_bytes("thai_id_card"),
                      option={"do_field_validation": True}).json()["data"][0]
    assert page["id_number"]["valid"] is False and page["id_number"]["confidence"] == -1.0


def test_passport_face_is_one_rotated_box(standin):
    response = post_aigen(standin, "aigen-passport-v2", sample_bytes("passport"),
                          option={"return_face": True})
    body = response.json()
    assert response.status_code == 200 and body["status"] == "success" and body["request_id"] == ""
    page = body["data"][0]
    assert page["type"] == {}
    mrz_2 = next(f["value"] for f in truth("passport")["fields"] if f["key"] == "mrz_2")
    assert page["mrz_2"]["value"] == mrz_2
    face = page["option"]["face"]
    assert len(face["bboxes"]) == 4 and all(len(p) == 2 for p in face["bboxes"])
    xs = {p[0] for p in face["bboxes"]}
    assert len(xs) == 4  # rotated: no two corners share an x
    assert base64.b64decode(face["image_b64"])[:8] == b"\x89PNG\r\n\x1a\n"
    without = post_aigen(standin, "aigen-passport-v2", sample_bytes("passport")).json()["data"][0]
    assert without["option"] == {"face": {}}


@pytest.mark.parametrize("name,side", [("vn_registration_front", "vehicle_registration_front"),
                                       ("vn_registration_back", "vehicle_registration_back")])
def test_cvvn_one_side_base64_and_file(standin, name, side):
    url = standin.endpoint("cvvn-vehicle-registration")
    data = sample_bytes(name)
    as_json = requests.post(url, params={"format_type": "base64", "get_thumb": "false"},
                            json={"img": b64(data)}, auth=("k", "s"), timeout=30)
    as_file = requests.post(url, params={"format_type": "file", "get_thumb": "true"},
                            files={"img": ("img.png", data, "image/png")}, auth=("k", "s"), timeout=30)
    for response in (as_json, as_file):
        body = response.json()
        assert response.status_code == 200 and body["errorCode"] == "0" and set(body) == {
            "data", "errorCode", "errorMessage"}
        assert [entry["type"] for entry in body["data"]] == [side]
    info = as_json.json()["data"][0]["info"]
    for item in truth(name)["fields"]:
        assert item["key"] in info and 0 <= info[item["key"] + "_confidence"] <= 1
    assert "image" not in info
    thumb = Image.open(io.BytesIO(base64.b64decode(as_file.json()["data"][0]["info"]["image"])))
    assert thumb.format == "PNG"


def test_cvvn_two_sided_lists_the_back_first_by_default(standin):
    url = standin.endpoint("cvvn-vehicle-registrations")
    body = {"img1": b64(sample_bytes("vn_registration_front")),
            "img2": b64(sample_bytes("vn_registration_back"))}
    params = {"format_type": "base64", "get_thumb": "false"}
    first = requests.post(url, params=params, json=body, auth=("k", "s"), timeout=30).json()
    assert [e["type"] for e in first["data"]] == ["vehicle_registration_back", "vehicle_registration_front"]
    assert first["data"][0]["info"]["pay_load"] is None  # not found
    assert first["data"][0]["info"]["color"] == "Đo - Đen"
    standin.cvvn_back_first = False
    second = requests.post(url, params=params, json=body, auth=("k", "s"), timeout=30).json()
    assert [e["type"] for e in second["data"]] == ["vehicle_registration_front", "vehicle_registration_back"]


# --- auth -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("route", AIGEN_ROUTES)
def test_aigen_auth(standin, route):
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    assert post_aigen(standin, route, data, headers={}).status_code == 401
    assert post_aigen(standin, route, data, headers={"X-AIGEN-KEY": "forbidden"}).status_code == 403
    exhausted = post_aigen(standin, route, data, headers={"X-Aigen-Key": "exhausted"})
    assert exhausted.status_code == 429
    assert exhausted.headers[SIMULATION_HEADER[0]] == SIMULATION_HEADER[1]
    by_query = requests.post(standin.endpoint(route), params={"aigen_key": "secret-in-query"},
                             json={"image": b64(data)}, timeout=30)
    assert by_query.status_code in (200, 400)  # accepted: answered as OCR, not refused
    record = standin.requests[-1]
    assert record.auth == "query" and "aigen_key" not in record.query
    assert "secret-in-query" not in repr(standin.requests) and "test-key" not in repr(standin.requests)


def test_cvvn_auth(standin):
    url = standin.endpoint("cvvn-vehicle-registration")
    body = {"img": b64(sample_bytes("vn_registration_front"))}
    params = {"format_type": "base64"}
    none = requests.post(url, params=params, json=body, timeout=30)
    assert none.status_code == 401 and none.json()["errorCode"] == "5"
    wrong = requests.post(url, params=params, json=body, auth=("wrong", "x"), timeout=30)
    assert wrong.json()["errorCode"] == "5"
    out = requests.post(url, params=params, json=body, auth=("exhausted", "x"), timeout=30)
    assert out.status_code == 200 and out.json()["errorCode"] == "4"


# --- inputs -----------------------------------------------------------------------------------------

def test_aigen_input_errors(standin):
    route = standin.endpoint("aigen-vehicle-book-v2")
    bad_b64 = requests.post(route, json={"image": "not base64 !!"}, headers=KEY, timeout=30)
    assert bad_b64.status_code == 422 and bad_b64.json()["error"][0]["code"] == 20001
    not_image = requests.post(route, json={"image": b64(b"hello, not an image")}, headers=KEY, timeout=30)
    assert not_image.status_code == 422 and not_image.json()["error"][0]["code"] == 20002
    small = post_aigen(standin, "aigen-vehicle-book-v2", blank(499, 800))
    assert small.status_code == 400 and [e["code"] for e in small.json()["error"]] == ["1001", "bad_request"]
    wide = post_aigen(standin, "aigen-vehicle-book-v2", blank(10001, 600))
    assert wide.status_code == 413 and wide.json()["error"][0]["code"] == 20000
    heavy = post_aigen(standin, "aigen-vehicle-book-v2", b"\x89PNG" + bytes(10 * 1024 * 1024))
    assert heavy.status_code == 413
    v1_small = post_aigen(standin, "aigen-vehicle-book-v1", blank(400, 400)).json()
    assert v1_small["error_code"] == "1001" and v1_small["status"] == "0"


def test_cvvn_input_errors(standin):
    url = standin.endpoint("cvvn-vehicle-registration")
    odd = requests.post(url, params={"format_type": "xml"}, json={}, auth=("k", "s"), timeout=30)
    assert odd.status_code == 200 and odd.json()["errorCode"] == "6"
    by_url = requests.get(url, params={"format_type": "url", "img": "https://example.com/a.png"},
                          auth=("k", "s"), timeout=30)
    assert by_url.json()["errorCode"] == "2"
    garbage = requests.post(url, params={"format_type": "base64"}, json={"img": b64(b"nope")},
                            auth=("k", "s"), timeout=30)
    assert garbage.json()["errorCode"] == "3"


@pytest.mark.parametrize("route,status,codes", [
    ("aigen-vehicle-book-v2", 400, ["can_not_find_vehicle_registration_on_image", "bad_request"]),
    ("aigen-idcard-v3", 400, ["400", "400"]),
    ("aigen-passport-v2", 400, ["bad_request"]),
])
def test_unknown_image_gets_the_non_document_answer(standin, route, status, codes):
    response = post_aigen(standin, route, blank(900, 700))
    assert response.status_code == status
    assert [e["code"] for e in response.json()["error"]] == codes and response.json()["data"] == [{}]


def test_a_sample_of_another_kind_is_not_this_document(standin):
    response = post_aigen(standin, "aigen-idcard-v3", sample_bytes("vehicle_book"))
    assert response.status_code == 400
    v1 = post_aigen(standin, "aigen-vehicle-book-v1", blank(900, 700))
    assert v1.status_code == 200 and v1.json()["data"] == []
    cvvn = requests.post(standin.endpoint("cvvn-vehicle-registration"), params={"format_type": "base64"},
                         json={"img": b64(blank(900, 700))}, auth=("k", "s"), timeout=30)
    assert cvvn.status_code == 200 and cvvn.json()["errorCode"] == "1"


# --- recognition ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,route", [("vehicle_book", "aigen-vehicle-book-v2"),
                                        ("vehicle_book_photo", "aigen-vehicle-book-v2"),
                                        ("thai_id_card", "aigen-idcard-v3"),
                                        ("passport", "aigen-passport-v2")])
def test_recognition_survives_downscale_and_jpeg(standin, name, route):
    data = sample_bytes(name, 0.6, "JPEG")
    response = post_aigen(standin, route, data)
    assert response.status_code == 200
    assert standin.requests[-1].samples == [name]
    uploaded = Image.open(io.BytesIO(data))
    t = truth(name)
    expected = scaled_truth_boxes(name, uploaded.width / t["width"], uploaded.height / t["height"])
    page = response.json()["data"][0]
    boxes = {k: v["bboxes"][0] for k, v in page.items() if isinstance(v, dict) and v.get("bboxes")}
    assert boxes and all(close(box, expected[key]) for key, box in boxes.items())


def test_the_sideways_photo_as_stored_is_not_recognised(standin):
    raw = (SAMPLES / "vehicle_book_photo.jpg").read_bytes()  # a client that forgot EXIF
    assert post_aigen(standin, "aigen-vehicle-book-v2", raw).status_code == 400


# --- scenarios --------------------------------------------------------------------------------------

@pytest.mark.parametrize("scenario,status,first_code", [
    ("1001", 400, "1001"), ("1002", 400, "1002"), ("1003", 400, "1003"),
    ("not_document", 400, "can_not_find_vehicle_registration_on_image"), ("bad_request", 400, "bad_request"),
    ("401", 401, "401"), ("403", 403, "403"), ("413", 413, 20000), ("422", 422, 20001),
    ("422_20002", 422, 20002), ("429", 429, "429"), ("500", 500, "internal_server_error"),
    ("500_2001", 500, "2001"), ("500_40001", 500, 40001), ("503", 503, 40000),
])
def test_documented_aigen_errors_on_request(standin, scenario, status, first_code):
    standin.set_scenario(scenario)
    response = post_aigen(standin, "aigen-vehicle-book-v2", sample_bytes("vehicle_book", 0.6, "JPEG"))
    assert response.status_code == status
    assert response.json()["error"][0]["code"] == first_code
    assert response.json()["status"] == "error"
    assert response.headers[SIMULATION_HEADER[0]] == SIMULATION_HEADER[1]


def test_scenario_applies_until_reset_and_per_request_overrides(standin):
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    standin.set_scenario("503")
    assert post_aigen(standin, "aigen-vehicle-book-v2", data).status_code == 503
    assert post_aigen(standin, "aigen-vehicle-book-v2", data).status_code == 503
    standin.set_scenario(None)
    assert post_aigen(standin, "aigen-vehicle-book-v2", data).status_code == 200
    by_query = post_aigen(standin, "aigen-vehicle-book-v2", data, params={"standin_scenario": "429"})
    assert by_query.status_code == 429
    by_header = post_aigen(standin, "aigen-vehicle-book-v2", data,
                           headers={**KEY, "X-Standin-Scenario": "413"})
    assert by_header.status_code == 413
    assert [r.scenario for r in standin.requests] == ["503", "503", None, "429", "413"]
    with pytest.raises(ValueError):
        standin.set_scenario("no-such-scenario")


@pytest.mark.parametrize("route,codes", [
    ("aigen-vehicle-book-v2", ["internal_server_error", "partial_content"]),
    ("aigen-idcard-v3", ["400", "206"]),
])
def test_partial_answer(standin, route, codes):
    name = "vehicle_book" if "vehicle" in route else "thai_id_card"
    standin.set_scenario("partial", page=2)
    response = post_aigen(standin, route, sample_bytes(name))
    body = response.json()
    assert response.status_code == 206 and body["status"] == "error"
    assert [e["code"] for e in body["error"]] == codes
    assert "2" in body["error"][0]["message"]
    assert body["data"][1] == {} and body["data"][0]


@pytest.mark.parametrize("code", ["1", "2", "3", "4", "5", "6"])
def test_cvvn_error_codes_as_200_and_as_http_errors(standin, code):
    url = standin.endpoint("cvvn-vehicle-registration")
    body = {"img": b64(sample_bytes("vn_registration_front"))}
    standin.set_scenario(f"cvvn_{code}")
    ok_status = requests.post(url, params={"format_type": "base64"}, json=body, auth=("k", "s"), timeout=30)
    assert ok_status.status_code == 200 and ok_status.json()["errorCode"] == code
    standin.set_scenario(f"cvvn_{code}_http")
    http_error = requests.post(url, params={"format_type": "base64"}, json=body, auth=("k", "s"), timeout=30)
    assert 400 <= http_error.status_code < 600 and http_error.json()["errorCode"] == code
    assert http_error.json()["errorMessage"]


def test_slow_and_delay(standin, monkeypatch):
    # what the stand-in waits is read from its own call to time.sleep, not from a clock (no test
    # depends on timing): the answer comes only after that wait
    real_sleep = time.sleep
    waits: list[float] = []

    def sleep(seconds):
        waits.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    standin.set_scenario("slow", seconds=0.6)
    assert post_aigen(standin, "aigen-vehicle-book-v2", data).status_code == 200
    assert 0.6 in waits
    standin.set_scenario(None)
    standin.delay = 0.5
    waits.clear()
    assert post_aigen(standin, "aigen-vehicle-book-v2", data).status_code == 200
    assert 0.5 in waits
    standin.delay = 30  # far past the client's timeout, whatever the machine's load
    with pytest.raises(requests.exceptions.Timeout):
        post_aigen(standin, "aigen-vehicle-book-v2", data, timeout=0.2)
    standin.delay = 0


def test_drop_and_drop_mid_body(standin):
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    standin.set_scenario("drop")
    with pytest.raises(requests.exceptions.ConnectionError):
        post_aigen(standin, "aigen-vehicle-book-v2", data)
    assert standin.requests[-1].status is None
    standin.set_scenario("drop_mid_body")
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)):
        post_aigen(standin, "aigen-vehicle-book-v2", data)


def test_truncated_and_html(standin):
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    standin.set_scenario("truncated")
    cut = post_aigen(standin, "aigen-vehicle-book-v2", data)
    assert cut.status_code == 200 and cut.text.startswith('{"status": "success"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.text)
    standin.set_scenario("html")
    page = post_aigen(standin, "aigen-vehicle-book-v2", data)
    assert page.status_code == 502 and page.headers["content-type"].startswith("text/html")
    assert "<html>" in page.text and "nginx" in page.text


def test_wrong_types_and_out_of_range(standin):
    data = sample_bytes("vehicle_book", 0.6, "JPEG")
    standin.set_scenario("wrong_types")
    page = post_aigen(standin, "aigen-vehicle-book-v2", data).json()["data"][0]
    assert isinstance(page["province"]["confidence"], str)
    assert page["year_model"]["value"] == 2019
    assert any(not isinstance(v["bboxes"], list) or len(v["bboxes"][0]) != 4
               or isinstance(v["bboxes"][0][0][0], str) for v in page.values() if v)
    standin.set_scenario("out_of_range")
    page = post_aigen(standin, "aigen-vehicle-book-v2", data).json()["data"][0]
    assert page["province"]["confidence"] == 5.0
    assert page["province"]["bboxes"][0][0] == [-40, -25]
    standin.set_scenario("wrong_types")
    cvvn = requests.post(standin.endpoint("cvvn-vehicle-registration"), params={"format_type": "base64"},
                         json={"img": b64(sample_bytes("vn_registration_back"))}, auth=("k", "s"), timeout=30)
    info = cvvn.json()["data"][0]["info"]
    assert isinstance(info["sit_confidence"], str) and info["year_of_manufacture"] == 2020


def test_requests_are_recorded_without_secrets(standin):
    post_aigen(standin, "aigen-idcard-v3", sample_bytes("thai_id_card", 0.6, "JPEG"),
               option={"return_face": True})
    requests.get(standin.url + "/nowhere", timeout=30)
    first, second = standin.requests
    assert first.path == "/aiscript/idcard/v3" and first.method == "POST" and first.route == "aigen-idcard-v3"
    assert first.content_type == "application/json" and first.body_size > 10_000
    assert first.options == {"return_face": True} and first.samples == ["thai_id_card"]
    assert first.status == 200
    assert first.auth == "header" and "test-key" not in repr(first)
    assert second.status == 404 and second.route is None


def test_command_line_prints_url_and_simulation_notice():
    process = subprocess.Popen([sys.executable, "-m", "desktop_app.standin", "--port", "0"],
                               stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        url = process.stdout.readline().strip()
        notice = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert notice == "SIMULATION — not a real OCR service"
        answer = requests.post(url + "/aiscript/passport-ocr/v2",
                               json={"image": b64(sample_bytes("passport"))}, headers=KEY, timeout=30)
        assert answer.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_shaping_scenarios_answer_any_image_as_the_route_sample(standin):
    standin.set_scenario("partial")
    response = post_aigen(standin, "aigen-vehicle-book-v2", blank(800, 600))
    assert response.status_code == 206 and response.json()["data"][0]["province"]["bboxes"]
    standin.set_scenario(None)
    assert post_aigen(standin, "aigen-vehicle-book-v2", blank(800, 600)).status_code == 400


@pytest.mark.parametrize("provider_id,files", [
    ("aigen-vehicle-book-v1", ["vehicle_book.png"]),
    ("cvvn-vehicle-registrations", ["vn_registration_front.png", "vn_registration_back.png"]),
])
def test_the_real_providers_read_the_standin_answers(standin, provider_id, files):
    from desktop_app.core.engine import OcrJob, run_ocr
    from desktop_app.core.providers.base import Credentials

    credentials = Credentials({"aigen_key": "k", "cvvn_key": "k", "cvvn_secret": "s"})
    job = OcrJob([SAMPLES / f for f in files], provider_id, endpoint=standin.endpoint(provider_id))
    document = run_ocr(job, credentials=credentials)
    assert not document.errors and all(page.fields for page in document.pages)
    if provider_id.startswith("cvvn"):  # matched on type although the back came first
        assert document.pages[0].field("plate") is not None and document.pages[0].field("engine") is None
        assert document.pages[1].field("engine").ocr_value == "JF81E-1234567"
    else:
        expected = {f["key"]: f["box"] for f in truth("vehicle_book")["fields"]}
        model = document.pages[0].field("model")
        assert close([list(p) for p in model.boxes[0]], expected["model"], 1.0)
