"""The window's queue, through the real `MainWindow` offscreen with the demo provider (issue 12):
the GUI's longest stall while a batch of 50 / 1,000 documents goes through the queue, against the
core batch alone (the same jobs, a heartbeat in a bare QApplication); the stall of opening a
folder of 5,000 files (until every row is listed).
`python -m bench.gui_queue [--quick]` prints the rows.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
from pathlib import Path

from .gui_common import (
    PROVIDER,
    STALL_GOAL_MS,
    Heartbeat,
    cli,
    close_window,
    isolate,
    open_window,
    settle,
    small_samples,
    spin,
    stall_row,
    the_app,
)


# --- batch in the queue -----------------------------------------------------------------------------
def _batch_stall(root: Path, files: list[Path]) -> float:
    window = open_window(root)
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(files[0].parent)])
    spin(lambda: len(window.batch.runner.entries) == len(files) and not window.batch.runner.running
         and window.io.idle)
    settle(50)
    stall = beat.stop()
    close_window(window)
    return stall


def _core_batch_stall(files: list[Path]) -> float:
    from desktop_app.core.batch import Batch, jobs_for
    from desktop_app.core.cache import ResponseCache
    from desktop_app.core.checks import run_checks

    batch = Batch(jobs_for(files, PROVIDER), concurrency=2, cache=ResponseCache(),
                  on_done=lambda item: run_checks(item.document))
    done = threading.Event()

    def run() -> None:
        try:
            batch.run()
        finally:
            done.set()

    beat = Heartbeat()
    beat.start()
    threading.Thread(target=run, daemon=True).start()
    spin(done.is_set)
    return beat.stop()


# --- open a folder of 5,000 ---------------------------------------------------------------------------
def _open_folder_stall(root: Path, folder: Path, count: int) -> float:
    window = open_window(root)
    window.batch.panel.jobs.setValue(1)
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(folder)])
    spin(lambda: window.batch.panel.list.model().rowCount() == count)
    settle(50)
    stall = beat.stop()
    window.batch.runner.cancel()
    close_window(window)
    return stall



def rows(quick: bool) -> list[dict]:
    runs = 3 if quick else 5
    root = Path(tempfile.mkdtemp(prefix="bench-gui-queue-"))
    isolate(root / "home")
    the_app()
    try:
        from desktop_app.standin import demo_provider as demo

        demo.standin()  # started once, before anything is measured
        out = []
        for size in (50, 1000):
            now, base = [], []
            for run in range(runs):
                files = small_samples(root / f"batch-{size}-{run}", size, start=run * 10_000 + size)
                isolate(root / f"home-b{size}-{run}")  # no stored answers: every document is sent
                base.append(_core_batch_stall(files))
                isolate(root / f"home-w{size}-{run}")
                now.append(_batch_stall(root, files))
                shutil.rmtree(files[0].parent, ignore_errors=True)
            out.append(stall_row(f"GUI max stall: batch of {size:,} in the queue", "ms", now,
                                 "the core batch alone (same jobs, bare QApplication)", base,
                                 f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        count = 5000
        folder = root / "folder-5000"
        small_samples(folder, count)
        opens = []
        for run in range(runs):
            isolate(root / f"home-open-{run}")
            opens.append(_open_folder_stall(root, folder, count))
        out.append(stall_row("GUI max stall: open a folder of 5,000", "ms", opens, "none", [],
                             f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(cli("bench.gui_queue", rows))
