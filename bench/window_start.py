"""Start to mapped window: `desktop-app` as a real process (offscreen) against a bare
`QMainWindow` process, both until their window's first paint, interleaved run by run.

The child is this module (`python -m bench.window_start ours|bare`): it installs a paint watcher
on the application, starts the window the way its side does, and prints when the first top-level
window has painted; the parent times from spawning it to that line (the interpreter's start, the
imports and the first frame all count).
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

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)():
                print(MAPPED, flush=True)
                os._exit(0)
            return False

    app._first_paint = FirstPaint(app)
    app.installEventFilter(app._first_paint)


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
    from desktop_app.cli import main

    return main([])


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
