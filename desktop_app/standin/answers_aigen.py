"""AIGEN's answers in each API's documented shape (vehicle book v1 and v2, ID card v3, passport v2),
built from a recognised sample: success, a partly read or page-by-page answer, the documented errors.

Values and confidences come from the truth's `ocr` block (the simulated misreads), falling back to
the true values.
"""

from __future__ import annotations

import math
from typing import Any

from PIL import ImageDraw

from .card_rules import parse_card_date, thai_id_valid
from .reply import IDCARD, PASSPORT, V1, V2, Reply, Upload, encode_image, request_id

# v1 `key_thai` as the v1 answer spells it (two differ from the key table: see the vendor sample).
V1_KEY_THAI = {
    "ownership_adress": "ที่อยู่ผู้ถือกรรมสิทธิ์", "ownership": "ผู้ถือกรรมสิทธิ์", "model": "แบบ", "province": "จังหวัด",
    "registration_number_car": "เลขทะเบียน", "registration_date": "วันที่จดทะเบียน", "type": "ประเภท",
    "characteristic": "ลักษณะ", "brand_car": "ยี่ห้อรถ", "car_number_position": "อยู่ที่_ของเลขตัวรถ",
    "car_number": "เลขตัวรถ", "engine_number": "เลขเครื่องยนต์", "brand_engine": "ยี่ห้อเครื่องยนต์",
    "type_fuel": "เชื้อเพลิง", "engine_number_position": "อยู่ที่_ของเลขเครื่องยนต์",
    "characteristic_drive": "ลักษณะการขับเคลื่อน", "horsepower": "จำนวนแรงม้า", "engine_size": "ขนาดเครื่องยนต์",
    "weight_car": "น้ำหนักรถ", "weight_all": "น้ำหนักรวม", "date_of_posession": "วันที่ครอบครองรถ",
    "ownership_birthday_date": "วัดเกิดผู้ถือกรรมสิทธิ์", "ownership_number_of_card": "เลขที่บัตรผู้ถือกรรมสิทธิ์",
    "year_model": "รุ่นปีคศ", "color": "สี", "number_of_seat": "จำนวนที่นั่ง",
    "ownership_nationality": "สัญชาติผู้ถือกรรมสิทธิ์", "number_of_cylinders": "จำนวนสูบ", "owner_order": "ลำดับที่",
}
# The vendor's v1 sample has a `rect_norm` that disagrees with `rect`/`bbox` for this key; so does ours.
V1_BAD_RECT_NORM = {"registration_date"}

MSG = {
    "1001": "Too low image resolution (image must be base64 and image size must between 500x500 and "
            "10000x10000)",
    "1002": "Image quality not acceptable (image must be base64 and image size must between 500x500 and "
            "10000x10000)",
    "1003": "cannot convert image please check your image (image must be base64 and image size must "
            "between 500x500 and 10000x10000)",
    "2001": "some error occur in serverside",
    20000: "The request image base64 is too large.",
    20001: "The base64 image is incompatible.",
    20002: "The base64 image data cannot be decoded.",
    40000: "Service temporarily unavailable.",
    40001: "Internal server error.",
    "401": "Unauthorized: missing or invalid API key",
    "403": "Forbidden: this API key is not allowed to use this endpoint",
    "429": "API credit exhausted",
}


# --- AIGEN success ----------------------------------------------------------------------------------

def aigen_page(upload: Upload, style: str, option: dict[str, Any],
               invalid_id: bool = False) -> dict[str, Any]:
    """One page dict: key -> {value, bboxes, bboxes_norm, confidence} or {} (not found)."""
    sample = upload.sample
    assert sample is not None
    page: dict[str, Any] = {}
    for item, read in sample.readings():
        if read is None:
            page[item["key"]] = {}
            continue
        value = read["value"]
        if item["key"] == "id_number" and invalid_id:
            value = value[:-1] + str((int(value[-1]) + 1) % 10)
        entry: dict[str, Any] = {}
        boxes = [upload.to_upload(box) for box in sample.boxes(item)]
        if style == IDCARD and boxes:
            entry["bboxes"] = boxes
            entry["bboxes_norm"] = [upload.norm(b) for b in boxes]
        entry["value"] = value
        if style != IDCARD and boxes:
            entry["bboxes"] = boxes
            entry["bboxes_norm"] = [upload.norm(b) for b in boxes]
        entry["confidence"] = read["confidence"]
        if style == IDCARD:
            _idcard_extras(item["key"], entry, option)
        page[item["key"]] = entry
    if style == IDCARD:
        page["option"] = idcard_option(upload, option)
    elif style == PASSPORT:
        page["option"] = {"face": passport_face(upload) if option.get("return_face") else {}}
    return page


def _idcard_extras(key: str, entry: dict[str, Any], option: dict[str, Any]) -> None:
    if key == "id_number" and option.get("do_field_validation"):
        valid = thai_id_valid(str(entry["value"]))
        entry["valid"] = valid
        entry["error_message"] = "" if valid else "Invalid ID card number (check digit)"
        if not valid:
            entry["confidence"] = -1.0
    if option.get("return_datetime_iso") and key[:4] in ("dob_", "doi_", "doe_"):
        iso = parse_card_date(str(entry["value"]))
        if iso:
            entry["datetime_iso"] = iso


def idcard_option(upload: Upload, option: dict[str, Any]) -> dict[str, Any]:
    sample = upload.sample
    assert sample is not None
    result: dict[str, Any] = {"face": {}, "gender": {}, "signed": {}, "processed_image": {}}
    if option.get("return_face") and sample.face_box:
        result["face"] = upload.crop_b64(sample.face_box)
    if option.get("return_gender"):
        title = next((f["value"] for f in sample.fields if f["key"] == "title_th"), "")
        result["gender"] = "male" if title == "นาย" else "female"
    if option.get("return_signed"):
        result["signed"] = False
    censor = option.get("censor_field")
    if isinstance(censor, list) and censor:
        image = upload.image.convert("RGB")
        draw = ImageDraw.Draw(image)
        for item in sample.fields:
            if item["key"] in censor:
                for box in sample.boxes(item):
                    points = upload.to_upload(box)
                    draw.polygon([tuple(p) for p in points], fill=(0, 0, 0))
        fmt = str(option.get("image_file_conversion") or "jpeg")
        if fmt == "origin":
            fmt = (upload.image.format or "jpeg").lower()
        result["processed_image"] = encode_image(image, fmt)
    return result


def passport_face(upload: Upload) -> dict[str, Any]:
    """The face as the passport API gives it: ONE rotated 4-point box (not a list of boxes)."""
    sample = upload.sample
    assert sample is not None and sample.face_box
    x0, y0, x1, y1 = sample.face_box
    cx, cy, angle = (x0 + x1) / 2, (y0 + y1) / 2, math.radians(6)
    corners = [(x0, y1), (x0, y0), (x1, y0), (x1, y1)]  # starts bottom-left, like a rotated crop
    rotated = [[cx + (x - cx) * math.cos(angle) - (y - cy) * math.sin(angle),
                cy + (x - cx) * math.sin(angle) + (y - cy) * math.cos(angle)] for x, y in corners]
    points = upload.to_upload(rotated)
    return {"bboxes": points, "bboxes_norm": upload.norm(points),
            "image_b64": upload.crop_b64(sample.face_box)}


def aigen_success(style: str, pages: list[dict[str, Any]], status: int = 200,
                  errors: list[tuple[Any, str]] | None = None) -> Reply:
    error_list = [{"object": "error", "code": c, "message": m} for c, m in (errors or [])]
    summary = "success" if not error_list else "error"
    if style == PASSPORT:
        return Reply(status, {"request_id": "", "error": error_list, "data": pages, "status": summary})
    return Reply(status, {"status": summary, "error": error_list, "data": pages})


def v1_success(upload: Upload) -> Reply:
    sample = upload.sample
    assert sample is not None
    items = []
    for item, read in sample.readings():
        boxes = sample.boxes(item)
        if read is None or not boxes:  # v1 simply leaves out what it did not find
            continue
        xs = [p[0] for b in boxes for p in b]
        ys = [p[1] for b in boxes for p in b]
        (x0, y0), (x1, y1) = upload.to_upload([[min(xs), min(ys)], [max(xs), max(ys)]])
        w, h = x1 - x0, y1 - y0
        rect_norm = [x0 / upload.width, y0 / upload.height, w / upload.width, h / upload.height]
        if item["key"] in V1_BAD_RECT_NORM:
            rect_norm[2] /= 10.0
            rect_norm[3] /= 1.7
        items.append({"key": item["key"], "key_thai": V1_KEY_THAI.get(item["key"], item["key"]),
                      "text": read["value"], "rect": [x0, y0, w, h], "rect_norm": rect_norm,
                      "bbox": [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], "confidence": read["confidence"]})
    return v1_body(200, items)


def v1_body(status: int, items: list[dict[str, Any]], error: tuple[str, str] | None = None) -> Reply:
    rid = request_id()
    if error is None:
        return Reply(status, {"response_id": rid, "status": "1", "message": "success", "data": items,
                              "request_id": request_id()})
    return Reply(status, {"response_id": rid, "status": "0", "message": error[1], "error_code": error[0],
                          "data": [], "request_id": request_id()})


# --- AIGEN errors ---------------------------------------------------------------------------------

def _bad(style: str) -> tuple[str, str]:
    return ("400", "Bad request") if style == IDCARD else ("bad_request", "Bad Request")


def aigen_error(style: str, status: int, errors: list[tuple[Any, str]],
                data: list[Any] | None = None) -> Reply:
    if style == V1:
        code, message = errors[0]
        return v1_body(status, [], (str(code), message))
    return aigen_success(style, [{}] if data is None else data, status, errors)


def aigen_named_error(style: str, name: str) -> Reply | None:
    """The documented error `name` ("1001", "413", "not_document", "500", ...) in this API's shape."""
    simple: dict[str, tuple[int, Any]] = {
        "401": (401, "401"), "403": (403, "403"), "429": (429, "429"), "413": (413, 20000),
        "422": (422, 20001), "422_20002": (422, 20002), "500_40001": (500, 40001), "503": (503, 40000),
        "500_2001": (500, "2001"),
    }
    if name in simple:
        status, code = simple[name]
        return aigen_error(style, status, [(code, MSG[code])], data=[])
    if name in ("1001", "1002", "1003"):
        return aigen_error(style, 400, [(name, MSG[name]), _bad(style)])
    if name == "bad_request":
        return aigen_error(style, 400, [_bad(style)])
    if name in ("not_document", "can_not_find"):
        return not_a_document(style)
    if name == "500":
        return server_error(style)
    return None


def not_a_document(style: str) -> Reply:
    """What each API answers for an image that is not its document."""
    if style == V1:  # not documented for v1; we answer like an OCR that found nothing
        return v1_body(200, [])
    if style == V2:
        return aigen_error(V2, 400, [("can_not_find_vehicle_registration_on_image",
                                      "can not find vehicle registration on image"), _bad(V2)])
    if style == IDCARD:
        return aigen_error(IDCARD, 400, [("400", "Internal process error during extract image page: 1."),
                                         _bad(IDCARD)])
    return aigen_error(PASSPORT, 400, [_bad(PASSPORT)])


def server_error(style: str) -> Reply:
    if style == V1:
        return v1_body(500, [], ("2001", MSG["2001"]))
    if style == IDCARD:
        return aigen_error(IDCARD, 500, [("internal_server_error", "Internal server error")], data=[])
    page_error = ("internal_server_error", "Page 1 : Internal Server Error")
    if style == V2:
        return aigen_error(V2, 500, [page_error, page_error])
    return aigen_error(PASSPORT, 500, [page_error])


def partial(style: str, page: dict[str, Any], failed: int) -> Reply:
    """206: the answer has `failed` (1-based) as a `{}` page, the other page read."""
    failed = max(1, failed)
    pages: list[dict[str, Any]] = [page] * max(2, failed)
    pages[failed - 1] = {}
    if style == IDCARD:
        errors = [("400", f"Internal process error during extract image page: {failed}."),
                  ("206", "Partial Content.")]
    else:
        errors = [("internal_server_error", f"Page {failed} : Internal Server Error"),
                  ("partial_content", "Partial content")]
    return aigen_success(style, pages, 206, errors)


def paged(style: str, pages: list[dict[str, Any]]) -> Reply:
    """A page-by-page answer (a PDF): 200 when every page read, 206 when some did (each failed
    page `{}` with an error naming it), 400 when none did."""
    failed = [number for number, page in enumerate(pages, start=1) if not page]
    if not failed:
        return aigen_success(style, pages)
    if style == IDCARD:
        errors: list[tuple[Any, str]] = [("400", f"Internal process error during extract image page: {n}.")
                                          for n in failed]
    else:
        errors = [("internal_server_error", f"Page {n} : Internal Server Error") for n in failed]
    if len(failed) == len(pages):
        return aigen_success(style, pages, 400, errors + [_bad(style)])
    summary = ("206", "Partial Content.") if style == IDCARD else ("partial_content", "Partial content")
    return aigen_success(style, pages, 206, errors + [summary])
