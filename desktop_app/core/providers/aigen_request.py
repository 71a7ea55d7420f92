"""The AIGEN request: POST JSON `{"image": b64[, "option": {...}]}` with the key in `x-aigen-key`;
and the connection test, the same POST with no image.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import InputError
from ..prepared import PreparedImage
from ..redact import register_secret
from .base import Base64Text, Credentials, HttpRequest, OptionSpec
from .connection import probe_request

KEY_NAME = "aigen_key"
HEADER = "x-aigen-key"


def build_aigen_request(images: list[PreparedImage], options: dict[str, Any], credentials: Credentials,
                        endpoint: str, specs: Sequence[OptionSpec]) -> HttpRequest:
    """The POST for one image. Only the options the caller set are sent; none -> no `option`."""
    if len(images) != 1:
        raise InputError("input.image_count", f"AIGEN takes one image, got {len(images)}")
    key = (credentials.get(KEY_NAME) or "").strip()
    if not key:
        raise InputError("key.missing", "no aigen_key in the credentials")
    register_secret(key)
    body: dict[str, Any] = {"image": Base64Text.of(images[0].data)}
    option = request_options(options, specs)
    if option:
        body["option"] = option
    return HttpRequest(method="POST", url=endpoint, headers={HEADER: key}, json=body)


def request_options(options: dict[str, Any], specs: Sequence[OptionSpec]) -> dict[str, Any]:
    by_name = {spec.name: spec for spec in specs}
    result: dict[str, Any] = {}
    for name, value in options.items():
        spec = by_name.get(name)
        if spec is None:
            raise InputError("input.option", f"no option {name!r}; known: {', '.join(by_name) or 'none'}")
        if value is None:
            continue
        if spec.kind == "bool":
            if not isinstance(value, bool):
                raise InputError("input.option", f"option {name} takes true or false")
        elif spec.kind == "choice":
            if str(value) not in spec.choices:
                raise InputError("input.option", f"option {name} takes one of {', '.join(spec.choices)}")
            value = str(value)
        elif spec.kind == "list":
            if isinstance(value, str):
                value = [part.strip() for part in value.split(",")]
            if not isinstance(value, list | tuple):
                raise InputError("input.option", f"option {name} takes a list")
            value = [str(v) for v in value if str(v).strip()]
            if not value:  # an empty censor list asks for nothing
                continue
        result[name] = value
    return result


def aigen_connection_test(credentials: Credentials, endpoint: str) -> HttpRequest:
    """The connection test's POST, the key in its header (none when there is no key: refused)."""
    key = credentials.get(KEY_NAME)
    return probe_request(endpoint, headers={HEADER: key} if key else None)
