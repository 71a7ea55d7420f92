"""AIGEN passport v2: the paged AIGEN answer; `option.face` holds the face image (`image_b64`)
and its rotated box as ONE 4-point polygon. Keys are matched to the catalogue
case-insensitively (the vendor table spells `Identification_number`).

The passport document says a 400 means "error in request or cannot detect passport", so its
generic `bad_request` maps to `aigen.not_a_document`.
"""

from __future__ import annotations

from . import TITLES
from .aigen_common import AigenProvider
from .base import OptionSpec

OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec("return_face", "bool", False, "Return the face photo", "ส่งภาพใบหน้ากลับมา"),
)

PROVIDER = AigenProvider(
    id="aigen-passport-v2",
    title_en=TITLES["aigen-passport-v2"][0],
    title_th=TITLES["aigen-passport-v2"][1],
    doc_type="passport",
    default_endpoint="https://apis.aigen.online/aiscript/passport-ocr/v2",
    options=OPTIONS,
    bad_request_code="aigen.not_a_document",
)
