"""Start to mapped window: `desktop-app` as a real process (offscreen) against a bare
`QMainWindow` process, both until their window's first frame, interleaved run by run.

The child is this module (`python -m bench.window_start ours|bare`): it starts a 1 ms timer, starts
the window the way its side does, and prints once the first frame is painted; the parent times from
spawning it to that line (the interpreter's start, the imports and the first frame all count).

Qt paints a widget window while it delivers the window's Expose. At the timer's first turn after
a window is shown (the event loop's first turn: `show()` only queues the Expose), the child puts an
event filter on the application that delivers the Expose itself and reports once it returns with a
window exposed: the end of the first frame. Until 2026-12 the timer reported at its next turn after
the Expose, so whatever a program queued for the turn after its first paint counted as its start
(ours makes its hidden docks there: gui/window/late_parts.py).

Until 2026-12 the watcher was also an application-wide Python event filter from the very start,
that looked for the first Paint. A clerk's start has no such filter, and it cost the two sides
unequally: every event of every widget went through Python, and PySide loaded a wrapper class for
each new kind of object it was handed (Qt's gesture manager and ~200 more in our window): ~175 M
instructions of ours, ~13 M of the bare window's (callgrind, issue 12). The filter now sees only the
few events of the turn that exposes the window.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .timing import interleaved, isolated_env, ratio_row, runs, scratch

MAPPED = "mapped"


def _watch_first_paint(app) -> None:
    import os

    from PySide6.QtCore import QEvent, QObject, QTimer

    def mapped() -> None:
        print(MAPPED, flush=True)
        os._exit(0)

    class AfterExpose(QObject):
        """Delivers an Expose itself (Qt paints a widget window in it) and reports once a window
        is exposed: the end of the first frame, whatever the program queued to run after it."""

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() != QEvent.Type.Expose:
                return False
            watched.event(event)
            if any(window.isExposed() for window in app.topLevelWindows()):
                mapped()
            return True

    def look() -> None:
        windows = app.topLevelWindows()
        if any(window.isExposed() for window in windows):
            mapped()  # exposed before this turn: the first frame is behind us
        if app._after_expose is None and any(window.isVisible() for window in windows):
            app._after_expose = AfterExpose()  # only now: one window's few events pass through it
            app.installEventFilter(app._after_expose)

    app._after_expose = None
    app._first_paint = QTimer()
    app._first_paint.setInterval(1)
    app._first_paint.timeout.connect(look)
    app._first_paint.start()


def child(side: str) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _watch_first_paint(app)
    if side == "bare":
        from PySide6.QtWidgets import QMainWindow

        window = QMainWindow()
        window.resize(1280, 720)
        window.show()
        return app.exec()
    from desktop_app.entry import run  # the front door `desktop-app` runs (pyproject's script)

    sys.argv[1:] = []  # no files: the window alone
    return run()


def _start(side: str, env: dict[str, str]) -> None:
    process = subprocess.Popen([sys.executable, "-m", "bench.window_start", side], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if line.strip() != MAPPED:
            process.kill()
            said = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"{side} did not map a window: {said}")
    finally:
        process.wait(30)


def rows(quick: bool) -> list[dict]:
    home = scratch("start")
    try:
        env = isolated_env(home)
        ours, base = interleaved(lambda: _start("ours", env), lambda: _start("bare", env), runs(quick))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return [ratio_row("start to mapped window (real process, offscreen)", "s", ours,
                      "bare QMainWindow process", base, 2.0)]


if __name__ == "__main__":
    raise SystemExit(child(sys.argv[1] if len(sys.argv) > 1 else "bare"))
