"""Work for the team-queue tests and load test: distinct scans the demo recognises, and a
scripted clerk's sign-off of a review file (the automation side of `team next` / `team submit`).

Scans are the bundled vehicle-book sample, shrunk (short side 520 px, JPEG) with a few pixels
set from a number: every scan has its own sha256 and still reads as the sample.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from desktop_app.core import reviewfile
from desktop_app.core.model import FieldState
from desktop_app.core.review import apply, plan_edit, plan_signoff
from desktop_app.resources import samples_dir

# What a clerk corrects on the sample: its province is misread (a check error, an open problem).
FIXES = {"province": "กรุงเทพมหานคร"}

_base: Image.Image | None = None


def _sample() -> Image.Image:
    global _base
    if _base is None:
        with Image.open(samples_dir() / "vehicle_book.png") as raw:
            image = raw.convert("RGB")
        scale = 520 / min(image.size)
        _base = image.resize((round(image.width * scale), round(image.height * scale)))
    return _base


def scan_bytes(number: int) -> bytes:
    image = _sample().copy()
    for bit in range(24):  # the number, as dark pixels in the top row: a different file each
        if number >> bit & 1:
            image.putpixel((2 + bit, 2), (0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def make_scans(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"scan{number:05d}.jpg"
        path.write_bytes(scan_bytes(number))
        paths.append(path)
    return paths


def sign_off(path: Path, clerk: str, *, edits: dict[str, str] | None = None, seconds: float = 30.0,
             reject: str | None = None) -> None:
    """Edit the fields named in `edits` (key -> new value; default `FIXES`), check again, then
    sign the review file off as `clerk` (every untouched field confirmed), or reject it with the
    reason `reject`."""
    from desktop_app.core.checks import run_checks
    from desktop_app.core.review import plan_reject

    edits = FIXES if edits is None else edits
    document = reviewfile.load(path)
    at = datetime.now(UTC).astimezone().isoformat(timespec="seconds")
    for (page_index, page) in enumerate(document.pages):
        for index, field in enumerate(page.fields):
            if edits and field.key in edits:
                changes = plan_edit(document, (page_index, index), edits[field.key])
                if changes is not None:
                    apply(document, changes, clerk, at)
    run_checks(document)
    if reject is not None:
        changes = plan_reject(document, reject, clerk)
    else:
        untouched = [(p, i) for p, page in enumerate(document.pages) for i, f in enumerate(page.fields)
                     if f.state == FieldState.UNREVIEWED]
        changes = plan_signoff(document, untouched, clerk)
    if changes is not None:
        apply(document, changes, clerk, at)
    document.review.seconds_spent = seconds
    reviewfile.save(document, path)
