"""The measured cases. Each returns plain numbers; `__main__` formats them into the README.

Everything runs against the loopback stand-in with a fixed delay per answer, so the figures show
how the client overlaps the waiting for the service, not how fast a real service is.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path

from desktop_app.core import imageprep, pages
from desktop_app.core.batch import Batch, ItemState, jobs_for
from desktop_app.core.engine import OcrJob
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

KEY = Credentials({"aigen_key": "bench-key"})


def batch_throughput(documents: int = 20, delay: float = 0.25,
                     concurrency: tuple[int, ...] = (1, 2, 4)) -> list[dict[str, float]]:
    """`documents` ID cards through the ID card route, `jobs` requests in flight, no cache."""
    card = samples_dir() / "thai_id_card.png"
    rows = []
    with StandIn(delay=delay) as standin:
        endpoint = standin.endpoint("aigen-idcard-v3")
        for jobs in concurrency:
            batch = Batch([OcrJob(paths=[card], provider_id="aigen-idcard-v3", endpoint=endpoint)
                           for _ in range(documents)], concurrency=jobs, credentials=KEY)
            began = time.perf_counter()
            items = batch.run()
            seconds = time.perf_counter() - began
            assert all(item.state == ItemState.DONE for item in items), [i.error for i in items]
            rows.append({"jobs": jobs, "seconds": seconds, "docs_per_second": documents / seconds})
    return rows


def first_reviewable(count: int = 100, delay: float = 0.05, jobs: int = 2) -> dict[str, float]:
    """A folder of `count` phone photos (EXIF-rotated JPEGs that must be re-encoded): seconds from
    "open the folder" until the first document is OCR'd and its page rendered for display, when
    the queue prepares each document as it is sent (ours) and when everything is prepared first."""
    photo = samples_dir() / "vehicle_book_photo.jpg"
    folder = Path(tempfile.mkdtemp(prefix="bench-folder-"))
    try:
        for index in range(count):
            shutil.copyfile(photo, folder / f"{index:03d}.jpg")
        with StandIn(delay=delay) as standin:
            endpoint = standin.endpoint("aigen-vehicle-book-v2")
            pipelined = _pipelined(folder, endpoint, jobs)
            naive = _prepare_all_first(folder, endpoint)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"count": count, "delay": delay, "pipelined": pipelined, "naive": naive}


def _pipelined(folder: Path, endpoint: str, jobs: int) -> float:
    began = time.perf_counter()
    first = threading.Event()
    batch = Batch(jobs_for(pages.folder_files(folder), "aigen-vehicle-book-v2", endpoint=endpoint),
                  concurrency=jobs, credentials=KEY, on_done=lambda item: first.set())
    batch.start()
    first.wait(60)
    done = next(item for item in batch.items if item.state == ItemState.DONE)
    pages.render_page(Path(done.document.sources[0].path), 0)
    seconds = time.perf_counter() - began
    batch.cancel()
    batch.wait(30)
    return seconds


def _prepare_all_first(folder: Path, endpoint: str) -> float:
    from desktop_app.core import engine

    began = time.perf_counter()
    files = pages.folder_files(folder)
    for path in files:
        imageprep.prepare(path, accepts_pdf=True)
    document = engine.run_ocr(OcrJob(paths=[files[0]], provider_id="aigen-vehicle-book-v2",
                                     endpoint=endpoint), credentials=KEY)
    pages.render_page(Path(document.sources[0].path), 0)
    return time.perf_counter() - began
