"""Request decoding: the images and credentials in an upload, as the vendors' documents send them
(AIGEN: base64 in JSON; CVVN: base64 in JSON or multipart files, HTTP Basic).
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import io
import json

from PIL import Image, UnidentifiedImageError

# What the services accept (their documents): bytes per upload, pixels per side.
MAX_BYTES = 10 * 1024 * 1024
MAX_SIDE, MIN_SIDE = 10_000, 500


def b64decode(text: str) -> bytes | None:
    text = text.strip()
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]
    text = "".join(text.split())
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def open_image(data: bytes) -> Image.Image | None:
    """The decoded image, or None when it is no image or too large a one."""
    try:
        image = Image.open(io.BytesIO(data))
        if image.width > MAX_SIDE or image.height > MAX_SIDE:
            return None
        image.load()
        return image
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def basic_auth(header: str) -> tuple[str | None, str | None]:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None, None
    try:
        user, _, secret = base64.b64decode(value.strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None, None
    return user, secret


def json_images(body: bytes, names: tuple[str, ...]) -> list[bytes | None]:
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return [None for _ in names]
    if not isinstance(payload, dict):
        return [None for _ in names]
    return [b64decode(payload[n]) if isinstance(payload.get(n), str) else None for n in names]


def multipart_images(content_type: str, body: bytes, names: tuple[str, ...]) -> list[bytes | None]:
    if not content_type.lower().startswith("multipart/form-data"):
        return [None for _ in names]
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        field_name = part.get_param("name", header="content-disposition")
        if isinstance(field_name, str):
            payload = part.get_payload(decode=True)
            parts[field_name] = payload if isinstance(payload, bytes) else b""
    return [parts.get(n) for n in names]
