"""Open a folder of 100 images until the first one is reviewable, measured through the real window.

`python -m bench.first_reviewable [--no-write]` builds a folder of 100 phone photos of the vehicle
book (each a little different, so no answer comes from another's cache), points the AIGEN vehicle
book service at the loopback stand-in (a fixed delay per answer), and times, in the real
`MainWindow` offscreen, from "open this folder" until the first document is shown with its fields
and its page image (what the clerk needs to start reviewing). Two ways, in the same run, each with
an empty data folder (no cached answers):

- **queue** (this app): the folder goes to the batch queue, 2 requests in flight; the first finished
  document opens by itself while the other 99 are still sending.
- **naive**: every document is OCR'd first (the same core batch runner, 2 in flight), and only then
  is the first one opened in the same window.

`bench/cases.py` measures the core's side (prepare-as-you-send against prepare-everything-first,
no window); this one adds the window's own share: listing the folder on its IO worker, the queue's
signals, loading the page image into Qt and showing the fields. The figures go into README.md
between `<!-- bench:window:start -->` and `<!-- bench:window:end -->`.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:window:start -->", "<!-- bench:window:end -->"
PROVIDER = "aigen-vehicle-book-v2"


def _isolate(home: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    os.environ["AIGEN_API_KEY"] = "bench-key-not-secret"  # the stand-in checks presence only


def _folder(root: Path, count: int) -> Path:
    from PIL import Image

    from desktop_app.resources import samples_dir

    folder = root / "scans"
    folder.mkdir()
    with Image.open(samples_dir() / "vehicle_book_photo.jpg") as photo:
        exif = photo.info.get("exif", b"")
        base = photo.copy()
    for n in range(count):
        image = base.copy()
        image.putpixel((n % base.width, 0), (n % 256, 0, 0))
        image.save(folder / f"{n:03d}.jpg", quality=90, exif=exif)
    return folder


def _window(app, settings_path: Path, endpoint: str):
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings

    settings = Settings(settings_path)
    settings.set_endpoint(PROVIDER, endpoint)
    window = MainWindow(settings, PROVIDER)
    window.ask_unsaved = lambda: "discard"
    window.batch.guard.ask_send = lambda _cost: True  # the clerk agrees to send (asked after counting)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return window


def _wait(app, condition, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.002)


def _reviewable(window) -> bool:
    return (window.session.document is not None and window.fields.model.rowCount() > 0
            and not window.canvas.image().isNull())


def _close(app, window) -> None:
    window.batch.shutdown()
    window.runner.shutdown()
    window.io.flush()
    window.close()
    window.deleteLater()
    app.processEvents()


def measure(count: int = 100, delay: float = 0.05, jobs: int = 2) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.batch import Batch, expand_inputs, jobs_for
    from desktop_app.core.cache import ResponseCache
    from desktop_app.standin import StandIn

    root = Path(tempfile.mkdtemp(prefix="bench-window-"))
    try:
        _isolate(root / "home-queue")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        folder = _folder(root, count)
        with StandIn(delay=delay) as standin:
            endpoint = standin.endpoint(PROVIDER)
            # queue: open the folder, the first finished document opens by itself
            window = _window(app, root / "queue.ini", endpoint)
            window.settings.batch_concurrency = jobs
            window.batch.panel.jobs.setValue(jobs)
            began = time.perf_counter()
            window.open_paths([str(folder)])
            _wait(app, lambda: _reviewable(window))
            queue = time.perf_counter() - began
            _close(app, window)

            # naive: OCR all of them first, then open the first (fresh data folder: no cache)
            _isolate(root / "home-naive")
            window = _window(app, root / "naive.ini", endpoint)
            began = time.perf_counter()
            items = Batch(jobs_for(expand_inputs([folder]), PROVIDER, endpoint=endpoint),
                          concurrency=jobs, cache=ResponseCache()).run()
            first = items[0].document
            window.session.restore(first, None)
            _wait(app, lambda: _reviewable(window))
            naive = time.perf_counter() - began
            _close(app, window)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return {"count": count, "delay": delay, "jobs": jobs, "queue": queue, "naive": naive}


def render(result: dict[str, float]) -> str:
    return "\n".join([
        f"**Open a folder of {result['count']} phone photos until the first is reviewable, through the "
        f"window** (`python -m bench.first_reviewable`, measured {date.today().isoformat()} on "
        f"{os.cpu_count()} CPU(s), Python {platform.python_version()}, offscreen; the stand-in taking "
        f"{result['delay']:.2f} s per answer, {result['jobs']} requests in flight, empty cache): from "
        "\"open this folder\" to the first document shown with its fields and page image.",
        "",
        "| approach | seconds to the first reviewable document |",
        "|---|---|",
        f"| queue: the first finished document opens while the rest are sending (this app) "
        f"| {result['queue']:.2f} s |",
        f"| naive: OCR all {result['count']} first, then open the first | {result['naive']:.2f} s |",
    ])


def write_readme(text: str, readme: Path = README) -> None:
    block = f"{START}\n{text}\n{END}"
    current = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in current and END in current:
        head, rest = current.split(START, 1)
        updated = head + block + rest.split(END, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.first_reviewable", description=__doc__)
    parser.add_argument("--no-write", action="store_true", help="print the figures, leave README.md alone")
    parser.add_argument("--count", type=int, default=100)
    ns = parser.parse_args(argv)
    text = render(measure(ns.count))
    print(text)
    if not ns.no_write:
        write_readme(text)
        print(f"written to {README}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
