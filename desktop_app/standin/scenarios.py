"""The stand-in's scenarios: what a test asks it to do instead of a normal answer.

A scenario is set on the server (`StandIn.set_scenario`) or named by the request itself (query
`standin_scenario=NAME`, parameters `standin_PARAM=VALUE`, or the header `X-Standin-Scenario`).
- transport: slow, dropped or cut answers, an HTML error page, wrong types, values out of range
- answer: a partly read answer, an invalid ID number, the order of a two-sided answer, a failed page
- error: each vendor's documented errors, by status or code
"""

from __future__ import annotations

import re
from typing import Any

from .samples import Sample, sample_by_name

TRANSPORT_SCENARIOS = {"slow", "drop", "drop_mid_body", "truncated", "html", "wrong_types", "out_of_range"}
ANSWER_SCENARIOS = {"partial", "invalid_id", "front_first", "back_first", "fail_page"}
ERROR_SCENARIOS = {"401", "403", "429", "413", "422", "422_20002", "1001", "1002", "1003", "bad_request",
                   "not_document", "can_not_find", "500", "500_2001", "500_40001", "503"}
ERROR_SCENARIOS |= {f"cvvn_{n}" for n in range(1, 7)} | {f"cvvn_{n}_http" for n in range(1, 7)}
SCENARIOS = frozenset(TRANSPORT_SCENARIOS | ANSWER_SCENARIOS | ERROR_SCENARIOS)
# With these, an image that is no sample is answered as if it were the route's sample (so that a
# client's handling of the shape can be tested with any image).
SHAPING_SCENARIOS = frozenset({"partial", "invalid_id", "wrong_types", "out_of_range"})



def requested(query: dict[str, str], headers: dict[str, str]) -> tuple[str, dict[str, Any]] | None:
    """The scenario the request itself names, with its parameters; None when it names none."""
    name = query.get("standin_scenario") or headers.get("x-standin-scenario")
    if not name:
        return None
    params = {k[len("standin_"):]: v for k, v in query.items()
              if k.startswith("standin_") and k != "standin_scenario"}
    return name.strip(), params


def stand_in_sample(name: str | None, doc_types: set[str]) -> Sample | None:
    """For a scenario that shapes the answer, any image will do: the route's own sample is used."""
    if name not in SHAPING_SCENARIOS:
        return None
    doc_type = sorted(doc_types)[0]
    return sample_by_name(doc_type)


# --- undocumented answers (for robustness tests) --------------------------------------------------

NGINX_502 = """<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.18.0 (Ubuntu)</center>
</body>
</html>
"""


def wrong_types(body: Any) -> Any:
    """Confidences as strings, numeric values as numbers, boxes malformed (short, strings, dicts)."""
    counter = {"n": 0}

    def bad_boxes(boxes: Any) -> Any:
        counter["n"] += 1
        kind = counter["n"] % 3
        if kind == 0:
            return [b[:2] for b in boxes] if isinstance(boxes, list) else boxes  # two points only
        if kind == 1:
            return [[[str(c) for c in p] for p in b] for b in boxes] if isinstance(boxes, list) else boxes
        return {"x": 1, "y": 2}

    def number(value: Any) -> Any:
        if isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?", value):
            return float(value) if "." in value else int(value)
        return value

    def fix_field(entry: Any) -> Any:
        if not isinstance(entry, dict) or not entry:
            return entry
        out = dict(entry)
        if "confidence" in out:
            out["confidence"] = str(out["confidence"])
        for key in ("value", "text"):
            if key in out:
                out[key] = number(out[key])
        for key in ("bboxes", "bbox", "rect"):
            if key in out:
                out[key] = bad_boxes(out[key]) if key == "bboxes" else (
                    out[key][:3] if key == "bbox" else [str(v) for v in out[key]])
        return out

    if isinstance(body, dict) and "errorCode" in body:  # CVVN
        for item in body.get("data", []):
            info = item.get("info", {})
            for key in list(info):
                if key.endswith("_confidence"):
                    info[key] = str(info[key])
                elif key != "image":
                    info[key] = number(info[key])
        return body
    for index, page in enumerate(body.get("data", [])):
        if isinstance(page, dict) and "key" in page:  # v1 item
            body["data"][index] = fix_field(page)
        elif isinstance(page, dict):
            for key in list(page):
                if key != "option":
                    page[key] = fix_field(page[key])
    return body


def out_of_range(body: Any) -> Any:
    """Confidence 5.0, negative coordinates and normalised values over 1."""
    def push(points: Any) -> Any:
        if isinstance(points, list) and points and isinstance(points[0], list) and len(points[0]) == 2 \
                and all(isinstance(c, int | float) for c in points[0]):
            return [[-40, -25]] + points[1:]
        return points

    if isinstance(body, dict) and "errorCode" in body:
        for item in body.get("data", []):
            info = item.get("info", {})
            for key in list(info):
                if key.endswith("_confidence"):
                    info[key] = 5.0
        return body
    for page in body.get("data", []):
        if not isinstance(page, dict):
            continue
        entries = [page] if "key" in page else [v for k, v in page.items() if k != "option"]
        for entry in entries:
            if not isinstance(entry, dict) or not entry:
                continue
            entry["confidence"] = 5.0
            if "bbox" in entry:
                entry["bbox"] = push(entry["bbox"])
            if "bboxes" in entry:
                entry["bboxes"] = [push(b) for b in entry["bboxes"]]
            if "bboxes_norm" in entry:
                entry["bboxes_norm"] = [[[x * 1.5, y * 1.5] for x, y in b] for b in entry["bboxes_norm"]]
    return body
