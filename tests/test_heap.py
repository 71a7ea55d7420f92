"""Long-lived objects out of the collector's scans (core/heap.py): the window's start objects are
frozen once it has started, clearing the queue gives its cyclic garbage back without thawing the
start's objects for good, and the command line freezes after its imports. Counts and membership
only (gc.get_objects lists what a collection walks; the frozen are not in it), no timing."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop_app.core import heap

pytest_plugins = ["gui_helpers"]


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def walked(obj: object) -> bool:
    """Whether a full collection would walk `obj` (it is in one of the collector's generations)."""
    return any(o is obj for o in gc.get_objects())


@pytest.fixture(autouse=True)
def thawed():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_settle_collects_the_garbage_then_freezes_what_is_alive():
    alive = [object()]
    garbage = Node()
    gone = weakref.ref(garbage)
    del garbage
    heap.settle()
    assert gone() is None  # collected, not frozen for ever
    assert not walked(alive)
    assert gc.get_freeze_count() > 0


def test_thaw_collects_frozen_cyclic_garbage_and_keeps_the_living_frozen():
    start = [object()]  # made at start: lives as long as the process
    heap.settle()
    later = Node()  # a queue's object, frozen with the queue's documents
    gone = weakref.ref(later)
    gc.freeze()
    del later  # the queue let go of it: a frozen cycle, never collected while frozen
    gc.collect()
    assert gone() is not None
    heap.thaw()
    assert gone() is None
    assert not walked(start)  # the start's objects are still out of the scans


def test_the_window_freezes_its_start_after_the_first_paint(qtbot, make_window):
    from desktop_app.gui.widgets.fields_model import FieldsModel

    gc.unfreeze()
    window = make_window("demo")
    qtbot.waitUntil(lambda: not walked(window.fields.model), timeout=10_000)
    assert isinstance(window.fields.model, FieldsModel)
    assert gc.get_freeze_count() > 0


def test_the_window_starts_with_the_collector_paused_and_turns_it_on_after_the_first_paint(
        qtbot, make_window):
    """The front door pauses the collector for the imports (entry.py); for the window the pause
    lasts until its first paint: ~75 collections were ~13 ms of the start (issue 12)."""
    gc.disable()  # as the front door leaves it
    try:
        window = make_window("demo")
        qtbot.waitUntil(lambda: gc.isenabled(), timeout=10_000)
        assert window.start.painted
    finally:
        gc.enable()


def test_clearing_the_queue_leaves_the_window_frozen(qtbot, make_window):
    window = make_window("demo")
    qtbot.waitUntil(lambda: not walked(window.fields.model), timeout=10_000)
    queued = Node()
    gone = weakref.ref(queued)
    gc.freeze()  # as the queue does when its documents come in
    del queued
    window.batch.runner.clear()
    assert gone() is None  # the queue's cyclic garbage is collected
    assert not walked(window.fields.model)  # the window's own objects stay out of the scans


def test_the_command_line_freezes_after_its_imports(monkeypatch, tmp_path, capsys):
    from desktop_app import cli
    from desktop_app.core import desk

    frozen: list[int] = []

    def read(*_args, **_kwargs):
        frozen.append(gc.get_freeze_count())
        raise KeyboardInterrupt  # the request is not what this test is about

    monkeypatch.setattr(desk, "read_document", read)
    image = tmp_path / "card.png"
    from desktop_app.resources import samples_dir

    image.write_bytes((samples_dir() / "thai_id_card.png").read_bytes())
    cli.main(["ocr", "--provider", "demo", str(image)])
    assert frozen and frozen[0] > 0
