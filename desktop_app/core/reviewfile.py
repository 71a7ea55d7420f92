"""The review file, version 2: the JSON a clerk saves and downstream systems trust.

Where the parts are: `reviewfile_encode.py` Document -> structure, `reviewfile_decode.py`
structure -> Document; this module the file itself (paths, atomic save, what may be replaced).

Format: docs/review-file.md; JSON Schema: desktop_app/schemas/review-v2.schema.json. Version 2
adds the field state `accepted` (taken as it was by the sign-off) and `review.signoff` (what the
sign-off left open); version 1 files are still read (they have neither).
Images are referenced by path and sha256, never embedded. The API's answer is kept verbatim as a
string. Source paths are stored relative to the review file's folder when the image is in that
folder or below it, so a folder can be moved as a whole.

Reading is strict about what version 1 requires and tolerant of keys it does not know (a later
1.x writer may add some; this reader ignores them). A damaged file, a wrong `format` or a missing
part is `FileFormatError("file.unreadable")`; a `version` above 1 is `FileFormatError("file.newer")`.
Loading never writes to the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from .atomic import write_text_atomic
from .errors import FileFormatError, InputError
from .files import NotRegularFile, read_regular
from .model import Document, ReviewStatus
from .reviewfile_decode import READS, from_dict
from .reviewfile_encode import FORMAT, VERSION, clean_endpoint, to_dict, to_json
from .strict_json import strict_json

__all__ = ["FORMAT", "READS", "SCHEMA_PATH", "SUFFIX", "VERSION", "clean_endpoint", "dumps",
           "ensure_replaceable", "from_dict", "has_clerk_work", "load", "loads", "review_path_for", "save",
           "to_dict", "to_json"]

SUFFIX = ".review.json"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "review-v2.schema.json"


def review_path_for(image: str | os.PathLike[str]) -> Path:
    """Where the review file of `image` goes by default: `<image name>.review.json` beside it."""
    path = Path(image)
    return path.with_name(path.name + SUFFIX)


# --- writing ----------------------------------------------------------------------------------

def dumps(document: Document, *, base_dir: str | os.PathLike[str] | None = None) -> str:
    """The review file's text: UTF-8 friendly (Thai stays Thai), indented, ending in a newline."""
    text = to_json(document, base_dir=base_dir, indent=2)  # json.dumps(to_dict(...)), field by field
    return text + "\n"  # never masked: a data file holds no secret and is never rewritten by masking


def save(document: Document, path: str | os.PathLike[str], *, keep_clerk_work: bool = False) -> None:
    """Write the review file atomically, readable by its owner only (it holds personal data).
    With `keep_clerk_work` (a fresh OCR result), `ensure_replaceable` is checked again the
    moment before the rename: a review a clerk saved there meanwhile is never replaced."""
    target = Path(path)
    base = Path(os.path.abspath(target)).parent
    def check() -> None:
        try:
            ensure_replaceable(target, keep_clerk_work=True)
        except FileFormatError as exc:
            if exc.code != "file.reviewed":
                raise
            raise FileFormatError("file.reviewed_meanwhile", str(target)) from None

    write_text_atomic(target, dumps(document, base_dir=base), private=True,
                      before_replace=check if keep_clerk_work else None)


# --- reading ----------------------------------------------------------------------------------

def has_clerk_work(document: Document) -> bool:
    """True once a person has touched the review: a field changed or confirmed, or a status set."""
    return document.review.status != ReviewStatus.UNREVIEWED or any(
        page.has_review_work() for page in document.pages)


def ensure_replaceable(path: str | os.PathLike[str], *, keep_clerk_work: bool) -> None:
    """Raise `FileFormatError` unless a review file may be written at `path`: a newer or damaged
    file is never written over; with `keep_clerk_work` (a fresh OCR result, `desktop-app ocr`),
    neither is one that holds a clerk's work. Call it before anything is sent."""
    target = Path(path)
    if not target.exists() or (target.is_file() and target.stat().st_size == 0):
        return  # nothing there yet (an empty file: `--out "$(mktemp)"`)
    existing = load(target)  # FileFormatError("file.newer" / "file.unreadable"): never written over
    if keep_clerk_work and has_clerk_work(existing):
        raise FileFormatError("file.reviewed", str(target))


def load(path: str | os.PathLike[str]) -> Document:
    """Read a review file; relative source paths are resolved against its folder."""
    target = Path(path)
    try:
        raw = read_regular(target)
    except FileNotFoundError as exc:
        raise InputError("input.not_found", str(target)) from exc
    except NotRegularFile:
        raise FileFormatError("file.unreadable", f"{target} is not a regular file") from None
    except OSError as exc:
        raise FileFormatError("file.unreadable", f"{target}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError("file.unreadable", f"{target}: not UTF-8 text") from exc
    return loads(text, base_dir=Path(os.path.abspath(target)).parent)


def loads(text: str, *, base_dir: str | os.PathLike[str] | None = None) -> Document:
    return from_dict(strict_json(text), base_dir=base_dir)  # no NaN, lone surrogate, deep nesting
