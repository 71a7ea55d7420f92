"""Issue 12: the queue's own open of a finished document changes the session's document and the
field list at once, and the window's other views of it (the page, the first field to review, the
strip, the menus) over the next turns of the event loop; whatever the clerk does meanwhile finds
every view up to date: no key lost, none applied to a view of the previous document."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from desktop_app.core.model import Document, Field, FieldState, Page, Source
from desktop_app.gui.workers import next_turn
from desktop_app.gui.workers.batch_runner import EntryState

pytest_plugins = ["gui_helpers"]


def _document(tmp_path) -> Document:
    image = tmp_path / "a.png"
    Image.new("L", (200, 300), 200).save(image)
    fields = [Field(key=f"field_{n}", label_th="", label_en="", ocr_value=f"value {n}", value=f"value {n}",
                    confidence=0.2 if n == 1 else 0.99) for n in range(3)]
    return Document(doc_type="vehicle_book", provider_id="demo", endpoint="https://x", checked=True,
                    sources=[Source(path=str(image), sha256="a" * 64, width=200, height=300)],
                    pages=[Page(index=0, width=200, height=300, fields=fields)])


def _auto_open(window, tmp_path) -> int:
    flow = window.batch
    entry_id = flow.runner.add_document(_document(tmp_path), EntryState.DONE)
    flow._arrived_to_open = [entry_id]
    flow._open_arrived()  # the turn the queue opens it in
    return entry_id


def test_the_auto_open_brings_its_views_up_to_date_in_later_turns(qtbot, make_window, tmp_path):
    window = make_window("demo")
    entry_id = _auto_open(window, tmp_path)
    assert window.batch.current == entry_id and window.session.document is not None
    assert window.fields.model.rowCount() == 3  # what an edit goes to: at once
    assert window.views.behind and window.fields.current_field is None  # the rest: not in this turn
    table = window.fields.table
    assert not table.updatesEnabled()
    painted_behind: list[bool] = []
    enable = table.setUpdatesEnabled
    table.setUpdatesEnabled = lambda on: painted_behind.append(window.views.behind) or enable(on)
    qtbot.waitUntil(lambda: not window.views.behind and table.updatesEnabled())
    assert painted_behind == [False]  # the list is painted once, after every other view
    assert window.fields.current_field == 1  # the first field needing attention, as before
    assert window.page_view.wanted_image is not None


def test_a_key_pressed_while_views_are_behind_finds_them_up_to_date(qtbot, make_window, tmp_path):
    window = make_window("demo")
    _auto_open(window, tmp_path)
    assert window.views.behind
    qtbot.keyClick(window.fields.table, Qt.Key.Key_Return)  # Enter: confirm the field and go on
    assert not window.views.behind
    states = [f.state for f in window.session.document.pages[0].fields]
    assert states == [FieldState.UNREVIEWED, FieldState.CONFIRMED, FieldState.UNREVIEWED]


def test_a_selection_in_code_is_not_undone_by_views_catching_up(qtbot, make_window, tmp_path):
    window = make_window("demo")
    _auto_open(window, tmp_path)
    window.select_field(2)
    qtbot.waitUntil(lambda: next_turn.pending() == 0)
    assert not window.views.behind and window.fields.current_field == 2


def test_a_document_change_while_views_are_behind_brings_them_all_to_the_new_one(qtbot, make_window,
                                                                                    tmp_path):
    window = make_window("demo")
    _auto_open(window, tmp_path)
    window.session.close()  # not staged: every view at once, for no document
    assert not window.views.behind
    assert window.fields.model.rowCount() == 0 and window.fields.current_field is None
    qtbot.waitUntil(lambda: next_turn.pending() == 0)  # what was put off has run: nothing of the open
    assert window.fields.current_field is None and window.page_view.wanted_image is None
    assert window.fields.table.updatesEnabled()


def test_the_auto_opens_message_follows_its_views_and_only_for_that_document(qtbot, make_window,
                                                                               tmp_path):
    from desktop_app.core.model import PageError

    window = make_window("demo")
    flow = window.batch
    document = _document(tmp_path)
    document.errors = [PageError(code="provider.timeout", message_en="timed out", message_th="x", page=0)]
    first = flow.runner.add_document(document, EntryState.DONE)
    second = flow.runner.add_document(_document(tmp_path), EntryState.DONE)
    flow._arrived_to_open = [first]
    flow._open_arrived()
    assert not window.message_bar.isVisibleTo(window)  # not in the open's turn
    qtbot.waitUntil(lambda: next_turn.pending() == 0)
    assert window.message_bar.isVisibleTo(window)  # the document's problem, after its views

    window.session.close()
    window.message_bar.dismiss()
    flow._arrived_to_open = [first]
    flow._open_arrived()
    flow.open_entry(second)  # the clerk picks another before the first's message was shown
    qtbot.waitUntil(lambda: next_turn.pending() == 0)
    assert not window.message_bar.isVisibleTo(window)  # nothing said of a document not shown


def test_no_application_filter_sees_the_objects_a_view_builds(qtbot, make_window, tmp_path):
    """While views are behind, an application-wide filter (Python) watches for the clerk's input.
    A view brought up to date builds Qt objects (a label's text control, say): every event of an
    object being built went to that filter, and PySide, wrapping the half-built object for it,
    crashed (3 runs in 40 of the queue's previous/next-document journey, SIGSEGV in
    QLabel::setText -> QTextDocument -> ChildAdded -> sendThroughApplicationEventFilters). No view
    runs with the filter installed, whether in its own turn or caught up by a key."""
    window = make_window("demo")
    filtering: list[bool] = []
    window.views.add(lambda: filtering.append(window.views._filtering))
    _auto_open(window, tmp_path)
    qtbot.waitUntil(lambda: not window.views.behind)
    assert filtering == [False]  # in its own turn
    window.session.close()
    filtering.clear()  # (the close runs every view at once, with no filter)
    _auto_open(window, tmp_path)  # again, and a key while it is behind: views caught up by the key
    assert window.views.behind
    qtbot.keyClick(window.fields.table, Qt.Key.Key_Down)
    assert not window.views.behind
    assert filtering == [False]  # caught up by the key


def test_the_queue_gives_way_from_the_auto_open_until_the_paint_after_its_last_view(qtbot, make_window,
                                                                                   tmp_path):
    window = make_window("demo")
    give_way = window.views.give_way
    assert window.batch.runner.give_way is give_way  # the batch's threads wait on the same one
    assert not give_way.busy_now
    _auto_open(window, tmp_path)
    assert give_way.busy_now  # the open's turn: the queue's threads wait
    busy_when_painted: list[bool] = []
    table = window.fields.table
    enable = table.setUpdatesEnabled
    table.setUpdatesEnabled = lambda on: busy_when_painted.append(give_way.busy_now) or enable(on)
    qtbot.waitUntil(lambda: not give_way.busy_now)
    assert busy_when_painted == [True] and not window.views.behind  # still busy through the list's paint
    window.session.close()  # not staged: no wait for it
    assert not give_way.busy_now
    with window.views.staged():  # a staged open that opens nothing: done after this turn's paint
        pass
    qtbot.waitUntil(lambda: not give_way.busy_now)


def test_the_queue_gives_way_while_its_changed_rows_are_applied_and_painted(qtbot, tmp_path):
    """The runner's own turns (rows that changed, their paint) say busy too; with the open's, the
    window is busy while either holds it (core/give_way.py)."""
    from PySide6.QtCore import QObject

    from desktop_app.core.engine import OcrJob
    from desktop_app.core.errors import AppError
    from desktop_app.core.give_way import GiveWay
    from desktop_app.gui.workers.batch_runner import QueueRunner

    give_way = GiveWay()
    owner = QObject()
    runner = QueueRunner(owner, cache=lambda: None, give_way=give_way)
    (entry_id,) = runner.add_jobs([OcrJob(paths=[tmp_path / "a.png"], provider_id="demo")],
                                  state=EntryState.CANCELLED)
    runner._inbox.append(("failed", entry_id, AppError("input.unreadable")))
    opening = object()
    give_way.busy(opening)  # an open in progress
    runner._apply()
    assert give_way.busy_now and give_way.holds(runner)
    give_way.done(opening)
    assert give_way.busy_now  # the runner still holds it: until its rows are painted
    qtbot.waitUntil(lambda: not give_way.busy_now)
    runner._apply()  # nothing changed: no hold
    assert not give_way.busy_now
