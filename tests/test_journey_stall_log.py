"""Support's journey: a clerk says "it froze"; with `--log-stalls` the log says when, and where.

No assertion on how long anything took: a deliberate 200 ms block of the GUI thread must leave
a line in the log (the threshold, 50 ms, is a quarter of it), naming the code that blocked."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from desktop_app import cli
from desktop_app.gui.window import app as gui_app
from desktop_app.gui.window import stall_watch
from desktop_app.gui.window.stall_watch import StallWatch


def _block_the_gui_thread() -> None:
    time.sleep(0.2)  # what a frozen window does: the event loop does not turn


def _stall_lines(path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if "did not respond" in line]


def test_a_deliberate_stall_is_written_to_the_log_with_where_it_was(qtbot):
    path = gui_app.setup_logging()
    assert path is not None
    watch = stall_watch.start_logging(50)
    assert watch is not None
    try:
        QTimer.singleShot(0, _block_the_gui_thread)
        qtbot.waitUntil(lambda: bool(_stall_lines(path)), timeout=10_000)
    finally:
        watch.stop()
    line = _stall_lines(path)[-1]
    assert "threshold 50 ms" in line
    assert "_block_the_gui_thread" in line  # the watcher saw the GUI thread inside it


def test_without_the_option_nothing_watches(monkeypatch):
    monkeypatch.delenv(stall_watch.ENV, raising=False)
    assert stall_watch.start_logging(None) is None
    monkeypatch.setenv(stall_watch.ENV, "75")
    assert stall_watch.threshold_from(None) == 75


def test_the_option_reaches_the_window(monkeypatch):
    seen = []
    monkeypatch.setattr(gui_app, "run", lambda files, provider, log_stalls=None: seen.append(log_stalls) or 0)
    assert cli.main(["--log-stalls"]) == 0
    assert cli.main(["--log-stalls=40", "scan.jpg"]) == 0
    assert cli.main([]) == 0
    assert seen == [stall_watch.DEFAULT_THRESHOLD_MS, 40, None]


def test_the_bench_reads_the_longest_stall(qtbot):
    watch = StallWatch(50).start()  # a threshold: the block is also counted among the stalls
    QTimer.singleShot(0, _block_the_gui_thread)
    qtbot.waitUntil(lambda: bool(watch.stalls), timeout=10_000)
    assert watch.max_gap_ms == max(gap for gap, _ in watch.stalls)
    watch.reset()
    assert watch.stalls == [] and watch.stop() == watch.max_gap_ms
