"""Computer Vision Vietnam's answers (one side, or front + back), built from a recognised sample,
and its documented error codes.
"""

from __future__ import annotations

import re
from typing import Any

from .reply import Reply, Upload, encode_image

CVVN_MESSAGES = {
    "0": "Success", "1": "The photo does not contain content", "2": "Url is unavailable",
    "3": "Incorrect image format", "4": "Out of requests", "5": "Incorrect api_key or api_secret",
    "6": "Incorrect format type",
}
CVVN_HTTP = {"1": 400, "2": 400, "3": 415, "4": 429, "5": 401, "6": 400}


def cvvn_entry(upload: Upload, thumb: bool) -> dict[str, Any]:
    sample = upload.sample
    assert sample is not None
    info: dict[str, Any] = {}
    for item, read in sample.readings():
        if read is None:
            info[item["key"]] = None
            info[item["key"] + "_confidence"] = 0.0
        else:
            info[item["key"]] = read["value"]
            info[item["key"] + "_confidence"] = read["confidence"]
    if thumb:
        small = upload.image.copy()
        small.thumbnail((800, 800))
        info["image"] = encode_image(small, "png")
    return {"type": sample.page_type, "info": info}


def cvvn_body(data: list[dict[str, Any]], code: str = "0", status: int = 200) -> Reply:
    message = "" if code == "0" else CVVN_MESSAGES.get(code, "Error")
    return Reply(status, {"data": data, "errorCode": code, "errorMessage": message})


def cvvn_named_error(name: str) -> Reply | None:
    """`cvvn_N` (HTTP 200) or `cvvn_N_http` (a 4xx status); AIGEN-style names mapped to the closest."""
    match = re.fullmatch(r"cvvn_([0-9])(_http)?", name)
    if match:
        code = match.group(1)
        return cvvn_body([], code, CVVN_HTTP.get(code, 400) if match.group(2) else 200)
    mapped = {"401": ("5", 401), "403": ("5", 403), "429": ("4", 429), "not_document": ("1", 200),
              "can_not_find": ("1", 200), "413": ("3", 413), "422": ("3", 422), "422_20002": ("3", 422),
              "1001": ("3", 400), "1002": ("3", 400), "1003": ("3", 400), "bad_request": ("3", 400)}
    if name in mapped:
        code, status = mapped[name]
        return cvvn_body([], code, status)
    if name in ("500", "500_2001", "500_40001", "503"):
        status = 503 if name == "503" else 500
        return Reply(status, {"data": [], "errorCode": str(status), "errorMessage": "Internal Server Error"})
    return None
