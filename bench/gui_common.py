"""What the window's own benchmarks share (`bench.gui_keys`, `bench.gui_queue`): an isolated home,
the application, a 1 ms heartbeat that finds the longest stall, the real `MainWindow` offscreen,
small distinct copies of the vehicle-book sample, a key's cost until the loop is idle again.

A stall is the longest gap between two turns of the event loop (a 1 ms QTimer heartbeat) during
the action; a key's cost is from the key press until the event loop is idle again (the repaint
included). Everything runs offscreen in a temporary home: nothing of the machine's is used.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .timing import OFFSCREEN

PROVIDER = "demo"
KEY_GOAL_MS = 8.0
STALL_GOAL_MS = 16.0


def isolate(home: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN  # a 1366x768 screen (bench/timing.py)
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_DATA_HOME"] = str(home / ".local" / "share")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for name in ("AIGEN_API_KEY", "CVVN_API_KEY", "CVVN_API_SECRET"):
        os.environ.pop(name, None)


def the_app():
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
    """Run the real event loop until `condition()` holds (looked at every 5 ms).

    A `processEvents(WaitForMoreEvents, 20)` loop was used until 2026-12-04: that overload does
    not wait (Qt ignores the flag when a time is given), so the GUI thread polled at 100% of a CPU
    and held the GIL between polls throughout every measured batch, on both sides; a clerk's
    window sleeps in its event loop until something happens."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the window did not get there in time")


def settle(ms: int = 30) -> None:
    """Run the real event loop for `ms` milliseconds (it sleeps when there is nothing to do)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def small_samples(folder: Path, count: int, *, start: int = 0) -> list[Path]:
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


def open_window(root: Path):
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
    settle()
    return window


def close_window(window) -> None:
    window.ask_unsaved = lambda: "discard"
    window.batch.shutdown()
    window.runner.shutdown(10_000)
    window.io.flush(10_000)
    window.close()
    window.deleteLater()
    settle(10)
    quiet()


def quiet(ms: int = 300) -> None:
    """Before a measured action: the previous run's window destroyed now (a deferred delete that
    `processEvents` leaves for the top-level loop), its garbage collected, and the new window's own
    start (the work after its first paint) over: no run pays for what came before it."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    settle(ms)


def keep(fn: Callable[[], object]) -> float:
    """Seconds from calling `fn` (a key press) until the event loop is idle again."""
    app = the_app()
    began = time.perf_counter()
    fn()
    app.processEvents()
    app.processEvents()
    return (time.perf_counter() - began) * 1000.0


# --- rows ------------------------------------------------------------------------------------------
def stall_row(what: str, unit: str, now: list[float], baseline: str, base: list[float], goal: str,
         limit: float) -> dict:
    return {"what": what, "unit": unit, "now": [round(v, 2) for v in now], "baseline": baseline,
            "base": [round(v, 2) for v in base], "goal": goal, "met": statistics.median(now) <= limit}




def print_rows(rows: list[dict]) -> None:
    for row in rows:
        now, base = row["now"], row["base"]
        base_text = f"{statistics.median(base):.1f} ({min(base):.1f}–{max(base):.1f})" if base else "—"
        print(f"{row['what']}: {statistics.median(now):.1f} {row['unit']} ({min(now):.1f}–{max(now):.1f}) "
              f"| {row['baseline']}: {base_text} | goal {row['goal']} | {'met' if row['met'] else 'NOT met'}")


def cli(name: str, rows: Callable[[bool], list[dict]], argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"python -m {name}")
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 5")
    args = parser.parse_args(argv)
    print_rows(rows(args.quick))
    return 0
