"""How the stand-in answers a request to one of AIGEN's routes: the key, the JSON body, the image
or PDF in it, and which sample it shows; the answer itself is built by answers_aigen.py.
"""

from __future__ import annotations

import io
import json
from typing import Any

from PIL import Image, UnidentifiedImageError

from ..core import pdf
from ..core.errors import InputError
from . import answers_aigen as answers
from .http_plumbing import Incoming, RecordedRequest
from .reply import V1, Reply, Upload
from .request_decoding import MAX_BYTES, MAX_SIDE, MIN_SIDE, b64decode
from .samples import recognise
from .scenarios import ERROR_SCENARIOS, stand_in_sample


def answer_aigen(incoming: Incoming, record: RecordedRequest, style: str, doc_types: set[str],
                 name: str | None, params: dict[str, Any]) -> Reply:
    if incoming.method != "POST":
        return Reply(405, {"detail": "Method Not Allowed"})
    key = incoming.headers.get("x-aigen-key")
    record.auth = "header" if key else None
    if not key and incoming.query.get("aigen_key"):
        key, record.auth = incoming.query["aigen_key"], "query"
    if not key or not key.strip():
        return answers.aigen_named_error(style, "401")  # type: ignore[return-value]
    if key.strip() in ("forbidden", "exhausted"):
        return answers.aigen_named_error(style, "403" if key.strip() == "forbidden" else "429")  # type: ignore
    if name in ERROR_SCENARIOS:
        reply = answers.aigen_named_error(style, name)
        if reply is not None:
            return reply
    bad_input = "1003" if style == V1 else "bad_request"
    try:
        payload = json.loads(incoming.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
    if not isinstance(payload, dict) or not isinstance(payload.get("image"), str):
        return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
    option = payload.get("option") or {}
    if not isinstance(option, dict):
        return answers.aigen_named_error(style, bad_input)  # type: ignore[return-value]
    record.options = {k: v for k, v in option.items() if isinstance(v, bool | str | int | list)}
    data = b64decode(payload["image"])
    if data is None:
        return answers.aigen_named_error(style, "1003" if style == V1 else "422")  # type: ignore
    record.images = 1
    if len(data) > MAX_BYTES:
        return answers.aigen_named_error(style, "1002" if style == V1 else "413")  # type: ignore
    if pdf.is_pdf(data):
        return _answer_pdf(data, record, style, doc_types, name, params, option)
    image, failure = _open(data, style)
    if image is None:
        return failure  # type: ignore[return-value]
    if name == "fail_page":
        return _answer_pages([image], record, style, doc_types, name, params, option)
    sample = recognise(image, doc_types) or stand_in_sample(name, doc_types)
    if sample is None:
        return answers.not_a_document(style)
    record.samples.append(sample.name)
    upload = Upload(image, sample)
    if style == V1:
        return answers.v1_success(upload)
    page = answers.aigen_page(upload, style, option, invalid_id=(name == "invalid_id"))
    if name == "partial":
        record.page = int(params.get("page", 2))
        return answers.partial(style, page, record.page)
    return answers.aigen_success(style, [page])


def _answer_pdf(data: bytes, record: RecordedRequest, style: str, doc_types: set[str],
                name: str | None, params: dict[str, Any], option: dict[str, Any]) -> Reply:
    try:
        count = pdf.page_count(data)
    except InputError:
        return answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")  # type: ignore
    if count == 0 or count > pdf.MAX_PDF_PAGES:
        return answers.aigen_named_error(style, "1003" if style == V1 else "bad_request")  # type: ignore
    if style == V1:
        count = 1
    images = [pdf.render(data, index) for index in range(count)]
    return _answer_pages(images, record, style, doc_types, name, params, option)


def _answer_pages(images: list[Image.Image], record: RecordedRequest, style: str,
                  doc_types: set[str], name: str | None, params: dict[str, Any],
                  option: dict[str, Any]) -> Reply:
    """One answer page per image; `{}` for a page that is no sample (or `fail_page`)."""
    record.images = len(images)
    failing = int(params.get("page", 2)) if name == "fail_page" else None
    record.page = failing
    pages: list[dict[str, Any]] = []
    uploads: list[Upload] = []
    for number, image in enumerate(images, start=1):
        sample = None if number == failing else recognise(image, doc_types)
        if sample is None:
            pages.append({})
            continue
        record.samples.append(sample.name)
        upload = Upload(image, sample)
        uploads.append(upload)
        pages.append(answers.aigen_page(upload, style, option, invalid_id=(name == "invalid_id")))
    if style == V1:
        return answers.v1_success(uploads[0]) if uploads else answers.not_a_document(style)
    return answers.paged(style, pages)


def _open(data: bytes, style: str) -> tuple[Image.Image | None, Reply | None]:
    """The decoded image, or the API's answer for an image it refuses."""
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None, answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")
    if width > MAX_SIDE or height > MAX_SIDE:
        return None, answers.aigen_named_error(style, "1002" if style == V1 else "413")
    if width < MIN_SIDE or height < MIN_SIDE:
        return None, answers.aigen_named_error(style, "1001")
    try:
        image.load()
    except (OSError, ValueError):
        return None, answers.aigen_named_error(style, "1003" if style == V1 else "422_20002")
    return image, None
