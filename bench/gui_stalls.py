"""The window's own stalls and keys, measured through the real `MainWindow` offscreen (issue 12).

`rows(quick)` gives one row per line of issue 12's table that is the window's alone:

- per key: Enter (commit the typed value and go to the next field) and the first character typed
  on the field list (it starts the edit), against a bare QLineEdit in a bare window doing the same
  (Enter = editingFinished, a character typed);
- the GUI's longest stall while a batch of 50 / 1,000 documents goes through the queue, against the
  core batch alone (the same jobs, a heartbeat in a bare QApplication);
- the stall of a save of 500 fields with 5,000 history entries;
- the stall of opening a folder of 5,000 files (until every row is listed).

A stall is the longest gap between two turns of the event loop (a 1 ms QTimer heartbeat) during
the action; a key's cost is from the key press until the event loop is idle again (the repaint
included). Everything runs offscreen with the demo provider (the in-process stand-in, on small
copies of the bundled vehicle-book sample), in a temporary home: nothing of the machine's is used.
`python -m bench.gui_stalls [--quick]` prints the rows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

PROVIDER = "demo"
KEY_GOAL_MS = 8.0
STALL_GOAL_MS = 16.0


def _isolate(home: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for name in ("AIGEN_API_KEY", "CVVN_API_KEY", "CVVN_API_SECRET"):
        os.environ.pop(name, None)


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


class Heartbeat:
    """The longest gap between two turns of the GUI event loop while it runs (a 1 ms timer)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.last = self.longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._beat()
        self.timer.stop()
        return self.longest * 1000.0


def spin(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    """Run the event loop (waiting for events, not polling) until `condition()` holds."""
    from PySide6.QtCore import QEventLoop

    app = _app()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def _settle(ms: int = 30) -> None:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + ms / 1000.0
    while time.perf_counter() < end:
        _app().processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _small_samples(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """`count` small, distinct copies of the vehicle-book sample (the demo recognises any size)."""
    from PIL import Image

    from desktop_app.resources import samples_dir

    folder.mkdir(parents=True, exist_ok=True)
    with Image.open(samples_dir() / "vehicle_book.png") as raw:
        base = raw.convert("RGB").resize((560, 800))
    made = []
    for n in range(start, start + count):
        image = base.copy()
        image.putpixel((n % 560, (n // 560) % 800), (n % 256, (n // 256) % 256, 7))
        target = folder / f"{n:05d}.png"
        image.save(target, optimize=False, compress_level=1)
        made.append(target)
    return made


def _window(root: Path):
    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(Settings(root / f"settings-{time.monotonic_ns()}.ini"), PROVIDER)
    window.ask_unsaved = lambda: "discard"
    window.ask_overwrite = lambda _path: True
    window.ask_save_path = lambda default: str(default)
    window.batch.guard.ask_send = lambda _cost: True
    window.batch.guard.ask_quit = lambda _n: True
    window.resize(1366, 768)
    window.show()
    _settle()
    return window


def _close(window) -> None:
    window.ask_unsaved = lambda: "discard"
    window.batch.shutdown()
    window.runner.shutdown(10_000)
    window.io.flush(10_000)
    window.close()
    window.deleteLater()
    _settle(10)


def _keep(fn: Callable[[], object]) -> float:
    """Seconds from calling `fn` (a key press) until the event loop is idle again."""
    app = _app()
    began = time.perf_counter()
    fn()
    app.processEvents()
    app.processEvents()
    return (time.perf_counter() - began) * 1000.0


# --- per key ----------------------------------------------------------------------------------------
def _key_runs(root: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    from desktop_app.resources import samples_dir

    app = _app()
    window = _window(root)
    image = root / "keys" / "vehicle_book.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(samples_dir() / "vehicle_book.png", image)
    window.open_paths([str(image)])
    window.act_run.trigger()
    spin(lambda: window.session.document is not None and not window.runner.busy)
    spin(lambda: not window.canvas.image().isNull())
    _settle(100)
    fields = window.fields
    enter: list[float] = []
    first: list[float] = []
    rows = fields.model.rowCount()
    for n in range(runs * 3):  # a few warm-up presses; the median drops them anyway
        fields.select_field((n * 3) % rows)
        fields.focus_list()
        _settle(5)
        first.append(_keep(lambda: QTest.keyClick(app.focusWidget(), Qt.Key.Key_X)))
        QTest.keyClicks(fields.value_edit, "yz")
        _settle(5)
        enter.append(_keep(lambda: QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)))
        _settle(5)
    _close(window)

    bare = QMainWindow()
    edit = QLineEdit()
    edit.editingFinished.connect(lambda: edit.selectAll())
    bare.setCentralWidget(edit)
    bare.resize(1366, 768)
    bare.show()
    edit.setFocus()
    _settle()
    bare_enter: list[float] = []
    bare_first: list[float] = []
    for _n in range(runs * 3):
        edit.clear()
        _settle(5)
        bare_first.append(_keep(lambda: QTest.keyClick(edit, Qt.Key.Key_X)))
        QTest.keyClicks(edit, "yz")
        _settle(5)
        bare_enter.append(_keep(lambda: QTest.keyClick(edit, Qt.Key.Key_Return)))
    bare.close()
    bare.deleteLater()
    _settle(10)
    return {"enter": _tail(enter, runs), "first": _tail(first, runs),
            "bare_enter": _tail(bare_enter, runs), "bare_first": _tail(bare_first, runs)}


def _tail(values: list[float], runs: int) -> list[float]:
    """The last `runs` groups' medians: one figure a run, after the warm-up."""
    groups = [values[i:i + 3] for i in range(0, len(values), 3)]
    return [statistics.median(g) for g in groups][-runs:]


# --- batch in the queue -----------------------------------------------------------------------------
def _batch_stall(root: Path, files: list[Path]) -> float:
    window = _window(root)
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(files[0].parent)])
    spin(lambda: len(window.batch.runner.entries) == len(files) and not window.batch.runner.running
         and window.io.idle)
    _settle(50)
    stall = beat.stop()
    _close(window)
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


# --- save ------------------------------------------------------------------------------------------
def _big_document(image: Path, fields: int = 500, history: int = 10):
    from desktop_app.core.model import Document, Field, HistoryEntry, Page, Source

    made = []
    for i in range(fields):
        f = Field(key=f"field_{i}", label_th="ช่อง", label_en="Field", ocr_value=f"ค่า {i}", value=f"ค่า {i}",
                  confidence=0.9)
        f.history = [HistoryEntry("edit", f"old {i} {h}", f"ค่า {i}", "2026-12-01T10:00:00+07:00", "clerk")
                     for h in range(history)]
        made.append(f)
    return Document(doc_type="vehicle_book",
                    sources=[Source(path=str(image), sha256="0" * 64, width=560, height=800, page_count=1)],
                    provider_id="aigen-vehicle-book-v2", endpoint="https://x", options={},
                    pages=[Page(index=0, width=560, height=800, fields=made)])


def _save_stall(root: Path, image: Path) -> float:
    window = _window(root)
    window.session.restore(_big_document(image), None)  # unsaved, its image beside it
    window.autosaver.flush()
    spin(lambda: window.io.idle)
    _settle(50)
    window.session.set_value(0, 3, "แก้แล้ว")
    window.autosaver.timer.stop()
    _settle(20)
    saved: list[str] = []
    window.session.saved.connect(saved.append)
    beat = Heartbeat()
    beat.start()
    window.act_save.trigger()
    spin(lambda: bool(saved) and window.io.idle)
    _settle(30)
    stall = beat.stop()
    _close(window)
    return stall


# --- open a folder of 5,000 ---------------------------------------------------------------------------
def _open_folder_stall(root: Path, folder: Path, count: int) -> float:
    window = _window(root)
    window.batch.panel.jobs.setValue(1)
    beat = Heartbeat()
    beat.start()
    window.open_paths([str(folder)])
    spin(lambda: window.batch.panel.list.model().rowCount() == count)
    _settle(50)
    stall = beat.stop()
    window.batch.runner.cancel()
    _close(window)
    return stall


# --- rows ------------------------------------------------------------------------------------------
def _row(what: str, unit: str, now: list[float], baseline: str, base: list[float], goal: str,
         limit: float) -> dict:
    return {"what": what, "unit": unit, "now": [round(v, 2) for v in now], "baseline": baseline,
            "base": [round(v, 2) for v in base], "goal": goal, "met": statistics.median(now) <= limit}


def rows(quick: bool) -> list[dict]:
    runs = 3 if quick else 5
    root = Path(tempfile.mkdtemp(prefix="bench-gui-stalls-"))
    home = root / "home"
    _isolate(home)
    _app()
    try:
        from desktop_app.standin import demo_provider as demo

        demo.standin()  # started once, before anything is measured
        keys = _key_runs(root, runs)
        out = [
            _row("GUI per key: Enter (commit and next)", "ms", keys["enter"],
                 "a bare QLineEdit, Enter", keys["bare_enter"], f"<= {KEY_GOAL_MS:g} ms", KEY_GOAL_MS),
            _row("GUI per key: first character", "ms", keys["first"],
                 "a bare QLineEdit, one character", keys["bare_first"], f"<= {KEY_GOAL_MS:g} ms",
                 KEY_GOAL_MS),
        ]
        for size in (50, 1000):
            now, base = [], []
            for run in range(runs):
                files = _small_samples(root / f"batch-{size}-{run}", size, start=run * 10_000 + size)
                _isolate(root / f"home-b{size}-{run}")  # no stored answers: every document is sent
                base.append(_core_batch_stall(files))
                _isolate(root / f"home-w{size}-{run}")
                now.append(_batch_stall(root, files))
                shutil.rmtree(files[0].parent, ignore_errors=True)
            out.append(_row(f"GUI max stall: batch of {size:,} in the queue", "ms", now,
                            "the core batch alone (same jobs, bare QApplication)", base,
                            f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        image = _small_samples(root / "save", 1)[0]
        saves = [_save_stall(root, image) for _ in range(runs)]
        out.append(_row("GUI max stall: save 500 fields, 5,000 history", "ms", saves, "none", [],
                        f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        count = 5000
        folder = root / "folder-5000"
        _small_samples(folder, count)
        opens = []
        for run in range(runs):
            _isolate(root / f"home-open-{run}")
            opens.append(_open_folder_stall(root, folder, count))
        out.append(_row("GUI max stall: open a folder of 5,000", "ms", opens, "none", [],
                        f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_stalls", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 5")
    args = parser.parse_args(argv)
    for row in rows(args.quick):
        now, base = row["now"], row["base"]
        base_text = f"{statistics.median(base):.1f} ({min(base):.1f}–{max(base):.1f})" if base else "—"
        print(f"{row['what']}: {statistics.median(now):.1f} {row['unit']} ({min(now):.1f}–{max(now):.1f}) "
              f"| {row['baseline']}: {base_text} | goal {row['goal']} | {'met' if row['met'] else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
