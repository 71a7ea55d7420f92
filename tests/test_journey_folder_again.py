"""Journey: a folder the clerk reviewed in part yesterday, opened again today. An image with its
review beside it, made from that very file, is listed with that review as the clerk saved it and
is not sent again (no second charge, yesterday's corrections not replaced by a fresh reading); a
signed-off one is listed as reviewed; the others are sent. A review made from another scan of the
same name does not stand for this one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_journey_batch import PROVIDER, card_folder

from desktop_app.core import desk, reviewfile
from desktop_app.core.engine import OcrJob
from desktop_app.core.model import ReviewStatus, SignoffRecord
from desktop_app.core.providers.base import Credentials
from desktop_app.gui.workers.batch_runner import EntryState
from desktop_app.standin.server import StandIn

pytest_plugins = ["gui_helpers"]


def _yesterday(standin: StandIn, image, value: str, *, signed_off: bool = False) -> None:
    """Yesterday's review of `image`, saved beside it, its first field corrected to `value`."""
    job = OcrJob(paths=[image], provider_id=PROVIDER, endpoint=standin.endpoint(PROVIDER))
    document = desk.read_document(job, credentials=Credentials({"aigen_key": "test-key-not-secret"}))
    document.pages[0].fields[0].value = value
    document.review.status = ReviewStatus.REVIEWED if signed_off else ReviewStatus.IN_REVIEW
    document.review.reviewer = "somchai"
    if signed_off:
        document.review.signoff = SignoffRecord()
    desk.save_result(document, reviewfile.review_path_for(image), by_clerk=True)


def test_a_folder_opened_again_lists_yesterdays_reviews_and_sends_only_the_rest(qtbot, journey, make_window,
                                                                                settings, tmp_path):
    folder = card_folder(tmp_path / "scans", 4)
    with StandIn() as standin:
        journey.use_standin(settings, standin, PROVIDER)
        _yesterday(standin, folder / "card-00.png", "corrected yesterday")
        _yesterday(standin, folder / "card-01.png", "signed off yesterday", signed_off=True)
        # card-02's review was made from another scan of that name: it does not stand for this one
        _yesterday(standin, folder / "card-03.png", "another scan")
        review_of = reviewfile.review_path_for
        review_of(folder / "card-03.png").rename(review_of(folder / "card-02.png"))
        sent_yesterday = len(standin.requests)

        window = make_window(PROVIDER)
        # earlier this session card-00's review could not be read (refused then); it stands now
        window.saving.unloadable[str(reviewfile.review_path_for(folder / "card-00.png"))] = "review.damaged"
        asked = []
        window.batch.guard.ask_send = lambda cost: asked.append(cost) or True
        runner = window.batch.runner
        window.open_paths([str(folder)])
        qtbot.waitUntil(lambda: len(runner.entries) == 4 and not runner.running and window.io.idle,
                        timeout=journey.TIMEOUT_MS)
        assert len(standin.requests) == sent_yesterday + 2  # card-02 and card-03 only
        assert [cost.requests for cost in asked] == [2]  # the clerk was asked for what is sent
        assert window.status_label.text() != "Counting requests and stored answers…"  # over: not left said
        first, signed, other, fresh = runner.order()
        assert [e.title for e in runner.order()] == [f"card-{n:02d}.png" for n in range(4)]  # in file order
        assert first.state == EntryState.DONE and first.job is None
        assert first.review_path == str(reviewfile.review_path_for(folder / "card-00.png"))
        assert first.document.pages[0].fields[0].value == "corrected yesterday"
        assert signed.state == EntryState.REVIEWED
        panel = window.batch.panel
        assert [panel.row_text(row, 1) for row in range(4)][:2] == ["saved", "reviewed"]
        assert str(reviewfile.review_path_for(folder / "card-00.png")) not in window.saving.unloadable
        # a restored draft waiting in the queue knows where it will be saved, but is not saved
        runner.add_document(first.document, EntryState.DONE, first.review_path)
        assert panel.row_text(4, 1) == "done"
        assert other.job is not None and other.document.pages[0].fields[0].value != "another scan"
        assert fresh.job is not None
        # the reviews listed with their images are not "left out"; the other scan's review is
        assert [s.path.name for s in window.batch.skipped] == ["card-02.png.review.json"]

        window.batch.open_entry(first.id)  # the clerk goes on with yesterday's work
        assert window.session.document.pages[0].fields[0].value == "corrected yesterday"
        assert str(window.session.review_path) == first.review_path

        # the other scan's review beside card-02 is never saved over (as when card-02 opens alone):
        # the save asks where to instead; the clerk cancels, the file is as it was
        kept = reviewfile.review_path_for(folder / "card-02.png")
        before = kept.read_bytes()
        window.batch.open_entry(other.id)
        window.select_field(0)
        qtbot.keyClicks(window.fields.value_edit, "x")
        qtbot.keyClick(window.fields.value_edit, Qt.Key.Key_Return)
        asked_where: list = []
        window.ask_save_path = lambda default: asked_where.append(default) or ""
        assert window.save(wait=True) is False
        assert asked_where and kept.read_bytes() == before

        # quitting keeps the unsaved ones as drafts; the one beside the other scan's review does not
        # take that file for its own (unloadable lives for one run: after a restart its save would
        # have replaced the other scan's review without asking)
        from desktop_app.core import drafts

        window.ask_unsaved = lambda: "discard"
        window.batch.open_entry(fresh.id)  # the typing on card-02 thrown away; card-03 shown, untouched
        window.batch.guard.ask_quit = lambda _count: True
        assert window.batch.guard.before_quit()
        journey.wait_io(qtbot, window)
        by_entry = {info.id: info for info in drafts.list_drafts()}
        assert by_entry[other.draft_id].review_path is None
        assert by_entry[fresh.draft_id].review_path == str(reviewfile.review_path_for(folder / "card-03.png"))
