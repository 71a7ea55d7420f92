"""Journey: a folder of documents through the queue. Two requests in flight, states as they change,
the first finished document reviewable while the rest are still sending, a progress bar for the
batch, Ctrl+Enter to the next finished document, retry of failed ones, and Cancel keeping what
was finished."""

from __future__ import annotations

from PIL import Image

from desktop_app.core import reviewfile
from desktop_app.core.model import ReviewStatus
from desktop_app.gui.workers.batch_runner import EntryState
from desktop_app.resources import samples_dir
from desktop_app.standin.server import StandIn

pytest_plugins = ["gui_helpers"]

PROVIDER = "aigen-idcard-v3"


def card_folder(folder, count: int, broken: tuple[int, ...] = ()):
    """`count` ID card scans, each a little different (so none is answered from another's cache)."""
    folder.mkdir()
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        card = card.convert("RGB")
        for n in range(count):
            target = folder / f"card-{n:02d}.png"
            if n in broken:
                target.write_bytes(b"\x89PNG not really an image")
                continue
            image = card.copy()
            image.putpixel((n, 0), (n, 255 - n, 7))
            image.save(target)
    return folder


class Watch:
    """The queue's states as the window shows them, and the most documents sending at once."""

    def __init__(self, runner) -> None:
        self.runner = runner
        self.peak = 0
        runner.entriesChanged.connect(self.changed)

    def changed(self, _entry_ids: list[int]) -> None:
        sending = sum(1 for e in self.runner.entries.values() if e.state == EntryState.SENDING)
        self.peak = max(self.peak, sending)

    def states(self) -> list[str]:
        return [str(e.state) for e in self.runner.order()]


def test_folder_of_20_two_at_a_time_review_while_sending(qtbot, journey, make_window, settings, tmp_path):
    folder = card_folder(tmp_path / "scans", 20)
    # every answer is delayed, and held until a second request is answered with it (see
    # test_batch.py): two in flight is shown by the server's own count, not by a clock
    with StandIn(delay=0.3, rendezvous=2, rendezvous_timeout=5.0) as standin:
        journey.use_standin(settings, standin, PROVIDER)
        window = make_window(PROVIDER)
        window.batch.guard.ask_send = lambda cost: True  # a paid service: the clerk agrees
        assert settings.batch_concurrency == 2 and window.batch.panel.jobs.value() == 2
        runner = window.batch.runner
        watch = Watch(runner)
        window.open_paths([str(folder)])  # a folder: the queue (listed on the IO worker)
        qtbot.waitUntil(lambda: len(runner.entries) == 20, timeout=journey.TIMEOUT_MS)
        panel = window.batch.panel
        assert window.batch.dock.isVisible() and panel.list.model().rowCount() == 20
        assert set(watch.states()) <= {"waiting", "sending"}

        # the first finished document opens by itself while the others are still sending
        qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
        (first,) = [e for e in runner.order() if e.state == EntryState.IN_REVIEW]  # whichever came first
        assert first.id in (runner.order()[0].id, runner.order()[1].id) and runner.running
        assert window.session.image_paths[0].name == first.title
        assert any(e.state in (EntryState.WAITING, EntryState.SENDING) for e in runner.entries.values())
        assert panel.progress.maximum() == 20 and panel.progress.value() < 20
        journey.wait_for_image(qtbot, window)
        window.grab().save(str(tmp_path / "batch-sending.png"))
        # the clerk works on it meanwhile
        window.select_field(0)
        window.fields.edit_current_value("แก้ระหว่างส่ง")

        qtbot.waitUntil(lambda: not runner.running, timeout=60_000)
        assert all(e.state in (EntryState.DONE, EntryState.IN_REVIEW) for e in runner.entries.values())
        assert len(standin.requests) == 20 and watch.peak == 2 and standin.peak_in_flight == 2
        # 20 answers two at a time: 10 rounds of one delay each, not the 20 of one at a time
        assert [r.met for r in standin.requests] == [True] * 20
        assert panel.progress.value() == 20
        assert all(e.attention is not None for e in runner.entries.values())
        assert panel.row_text(1, 2) == str(runner.order()[1].attention)

    # Ctrl+Enter: signed off, saved beside its image, and on to the next finished document
    shown = window.session.image_paths[0]
    asked = []  # the edited card has problems left: the clerk is asked, and signs off anyway
    window.review.ask_signoff = lambda record: asked.append(record) or "signoff"
    window.review.act_signoff.trigger()
    qtbot.waitUntil(lambda: window.session.image_paths[0] != shown, timeout=journey.TIMEOUT_MS)
    journey.wait_io(qtbot, window)
    saved = reviewfile.load(shown.with_name(shown.name + ".review.json"))
    assert saved.review.status == ReviewStatus.REVIEWED and len(asked) == 1
    assert saved.review.signoff == asked[0]
    assert saved.pages[0].fields[0].value == "แก้ระหว่างส่ง"
    assert first.state == EntryState.REVIEWED
    order = runner.order()
    following = order[(order.index(first) + 1) % len(order)]  # the next finished one, in queue order
    assert following.state == EntryState.IN_REVIEW
    assert window.session.image_paths[0].name == following.title
    assert panel.row_text(order.index(first), 1) == "reviewed"
    window.grab().save(str(tmp_path / "batch-next.png"))

    # going back to the reviewed one shows what was saved
    window.batch.open_entry(first.id)
    assert window.session.document.pages[0].fields[0].value == "แก้ระหว่างส่ง"


def test_failed_documents_retry_and_cancel_keeps_finished(qtbot, journey, make_window, settings, tmp_path):
    folder = card_folder(tmp_path / "scans", 4, broken=(1,))
    with StandIn(delay=0.05) as standin:
        journey.use_standin(settings, standin, PROVIDER)
        window = make_window(PROVIDER)
        window.batch.guard.ask_send = lambda cost: True  # a paid service: the clerk agrees
        runner = window.batch.runner
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: len(runner.entries) == 4 and not runner.running, timeout=journey.TIMEOUT_MS)
        states = [e.state for e in runner.order()]
        assert states.count(EntryState.FAILED) == 1 and states[1] == EntryState.FAILED
        failed = runner.order()[1]
        assert failed.error is not None and failed.error.code.startswith("input.")
        panel = window.batch.panel
        assert "failed: " in panel.row_text(1, 1)  # with its reason
        assert panel.retry_all_button.isEnabled()
        window.grab().save(str(tmp_path / "batch-failed.png"))

        # the file is fixed; Retry on that one document sends it alone
        with Image.open(samples_dir() / "thai_id_card.png") as card:
            card.convert("RGB").save(folder / "card-01.png")
        before = len(standin.requests)
        panel.select(failed.id)
        panel.retry_button.click()
        qtbot.waitUntil(lambda: failed.state == EntryState.DONE, timeout=journey.TIMEOUT_MS)
        assert len(standin.requests) == before + 1

    # Cancel: a slow service, a new folder; what finished stays finished
    folder2 = card_folder(tmp_path / "more", 6)
    with StandIn(delay=1.5) as slow:
        journey.use_standin(settings, slow, PROVIDER)
        window.open_paths([str(folder2)])
        qtbot.waitUntil(lambda: len(runner.entries) == 10, timeout=journey.TIMEOUT_MS)
        new = runner.order()[4:]
        qtbot.waitUntil(lambda: any(e.state == EntryState.SENDING for e in new), timeout=journey.TIMEOUT_MS)
        assert window.batch.panel.cancel_button.isEnabled()
        window.batch.panel.cancel_button.click()
        qtbot.waitUntil(lambda: not runner.running, timeout=journey.TIMEOUT_MS)
    assert all(e.state == EntryState.CANCELLED for e in new)
    assert all(e.state in (EntryState.DONE, EntryState.IN_REVIEW) for e in runner.order()[:4])
    assert all(e.document is not None for e in runner.order()[:4])
    # Retry all failed/cancelled sends them again (answers come this time)
    with StandIn() as fast:
        journey.use_standin(settings, fast, PROVIDER)
        for entry in new:  # the queue keeps each job's endpoint: point them at the new stand-in
            entry.job.endpoint = fast.endpoint(PROVIDER)
        assert runner.retry_failed() == 6
        qtbot.waitUntil(lambda: not runner.running, timeout=journey.TIMEOUT_MS)
        assert all(e.state == EntryState.DONE for e in new)


def test_results_reach_the_window_at_once_counted_on_the_batch_threads(qtbot, journey, settings, tmp_path):
    """What the batch threads report is applied in one go: five documents answered while the GUI
    thread was busy elsewhere arrive as one change of all five rows (not a signal, a row update
    and a progress repaint per callback), with the attention counted off the GUI thread."""
    from PySide6.QtCore import QObject

    from desktop_app.core.engine import OcrJob
    from desktop_app.gui.workers.batch_runner import QueueRunner

    folder = card_folder(tmp_path / "scans", 5)
    with StandIn() as standin:
        journey.use_standin(settings, standin, PROVIDER)
        owner = QObject()
        runner = QueueRunner(owner, cache=lambda: None)
        counted_in: list[str] = []

        def counter():
            import threading

            return lambda document: counted_in.append(threading.current_thread().name) or 7

        runner.attention_counter = counter
        changes: list[list[int]] = []
        arrived: list[list[int]] = []
        progress: list[tuple[int, int]] = []
        runner.entriesChanged.connect(changes.append)
        runner.documentsArrived.connect(arrived.append)
        runner.progressChanged.connect(lambda done, total: progress.append((done, total)))
        jobs = [OcrJob(paths=[path], provider_id=PROVIDER, endpoint=standin.endpoint(PROVIDER))
                for path in sorted(folder.iterdir())]
        ids = runner.add_jobs(jobs)
        progress.clear()
        assert runner.wait(30)  # every answer is in; the GUI thread has not turned meanwhile
        assert changes == [] and all(e.state == EntryState.WAITING for e in runner.order())
        qtbot.waitUntil(lambda: not runner.running, timeout=journey.TIMEOUT_MS)
        assert [sorted(c) for c in changes] == [ids] and [sorted(a) for a in arrived] == [ids]  # one change
        assert [e.state for e in runner.order()] == [EntryState.DONE] * 5
        assert [e.attention for e in runner.order()] == [7] * 5
        assert len(counted_in) == 5 and "MainThread" not in counted_in
        assert progress[0] == (5, 5)


def test_a_finished_document_opens_by_itself_in_a_turn_of_its_own(qtbot, make_window, tmp_path):
    """Issue 12: the queue lists what arrived in one turn of the event loop and opens the first
    finished document in the next (the two in one turn were one long stall)."""
    from desktop_app.core.model import Document, Field, Page, Source

    window = make_window("demo")
    flow = window.batch
    documents = [Document(doc_type="vehicle_book", provider_id="demo", endpoint="https://x",
                          sources=[Source(path=str(tmp_path / f"{n}.png"), sha256=str(n) * 64, width=10,
                                          height=10)],
                          pages=[Page(index=0, width=10, height=10, fields=[
                              Field(key="color", label_th="", label_en="", ocr_value="x", value="x")])])
                 for n in range(2)]
    ids = [flow.runner.add_document(d, EntryState.DONE) for d in documents]
    flow.runner.documentsArrived.emit(ids[:1])
    flow.runner.documentsArrived.emit(ids[1:])  # a second note before the open: still one open
    assert window.session.document is None  # not in the turn that listed them
    qtbot.waitUntil(lambda: window.session.document is not None)
    assert flow.current == ids[0] and flow.runner.entries[ids[0]].state == EntryState.IN_REVIEW
    assert flow.runner.entries[ids[1]].state == EntryState.DONE


def test_an_opened_documents_field_list_is_painted_in_the_next_turn(qtbot, make_window, tmp_path):
    """Issue 12: opening a document (its rows, the editor, the page) and painting its field list were
    one turn of the event loop (~25 ms of the GUI thread): the list is painted in the next one."""
    from PySide6.QtCore import QEvent, QObject

    from desktop_app.core.model import Document, Field, Page, Source

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and event.rect().width() > 20:
                self.count += 1
            return False

    image = tmp_path / "a.png"
    Image.new("L", (200, 300), 200).save(image)
    window = make_window("demo")
    fields = [Field(key=f"field_{n}", label_th="", label_en="", ocr_value=f"value {n}", value=f"value {n}")
              for n in range(30)]
    document = Document(doc_type="vehicle_book", provider_id="demo", endpoint="https://x", checked=True,
                        sources=[Source(path=str(image), sha256="a" * 64, width=200, height=300)],
                        pages=[Page(index=0, width=200, height=300, fields=fields)])
    entry_id = window.batch.runner.add_document(document, EntryState.DONE)
    qtbot.wait(50)
    paints = Paints()
    window.fields.table.viewport().installEventFilter(paints)
    assert window.batch.open_entry(entry_id)
    # its paint waits for a call posted now: Qt runs it in a later pass than the open's own
    assert not window.fields.table.updatesEnabled() and paints.count == 0
    qtbot.waitUntil(lambda: paints.count > 0)
    assert window.fields.table.updatesEnabled()


def test_a_doubtful_confidence_is_shown_whole_in_a_document_the_queue_opened(qtbot, make_window, tmp_path):
    """The confidence column has room for a doubtful field's mark (▼, ✖), also on a row it was not
    fitted from: the queue's passport opened with "▼ 0...." in its Sex row (Xvfb, 1366x768,
    English): the list was fitted from its first 7 rows, then grew to show 12."""
    from PySide6.QtWidgets import QStyle

    from desktop_app.core.model import Document, Field, Page, Source
    from desktop_app.gui.widgets.fields_model import COL_CONFIDENCE

    window = make_window("demo")
    fields = [Field(key=f"field_{n}", label_th="", label_en="", ocr_value=f"value {n}", value=f"value {n}",
                    confidence=0.65 if n == 39 else 0.96) for n in range(40)]
    document = Document(doc_type="passport", provider_id="demo", endpoint="https://x", checked=True,
                        sources=[Source(path=str(tmp_path / "p.png"), sha256="b" * 64, width=10, height=10)],
                        pages=[Page(index=0, width=10, height=10, fields=fields)])
    entry_id = window.batch.runner.add_document(document, EntryState.DONE)
    window.batch.runner.documentsArrived.emit([entry_id])  # opened by itself, as a finished one is
    qtbot.waitUntil(lambda: window.session.document is not None and window.fields.table.updatesEnabled())
    qtbot.wait(50)
    table = window.fields.table
    table.scrollTo(window.fields.proxy.index(39, COL_CONFIDENCE))  # the clerk scrolls down to it
    texts = [str(window.fields.proxy.index(row, COL_CONFIDENCE).data()) for row in range(len(fields))]
    doubtful = [t for t in texts if t[0] in "▼✖"]
    assert doubtful == ["▼ 0.65"]
    margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    assert table.columnWidth(COL_CONFIDENCE) >= table.fontMetrics().horizontalAdvance(doubtful[0]) + margins
