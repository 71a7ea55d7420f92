"""The window's queue, through the real `MainWindow` offscreen (issue 12): the GUI's longest stall
while a batch of 50 / 1,000 documents goes through the queue, against the core batch alone (the
same jobs, a heartbeat in a bare QApplication); the stall of opening a folder of 5,000 files
(until every row is listed). `python -m bench.gui_queue [--quick]` prints the rows.

How it is measured (and why it changed, 2026-12):
- The documents go to the loopback stand-in in its own process (`bench.timing.StandInProcess`),
  through a real provider (AIGEN vehicle book v2, a key in the environment), as a clerk's machine
  sends to a service elsewhere. The demo provider ran the stand-in in the window's own process:
  the stand-in's work (decoding each image to pick its answer) and the demo's recognising of the
  sample shared the window's GIL, which no clerk's machine does, and made the run slow.
  A paid provider also means the window does what it does for a clerk with one: it counts the
  requests and stored answers on the IO worker before sending (the bench answers "send").
- The sample files are made once and quickly: the vehicle-book sample encoded once (560x800
  greyscale PNG, ~120 KB), then 5,000 copies that differ only in a PNG text chunk (distinct bytes,
  so distinct sha256: no stored answer or same-request wait joins two of them; the folder open does
  not deduplicate, every file is a row). Re-encoding 5,000 images took minutes. The batch folders
  are hard links to the first 50 / 1,000 of them; every run has its own empty user folders, so
  every document is sent in every run.
- The core-batch baseline runs the window's jobs: built from the same preferences
  (`Preferences.job_for` + `jobs_like`), the window's concurrency, a response cache, the key from
  the environment. It no longer runs the field checks a second time (documents come back checked,
  core/desk.py), which made the baseline heavier than the core is.
- Both sides run in one child process (`python -m bench.gui_queue --child`), interleaved run by
  run, with the GIL switch interval the window sets (gui/workers/background.py) set for both, so a
  process setting is not what separates them; the child's own Qt and imports start fresh each
  time, so `python -m bench` can run twice in a session.
- Each run starts from a quiet window (`bench.gui_common.quiet`, 2026-12-03): the previous run's
  window destroyed and its garbage collected, the new window's own start over (its work after the
  first paint). The batch began 30 ms after `show()`: the previous window's deferred destruction,
  a collection of its garbage and the new window's start ran inside the batch's first turns (the
  longest stall in most runs, 20-28 ms of GUI CPU, none of it the batch's). The core batch waits
  the same way.
- Since 2026-12-04 the window is on a 1366x768 screen (Qt's offscreen default, 800x800, made it
  796x796 and the queue's dock grew it past the screen and back), and `spin` runs the real event
  loop (the processEvents loop it replaced polled at 100 % of a CPU, on both sides).
A stall is the longest gap between two turns of the event loop (a 1 ms heartbeat).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

from .gui_common import STALL_GOAL_MS, Heartbeat, cli, close_window, quiet, settle, spin, stall_row, the_app
from .timing import KEY, StandInProcess, isolated_env, runs, scratch

PROVIDER = "aigen-vehicle-book-v2"
SIZES = (50, 1000)
FOLDER = 5000


# --- the files ----------------------------------------------------------------------------------------
def sample_png() -> bytes:
    """The vehicle-book sample as a 560x800 greyscale PNG (a small scan the stand-in recognises)."""
    import io

    from PIL import Image

    from desktop_app.resources import samples_dir

    with Image.open(samples_dir() / "vehicle_book.png") as raw:
        image = raw.convert("L").resize((560, 800))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def distinct_copies(png: bytes, folder: Path, count: int) -> list[Path]:
    """`count` files of the same image, each with its own tEXt chunk after IHDR: distinct bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    head, rest = png[:33], png[33:]  # the signature (8) and the IHDR chunk (25)
    made = []
    for n in range(count):
        text = b"bench\x00" + str(n).encode()
        chunk = (struct.pack(">I", len(text)) + b"tEXt" + text
                 + struct.pack(">I", zlib.crc32(b"tEXt" + text)))
        path = folder / f"{n:05d}.png"
        path.write_bytes(head + chunk + rest)
        made.append(path)
    return made


def linked(files: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        try:
            os.link(path, folder / path.name)
        except OSError:
            shutil.copyfile(path, folder / path.name)
    return folder


# --- one run ------------------------------------------------------------------------------------------
def _isolate(home: Path) -> None:
    os.environ.update(isolated_env(home))  # the key is in the environment, as a clerk may keep it


def _settings(home: Path, endpoint: str):
    from desktop_app.gui.state.settings import Settings

    settings = Settings(home / "settings.ini")
    settings.set_endpoint(PROVIDER, endpoint)
    return settings


def _window(home: Path, endpoint: str):
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(_settings(home, endpoint), PROVIDER)
    window.ask_unsaved = lambda: "discard"
    window.batch.guard.ask_send = lambda _cost: True  # a paid service: the clerk says send
    window.batch.guard.unsaved = lambda: []  # the bench's documents: nothing to keep as drafts
    window.resize(1366, 768)
    window.show()
    quiet()
    return window


def window_batch(home: Path, folder: Path, count: int, endpoint: str) -> float:
    window = _window(home, endpoint)
    runner = window.batch.runner
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(folder)])
    spin(lambda: len(runner.entries) == count and not runner.running and window.io.idle)
    settle(50)
    stall = beat.stop()
    states = {str(e.state) for e in runner.entries.values()}
    close_window(window)
    assert states <= {"done", "in_review"}, states
    return stall


def core_batch(home: Path, folder: Path, endpoint: str) -> float:
    from desktop_app.core.batch import Batch, ItemState, jobs_like
    from desktop_app.core.cache import ResponseCache
    from desktop_app.core.skipped import expand_with_skipped

    settings = _settings(home, endpoint)
    files, _skipped = expand_with_skipped([folder])
    jobs = jobs_like(files, settings.job_for([], PROVIDER))  # as the window builds them
    batch = Batch(jobs, concurrency=settings.batch_concurrency, cache=ResponseCache())
    done = threading.Event()
    quiet()  # as the window's runs start

    def run() -> None:
        try:
            batch.run()
        finally:
            done.set()

    beat = Heartbeat()
    beat.start()
    threading.Thread(target=run, daemon=True).start()
    spin(done.is_set)
    settle(50)
    stall = beat.stop()
    assert all(item.state == ItemState.DONE for item in batch.items), [i.error for i in batch.items][:3]
    return stall


def open_folder(home: Path, folder: Path, count: int, endpoint: str) -> float:
    window = _window(home, endpoint)
    window.batch.panel.jobs.setValue(1)
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(folder)])
    spin(lambda: window.batch.panel.list.model().rowCount() == count)
    settle(50)
    stall = beat.stop()
    window.batch.cancel()
    close_window(window)
    return stall


# --- the child process and the rows ---------------------------------------------------------------
def child(quick: bool) -> list[dict]:
    from desktop_app.gui.workers.background import GIL_SWITCH_SECONDS

    sys.setswitchinterval(GIL_SWITCH_SECONDS)  # both sides alike (the window sets it when it starts)
    root = scratch("gui-queue")
    try:
        began = time.perf_counter()
        files = distinct_copies(sample_png(), root / "folder", FOLDER)
        folders = {size: linked(files[:size], root / f"batch-{size}") for size in SIZES}
        print(f"{FOLDER} files in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        the_app()
        now: dict[int, list[float]] = {size: [] for size in SIZES}
        base: dict[int, list[float]] = {size: [] for size in SIZES}
        opens: list[float] = []
        with StandInProcess() as standin:
            endpoint = standin.endpoint(PROVIDER)
            for run in range(runs(quick)):
                for size in SIZES:
                    _isolate(root / f"core-{size}-{run}")  # no stored answers: every document is sent
                    base[size].append(core_batch(root / f"core-{size}-{run}", folders[size], endpoint))
                    _isolate(root / f"window-{size}-{run}")
                    now[size].append(window_batch(root / f"window-{size}-{run}", folders[size], size,
                                                  endpoint))
                _isolate(root / f"open-{run}")
                opens.append(open_folder(root / f"open-{run}", root / "folder", FOLDER, endpoint))
                print(f"run {run + 1}: {time.perf_counter() - began:.0f} s", file=sys.stderr)
        rows = [stall_row(f"GUI max stall: batch of {size:,} in the queue", "ms", now[size],
                          "the core batch alone (same jobs, bare QApplication)", base[size],
                          f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS) for size in SIZES]
        rows.append(stall_row(f"GUI max stall: open a folder of {FOLDER:,}", "ms", opens, "none", [],
                              f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        return rows
    finally:
        shutil.rmtree(root, ignore_errors=True)


def rows(quick: bool) -> list[dict]:
    home = scratch("gui-queue-home")
    try:
        env = isolated_env(home)
        env["AIGEN_API_KEY"] = KEY
        result = subprocess.run([sys.executable, "-m", "bench.gui_queue", "--child"]
                                + (["--quick"] if quick else []),
                                env=env, stdout=subprocess.PIPE, text=True, timeout=1800,
                                cwd=Path(__file__).resolve().parent.parent)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if result.returncode != 0:
        raise RuntimeError(f"bench.gui_queue --child failed ({result.returncode})")
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(child("--quick" in sys.argv)), flush=True)
        sys.exit(0)
    sys.exit(cli("bench.gui_queue", rows))
