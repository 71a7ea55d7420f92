"""Batch throughput with K requests in flight: the core batch runner against a bare thread pool
of K workers posting the vendor's example request, 100 ID card scans (800x505 JPEG), the stand-in
(its own process) answering each after 0.5 s. The figure is the share of K the run kept busy:
(documents x latency) / (seconds x K), 1.0 being K answers always on their way. No cache
(every document is sent).
"""

from __future__ import annotations

import shutil
import statistics
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .timing import KEY, StandInProcess, interleaved, row, runs, scratch, small_card_jpeg

K = 8
DOCUMENTS = 100
LATENCY = 0.5
PROVIDER = "aigen-idcard-v3"


def _ours(endpoint: str, paths: list[Path]) -> None:
    from desktop_app.core.batch import Batch, ItemState
    from desktop_app.core.engine import OcrJob
    from desktop_app.core.providers.base import Credentials

    jobs = [OcrJob(paths=[path], provider_id=PROVIDER, endpoint=endpoint) for path in paths]
    items = Batch(jobs, concurrency=K, credentials=Credentials({"aigen_key": KEY})).run()
    assert all(item.state == ItemState.DONE for item in items), [i.error for i in items if i.error]


def _bare(endpoint: str, paths: list[Path]) -> None:
    from .engine_cost import vendor_client

    with ThreadPoolExecutor(K) as pool:
        list(pool.map(lambda path: vendor_client(endpoint, path), paths))


def _share(seconds: list[float], documents: int) -> list[float]:
    return [documents * LATENCY / (s * K) for s in seconds]


def rows(quick: bool) -> list[dict]:
    folder = scratch("batch")
    try:
        card = small_card_jpeg(folder)
        paths = []
        for n in range(DOCUMENTS):  # distinct files, as a folder of scans is
            path = folder / f"{n:03d}.jpg"
            shutil.copyfile(card, path)
            paths.append(path)
        with StandInProcess(delay=LATENCY) as standin:
            endpoint = standin.endpoint(PROVIDER)
            ours, base = interleaved(lambda: _ours(endpoint, paths), lambda: _bare(endpoint, paths),
                                     runs(quick), warm=0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    now, baseline = _share(ours, DOCUMENTS), _share(base, DOCUMENTS)
    return [row(f"batch K={K} at {LATENCY} s latency, {DOCUMENTS} documents", "of K", now,
                f"bare thread pool of {K} (vendor's example request)", baseline, "≥ 0.88 of K",
                statistics.median(now) >= 0.88)]
