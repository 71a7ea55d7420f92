"""A folder opened again: yesterday's reviews stand for their images.

An image opened alone opens with the review beside it, when that review was made from this very
file (`desk.review_beside`, `desk.load_review`). A folder goes to the queue, and until 2026-12-04
the queue sent every image again: a second charge when the stored answer had gone (retention),
and yesterday's corrections shown as a fresh reading, saved over on the next save. Now each job
whose single image has such a review beside it is replaced by that review (not sent); another
scan's review, a newer or a damaged review file leaves the job as it was (the image is read anew,
and the save rule keeps such a file from being written over). Run it off the GUI thread: it reads
each review and hashes its image.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .desk import load_review, review_beside
from .engine import OcrJob
from .errors import AppError
from .model import Document


@dataclass
class Reviewed:
    """A review found beside its image: listed for review, never sent."""

    document: Document
    review_path: Path
    attention: int | None = None  # fields needing attention, as the queue counts them


def with_reviews(jobs: Sequence[OcrJob], count: Callable[[Document], int] | None = None,
                 kept: dict[Path, str] | None = None) -> list[OcrJob | Reviewed]:
    """`jobs` in their order, each replaced by its image's review when one made from it is there.
    `kept` gets each review found that does not stand for its image (-> why, an error code): the
    window never saves over it, as when the image is opened alone (gui/flows/save_flow.py)."""
    out: list[OcrJob | Reviewed] = []
    for job in jobs:
        beside = review_beside(job.paths)
        if beside is not None:
            try:
                document, _others = load_review(beside, image=job.paths[0])
            except AppError as exc:  # another scan's, newer or damaged: the image is read anew
                _keep(kept, beside, exc.code)
            except OSError:
                _keep(kept, beside, "file.unreadable")
            else:
                if len(document.sources) == 1:  # made from this very file (its hash), wherever it was then
                    document.sources[0].path = str(job.paths[0])
                    out.append(Reviewed(document, beside, count(document) if count is not None else None))
                    continue
                _keep(kept, beside, "review.other_image")
        out.append(job)
    return out


def _keep(kept: dict[Path, str] | None, path: Path, code: str) -> None:
    if kept is not None:
        kept[path] = code


def jobs_of(items: Sequence[OcrJob | Reviewed]) -> list[OcrJob]:
    return [item for item in items if isinstance(item, OcrJob)]


def reviews_used(items: Sequence[OcrJob | Reviewed]) -> set[Path]:
    return {item.review_path for item in items if isinstance(item, Reviewed)}
