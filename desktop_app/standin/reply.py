"""What the stand-in sends back (`Reply`), and the decoded upload an answer is built from (`Upload`).

Boxes are the sample's truth boxes scaled to the UPLOADED image's pixel size; normalised boxes are
relative to the uploaded image.
"""

from __future__ import annotations

import base64
import io
import json
import uuid
from dataclasses import dataclass
from typing import Any

from PIL import Image

from .samples import Sample

# Route styles: how each API shapes its answer.
V1, V2, IDCARD, PASSPORT, CVVN = "v1", "v2", "idcard", "passport", "cvvn"


@dataclass
class Reply:
    status: int
    body: Any  # JSON-able, or a str sent as it is
    content_type: str = "application/json"
    mode: str | None = None  # None, "drop", "drop_mid_body", "truncated"

    def encode(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body, ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Upload:
    """One decoded upload and the sample it shows (if any)."""

    image: Image.Image
    sample: Sample | None

    @property
    def width(self) -> int:
        return self.image.width

    @property
    def height(self) -> int:
        return self.image.height

    def to_upload(self, points: list[list[float]]) -> list[list[int]]:
        sample = self.sample
        assert sample is not None
        sx, sy = self.width / sample.width, self.height / sample.height
        return [[round(x * sx), round(y * sy)] for x, y in points]

    def norm(self, points: list[list[int]]) -> list[list[float]]:
        return [[round(x / self.width, 4), round(y / self.height, 4)] for x, y in points]

    def crop_b64(self, box: tuple[int, int, int, int]) -> str:
        x0, y0 = self.to_upload([[box[0], box[1]]])[0]
        x1, y1 = self.to_upload([[box[2], box[3]]])[0]
        return encode_image(self.image.crop((x0, y0, x1, y1)), "png")


def encode_image(image: Image.Image, fmt: str) -> str:
    buffer = io.BytesIO()
    fmt = {"jpeg": "JPEG", "jpg": "JPEG", "png": "PNG", "pdf": "PDF", "tiff": "TIFF"}.get(fmt.lower(), "JPEG")
    image.convert("RGB").save(buffer, fmt)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def request_id() -> str:
    return uuid.uuid4().hex
