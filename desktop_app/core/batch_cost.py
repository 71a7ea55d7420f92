"""What opening a folder will cost before anything is sent: how many requests the batch would
make and how many of them are already answered by stored answers (free). No Qt.

Whether an answer is stored is decided exactly as the run decides it: `run_ocr(send=False)` looks
the request up in the cache and raises `NotSent` on a miss, so nothing is ever sent from here. It
prepares each image to compute its key, so it runs on a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .cache import ResponseCache
from .engine import NotSent, OcrJob, run_ocr
from .errors import AppError


@dataclass(frozen=True)
class BatchCost:
    requests: int  # one per document (a front/back pair is one)
    stored: int  # of those, answered from stored answers: no request, no charge

    @property
    def to_send(self) -> int:
        return self.requests - self.stored


def batch_cost(jobs: Sequence[OcrJob], cache: ResponseCache | None = None) -> BatchCost:
    cache = cache if cache is not None else ResponseCache()
    stored = 0
    for job in jobs:
        try:
            run_ocr(job, cache=cache, send=False)
        except NotSent:
            continue
        except (AppError, OSError, ValueError):
            continue  # a file that cannot be prepared is sent nowhere: the queue says why
        stored += 1
    return BatchCost(len(jobs), stored)
