"""The one background helper (gui/workers/background.py): results in the GUI thread, tickets that drop a
cancelled or superseded job's late result at once, progress in order, errors as codes, and the
page before let go of on a worker. No timing: workers are held and released with events."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage

from desktop_app.core.errors import AppError
from desktop_app.gui.workers import background
from desktop_app.gui.workers.background import Background

WAIT = 10.0  # seconds a held worker may wait for the test: only a bound, never a measure


@pytest.fixture
def owner(qtbot):
    parent = QObject()
    yield parent
    if shiboken6.isValid(parent):
        shiboken6.delete(parent)


def test_the_result_arrives_in_the_gui_thread_and_the_work_ran_off_it(qtbot, owner):
    work = Background(owner)
    gui = threading.get_ident()
    got = []
    work.submit(lambda: threading.get_ident(), lambda result, error: got.append((result, error,
                                                                                 threading.get_ident())))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    (worker, error, called_in), = got
    assert error is None and worker != gui and called_in == gui
    assert work.idle


def test_a_cancelled_job_is_forgotten_at_once_and_its_late_result_dropped(qtbot, owner):
    work = Background(owner)
    release, running = threading.Event(), threading.Event()
    seen_token = []
    got = []
    idle = []
    work.idleChanged.connect(idle.append)

    def task(job):
        running.set()
        release.wait(WAIT)
        seen_token.append(job.cancelled)
        job.progress("late")
        return "late result"

    job = work.start(task, lambda result, error: got.append(result), lambda *values: got.append(values))
    assert running.wait(WAIT)
    work.cancel(job)
    assert work.idle and idle == [False, True]  # idle for the clerk the moment Cancel is pressed
    release.set()
    assert work.wait(10_000)
    QCoreApplication.sendPostedEvents(work)  # every queued delivery, now: none may reach us
    assert seen_token == [True]  # the task could see it was cancelled (its HTTP would stop)
    assert got == []


def test_supersede_keeps_only_the_newest_and_skips_jobs_not_yet_started(qtbot, owner):
    work = Background(owner, threads=1, supersede=True)
    release, running = threading.Event(), threading.Event()
    ran = []

    def first(_job):
        running.set()
        release.wait(WAIT)
        ran.append("first")
        return "first"

    got = []
    work.start(first, lambda result, _e: got.append(result))
    assert running.wait(WAIT)
    work.submit(lambda: ran.append("second") or "second", lambda result, _e: got.append(result))
    work.submit(lambda: ran.append("third") or "third", lambda result, _e: got.append(result))
    release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert work.wait(10_000)
    QCoreApplication.sendPostedEvents(work)
    assert got == ["third"]
    assert ran == ["first", "third"]  # "second" was superseded before a thread took it: never ran


def test_progress_is_delivered_in_order_before_the_result(qtbot, owner):
    work = Background(owner)
    seen = []
    work.start(lambda job: [job.progress(i, 3) for i in range(3)] and "done",
               lambda result, error: seen.append(("done", result)), lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: ("done", "done") in seen, timeout=10_000)
    assert seen == [(0, 3), (1, 3), (2, 3), ("done", "done")]


def test_an_unexpected_exception_becomes_the_internal_error_code_not_a_traceback(qtbot, owner):
    work = Background(owner)
    got = []
    work.submit(lambda: 1 / 0, lambda result, error: got.append((result, error)))
    work.submit(lambda: (_ for _ in ()).throw(AppError("input.not_found", "x.png")),
                lambda result, error: got.append((result, error)))
    qtbot.waitUntil(lambda: len(got) == 2, timeout=10_000)
    (none1, internal), (none2, not_found) = got
    assert none1 is None and isinstance(internal, AppError) and internal.code == "internal"
    assert "Traceback" not in str(internal) and "ZeroDivisionError" not in str(internal)
    assert none2 is None and not_found.code == "input.not_found"


def test_a_stop_exception_reports_nothing_done_and_no_error(qtbot, owner):
    class Stopped(Exception):
        pass

    work = Background(owner, stopped=(Stopped,))
    got = []

    def task():
        raise Stopped

    work.submit(task, lambda result, error: got.append((result, error)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [(None, None)]


def test_one_thread_runs_jobs_in_the_order_asked_and_flush_delivers_them_now(owner):
    work = Background(owner, threads=1)
    order, done = [], []
    for i in range(5):
        work.submit(lambda i=i: order.append(i) or i, lambda result, _e: done.append(result))
    assert work.flush(10_000)  # no event loop turned: flush delivers the results itself
    assert order == [0, 1, 2, 3, 4] and done == [0, 1, 2, 3, 4]


def test_the_page_before_is_let_go_of_on_a_worker(qtbot, monkeypatch):
    cleared_in = []
    gui = threading.get_ident()

    class Holder(list):
        def clear(self) -> None:
            cleared_in.append(threading.get_ident())
            super().clear()

    image = QImage(64, 64, QImage.Format.Format_RGB32)
    values = Holder([image])
    del image
    background.release_elsewhere(values)
    qtbot.waitUntil(lambda: bool(cleared_in), timeout=10_000)
    assert cleared_in[0] != gui and values == []


def test_the_canvas_hands_the_page_it_replaces_to_a_worker(qtbot, monkeypatch):
    from desktop_app.gui.widgets import canvas as canvas_module

    handed = []
    monkeypatch.setattr(canvas_module, "release_elsewhere", lambda values: handed.append(list(values)))
    canvas = canvas_module.DocumentCanvas()
    qtbot.addWidget(canvas)
    first = QImage(40, 30, QImage.Format.Format_RGB32)
    first.fill(0)
    canvas.set_image(first)
    second = QImage(50, 20, QImage.Format.Format_RGB32)
    second.fill(0)
    canvas.set_image(second)
    assert [image.size().toTuple() for image in handed[-1]] == [(40, 30), (40, 30)]  # loaded, shown
    assert canvas.image().size().toTuple() == (50, 20)
