"""The bundled synthetic samples and how the stand-in recognises them in an upload.

A sample is `resources/samples/<name>.(png|jpg)` plus `<name>.truth.json` (see the README there).
Recognition is by content, so it survives the client's shrinking and JPEG re-encoding: the aspect
ratio must match within a few percent, and a 32x32 grayscale thumbnail must correlate strongly
with the sample's (a normalised cross-correlation, a more tolerant cousin of an average hash).
The upload is taken as it is (EXIF is not applied): clients send the upright image.
"""

from __future__ import annotations

import io
import json
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from ..resources import samples_dir

THUMB = 32
MIN_CORRELATION = 0.85
ASPECT_TOLERANCE = 0.04


@dataclass(frozen=True)
class Sample:
    name: str
    path: Path
    doc_type: str  # catalogue key
    width: int  # upright, displayed size the truth boxes refer to
    height: int
    fields: list[dict[str, Any]]  # {"key", "value", "box" (4 points or None)[, "boxes"]}
    ocr: dict[str, dict[str, Any]]  # key -> {"value", "confidence"} or {} (not found)
    page_type: str | None = None  # CVVN side: vehicle_registration_front / _back
    face_box: tuple[int, int, int, int] | None = None
    fingerprint: tuple[float, ...] = field(default=(), repr=False)

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def boxes(self, item: dict[str, Any]) -> list[list[list[float]]]:
        """Every box of a truth field (a field over two lines may have two)."""
        if item.get("boxes"):
            return item["boxes"]
        return [item["box"]] if item.get("box") else []

    def readings(self) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
        """(truth field, what the simulated OCR read) in truth order, then `{}`-only keys.
        The reading is None for a field the OCR did not find (`{}`)."""
        out: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
        seen: set[str] = set()
        for item in self.fields:
            seen.add(item["key"])
            read = self.ocr.get(item["key"])
            if read == {}:
                out.append((item, None))
                continue
            read = dict(read or {})
            read.setdefault("value", item["value"])
            read.setdefault("confidence", 0.98)
            out.append((item, read))
        for key, read in self.ocr.items():
            if key not in seen:
                out.append(({"key": key, "value": None, "box": None}, None if read == {} else read))
        return out


def fingerprint(image: Image.Image) -> tuple[float, ...]:
    """A zero-mean, unit-length 32x32 grayscale vector; () for a blank image."""
    small = image.convert("L").resize((THUMB, THUMB), Image.Resampling.BOX)
    values = list(small.tobytes())
    mean = sum(values) / len(values)
    centred = [v - mean for v in values]
    norm = math.sqrt(sum(v * v for v in centred))
    if norm < 1e-6:
        return ()
    return tuple(v / norm for v in centred)


def correlation(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    if not a or not b:
        return 0.0
    return sum(x * y for x, y in zip(a, b, strict=True))


_lock = threading.Lock()
_cache: dict[Path, list[Sample]] = {}


def load_samples(folder: Path | None = None) -> list[Sample]:
    """Every sample in `folder` (default: the bundled ones), loaded once."""
    folder = (folder or samples_dir()).resolve()
    with _lock:
        if folder not in _cache:
            _cache[folder] = [_load(path) for path in sorted(folder.glob("*.truth.json"))]
        return _cache[folder]


def _load(truth_path: Path) -> Sample:
    name = truth_path.name[: -len(".truth.json")]
    image_path = next(p for p in (truth_path.with_name(name + ext) for ext in (".png", ".jpg", ".jpeg"))
                      if p.exists())
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    with Image.open(image_path) as raw:
        upright = ImageOps.exif_transpose(raw)
        print_ = fingerprint(upright)
    face = truth.get("face_box")
    return Sample(name=name, path=image_path, doc_type=truth["doc_type"], width=int(truth["width"]),
                  height=int(truth["height"]), fields=truth["fields"], ocr=truth.get("ocr", {}),
                  page_type=truth.get("page_type"), face_box=tuple(face) if face else None,
                  fingerprint=print_)


def sample_by_name(name: str) -> Sample:
    for sample in load_samples():
        if sample.name == name:
            return sample
    raise KeyError(name)


def recognise(image: Image.Image, doc_types: set[str] | None = None) -> Sample | None:
    """The sample this image shows (any size, any encoding), or None."""
    if image.height == 0:
        return None
    aspect = image.width / image.height
    candidates = [s for s in load_samples() if doc_types is None or s.doc_type in doc_types]
    candidates = [s for s in candidates if abs(aspect / s.aspect - 1.0) <= ASPECT_TOLERANCE]
    if not candidates:
        return None
    probe = fingerprint(image)
    best = max(candidates, key=lambda s: correlation(probe, s.fingerprint))
    return best if correlation(probe, best.fingerprint) >= MIN_CORRELATION else None


def recognise_bytes(data: bytes, doc_types: set[str] | None = None) -> Sample | None:
    """As `recognise`, for encoded image bytes; None when they are not a readable image."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return recognise(image, doc_types)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
