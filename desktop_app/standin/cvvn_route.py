"""How the stand-in answers a request to Computer Vision Vietnam's routes (one side, or front +
back): HTTP Basic, `format_type` base64 or file, which sample each image shows; the answer itself
is built by answers_cvvn.py.
"""

from __future__ import annotations

from typing import Any

from . import answers_cvvn as answers
from .http_plumbing import Incoming, RecordedRequest
from .reply import Reply, Upload
from .request_decoding import basic_auth, json_images, multipart_images, open_image
from .samples import recognise, sample_by_name
from .scenarios import ERROR_SCENARIOS, SHAPING_SCENARIOS


def answer_cvvn(incoming: Incoming, record: RecordedRequest, two_sided: bool, name: str | None,
                params: dict[str, Any], back_first: bool) -> Reply:
    """`back_first`: a two-sided answer lists the back first (unless the scenario says otherwise)."""
    user, secret = basic_auth(incoming.headers.get("authorization", ""))
    record.auth = "basic" if user is not None else None
    if not user or not secret or user == "wrong":
        return answers.cvvn_body([], "5", 401)
    if user == "exhausted":
        return answers.cvvn_body([], "4", 200)
    if name in ERROR_SCENARIOS:
        reply = answers.cvvn_named_error(name)
        if reply is not None:
            return reply
    format_type = incoming.query.get("format_type", "")
    thumb = incoming.query.get("get_thumb", "false").strip().lower() == "true"
    record.options = {"format_type": format_type, "get_thumb": thumb}
    names = ("img1", "img2") if two_sided else ("img",)
    if format_type == "url":
        return answers.cvvn_body([], "2")
    if format_type == "base64":
        blobs = json_images(incoming.body, names)
    elif format_type == "file":
        blobs = multipart_images(incoming.headers.get("content-type", ""), incoming.body, names)
    else:
        return answers.cvvn_body([], "6")
    record.images = sum(1 for b in blobs if b)
    uploads: list[Upload] = []
    for index, blob in enumerate(blobs):
        image = open_image(blob) if blob else None
        if image is None:
            return answers.cvvn_body([], "3")
        sample = recognise(image, {"vn_vehicle_registration"})
        if sample is None and name in SHAPING_SCENARIOS:
            sample = sample_by_name("vn_registration_back" if index else "vn_registration_front")
        if sample is None:
            return answers.cvvn_body([], "1")
        record.samples.append(sample.name)
        uploads.append(Upload(image, sample))
    entries = [answers.cvvn_entry(upload, thumb) for upload in uploads]
    if two_sided:
        if name in ("front_first", "back_first"):
            back_first = name == "back_first"
        entries.sort(key=lambda e: (e["type"] != "vehicle_registration_back") == back_first)
    return answers.cvvn_body(entries)
