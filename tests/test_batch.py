"""The batch queue: N requests in flight, overload backoff, cancel, pairs and folders."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_app.core.batch import Batch, ItemState, expand_inputs, is_overloaded, jobs_for
from desktop_app.core.engine import OcrJob
from desktop_app.core.errors import ApiError, AppError, InputError, NetworkError
from desktop_app.core.give_way import GiveWay
from desktop_app.core.http import HttpClient
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import StandIn

SAMPLES = samples_dir()
CARD = SAMPLES / "thai_id_card.png"
KEY = Credentials({"aigen_key": "test-key"})


def card_jobs(standin: StandIn, n: int) -> list[OcrJob]:
    return [OcrJob(paths=[CARD], provider_id="aigen-idcard-v3", endpoint=standin.endpoint("aigen-idcard-v3"))
            for _ in range(n)]


def no_client_retries(job: OcrJob) -> HttpClient:
    return HttpClient(timeout=job.timeout, retries=0)


class InFlight:
    """Counts documents between on_started and on_done/on_failed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = self.peak = self.done = 0

    def started(self, item) -> None:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)

    def ended(self, item) -> None:
        with self.lock:
            self.now -= 1
            self.done += 1


def test_20_documents_go_2_at_a_time():
    # every answer is held until a second request is answered with it: two in flight is shown by
    # the server's own count, not by a clock (no test depends on timing)
    with StandIn(delay=0.05, rendezvous=2, rendezvous_timeout=5.0) as standin:
        flight = InFlight()
        batch = Batch(card_jobs(standin, 20), concurrency=2, credentials=KEY,
                      on_started=flight.started, on_done=flight.ended, on_failed=flight.ended)
        items = batch.run()
    assert [item.state for item in items] == [ItemState.DONE] * 20
    assert all(item.document.pages[0].field("id_number") for item in items)
    assert flight.done == 20 and flight.peak == 2 and len(standin.requests) == 20
    assert [request.met for request in standin.requests] == [True] * 20


def test_overloaded_service_pauses_the_queue_and_retries():
    with StandIn() as standin:
        standin.set_scenario("503", times=2)
        retries: list[tuple[int, str, float]] = []
        batch = Batch(card_jobs(standin, 3), concurrency=1, credentials=KEY, backoff=0.05,
                      client_factory=no_client_retries,
                      on_retry=lambda item, error, delay: retries.append((item.index, error.code, delay)))
        items = batch.run()
    assert [item.state for item in items] == [ItemState.DONE] * 3
    assert items[0].attempts == 3 and [item.attempts for item in items[1:]] == [1, 1]
    assert [(index, code) for index, code, _ in retries] == [(0, "aigen.40000"), (0, "aigen.40000")]
    assert retries[1][2] > retries[0][2]  # exponential (0.05 then 0.1, with jitter of 20%)
    assert len(standin.requests) == 5


def test_gives_up_after_the_retries():
    with StandIn() as standin:
        standin.set_scenario("503")
        failed = []
        items = Batch(card_jobs(standin, 1), credentials=KEY, backoff=0.01, retries=2,
                      client_factory=no_client_retries, on_failed=failed.append).run()
    assert items[0].state == ItemState.FAILED and items[0].attempts == 3
    assert items[0].error.code == "aigen.40000" and failed == [items[0]]


def test_credit_exhausted_is_never_retried_and_stops_the_queue():
    with StandIn() as standin:
        standin.set_scenario("429")
        items = Batch(card_jobs(standin, 5), concurrency=1, credentials=KEY, backoff=0.01).run()
        assert len(standin.requests) == 1  # the other four would only have failed the same way
    assert [(item.state, item.attempts, item.error.code) for item in items] == [
        (ItemState.FAILED, 1, "http.429")] + [(ItemState.FAILED, 0, "http.429")] * 4
    assert "not sent" in items[1].error.detail


def test_after_a_refusal_stored_answers_still_come_back(tmp_path):
    """The refusal stops requests, not work: documents whose answers are stored need none."""
    from desktop_app.core.cache import ResponseCache

    with StandIn() as standin:
        cards = []
        for n in range(3):
            path = tmp_path / f"card{n}.png"
            path.write_bytes(CARD.read_bytes() + bytes([n]))  # trailing bytes: another sha256
            cards.append(OcrJob(paths=[path], provider_id="aigen-idcard-v3",
                                endpoint=standin.endpoint("aigen-idcard-v3")))
        cache = ResponseCache(tmp_path / "cache")
        Batch(cards[1:], credentials=KEY, cache=cache).run()  # cards 1 and 2 answered and stored
        standin.set_scenario("429")
        items = Batch(cards, concurrency=1, credentials=KEY, cache=cache).run()
        assert len(standin.requests) == 3  # 2 earlier + the one refused
    assert [item.state for item in items] == [ItemState.FAILED, ItemState.DONE, ItemState.DONE]
    assert all(item.document.ocr.from_cache for item in items[1:])


@pytest.mark.parametrize("scenario", ["401", "403"])
def test_a_refused_key_stops_the_queue(scenario):
    with StandIn() as standin:
        standin.set_scenario(scenario)
        items = Batch(card_jobs(standin, 4), concurrency=2, credentials=KEY).run()
        sent = len(standin.requests)
    assert sent <= 2 and all(item.state == ItemState.FAILED for item in items)
    assert sum(item.attempts for item in items) == sent


def test_cancel_keeps_finished_documents_and_stops_the_rest():
    # cancelled as the first document finishes (from its own callback, so no clock decides how
    # far the batch got): 2 in flight, so at most 3 were ever started; the other 5 never are
    with StandIn(delay=0.05) as standin:
        batch: Batch

        def done(item):
            if not batch.cancelled:
                batch.cancel()

        batch = Batch(card_jobs(standin, 8), concurrency=2, credentials=KEY, on_done=done)
        batch.start()
        assert batch.wait(60)
    states = [item.state for item in batch.items]
    assert states.count(ItemState.DONE) >= 1 and ItemState.FAILED not in states
    assert sum(item.attempts > 0 for item in batch.items) <= 3
    assert states.count(ItemState.CANCELLED) >= 5
    assert all(item.document is not None for item in batch.items if item.state == ItemState.DONE)
    assert all(item.state == ItemState.CANCELLED for item in batch.items if item.attempts == 0)


def test_a_bug_in_one_document_does_not_stop_the_others():
    def runner(job, **kwargs):
        if job.paths[0].name == "bad.png":
            raise RuntimeError("boom")
        return "document"

    jobs = [OcrJob(paths=[Path(name)], provider_id="demo") for name in ("a.png", "bad.png", "c.png")]
    items = Batch(jobs, runner=runner).run()
    assert [item.state for item in items] == [ItemState.DONE, ItemState.FAILED, ItemState.DONE]
    assert items[1].error.code == "internal"


def test_overload_classification():
    assert is_overloaded(ApiError("aigen.40000", http_status=503))
    assert is_overloaded(ApiError("http.5xx", http_status=502))
    assert is_overloaded(ApiError("aigen.internal_server_error", http_status=500))
    assert not is_overloaded(ApiError("http.429", http_status=429))
    assert not is_overloaded(ApiError("cvvn.4", http_status=200))
    assert not is_overloaded(ApiError("aigen.1001", http_status=400))
    assert not is_overloaded(NetworkError("net.timeout"))
    assert not is_overloaded(AppError("internal"))


def test_jobs_pair_front_and_back_for_two_sided_providers(tmp_path):
    files = [tmp_path / f"{n}.png" for n in ("1f", "1b", "2f", "2b")]
    jobs = jobs_for(files, "cvvn-vehicle-registrations", options={"format_type": "file"})
    assert [job.paths for job in jobs] == [files[:2], files[2:]]
    assert len(jobs_for(files, "aigen-idcard-v3")) == 4
    with pytest.raises(InputError) as info:
        jobs_for(files[:3], "cvvn-vehicle-registrations")
    assert info.value.code == "input.image_count"


def test_folders_expand_to_their_documents_sorted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("b.jpg", "a.pdf", "notes.txt", "c.TIF"):
        (folder / name).write_bytes(b"x")
    single = tmp_path / "z.png"
    assert [p.name for p in expand_inputs([single, folder])] == ["z.png", "a.pdf", "b.jpg", "c.TIF"]


@pytest.mark.parametrize(("names", "pairs"), [
    # a folder's order: backs sort before fronts
    (["car1_back.jpg", "car1_front.jpg", "car2_back.jpg", "car2_front.jpg"],
     [("car1_front.jpg", "car1_back.jpg"), ("car2_front.jpg", "car2_back.jpg")]),
    # all fronts, then all backs: paired by the rest of the name
    (["back-1.png", "back-2.png", "front-1.png", "front-2.png"],
     [("front-1.png", "back-1.png"), ("front-2.png", "back-2.png")]),
    # Vietnamese, with and without diacritics or spaces
    (["Xe01 mặt sau.jpg", "Xe01 mặt trước.jpg", "xe02_matsau.jpg", "xe02_mattruoc.jpg"],
     [("Xe01 mặt trước.jpg", "Xe01 mặt sau.jpg"), ("xe02_mattruoc.jpg", "xe02_matsau.jpg")]),
    # names that say nothing: the order given
    (["scan001.jpg", "scan002.jpg"], [("scan001.jpg", "scan002.jpg")]),
    # one pair says back then front, the other nothing: only that pair turns round
    (["a_back.jpg", "a_front.jpg", "scan7.jpg", "scan8.jpg"],
     [("a_front.jpg", "a_back.jpg"), ("scan7.jpg", "scan8.jpg")]),
    # a word merely containing a side ("background", "saucer") is not a side
    (["background.jpg", "saucer.jpg"], [("background.jpg", "saucer.jpg")]),
])
def test_pair_sides_by_name(names, pairs):
    from desktop_app.core.batch import pair_sides

    got = pair_sides([Path("/scans") / n for n in names])
    assert [(a.name, b.name) for a, b in got] == pairs


def test_the_documents_kept_leave_the_collectors_full_scans_every_few(monkeypatch):
    # A batch keeps every document it read (a batch of 1,000: ~150,000 objects the cyclic collector
    # tracks); each full collection scanned them all holding the GIL (50-200 ms), the window frozen.
    # Every `freeze_every` documents the young garbage is collected and what is alive frozen.
    from desktop_app.core import long_lived

    calls: list[str] = []
    monkeypatch.setattr(long_lived.gc, "collect", lambda generation=2: calls.append(f"collect {generation}"))
    monkeypatch.setattr(long_lived.gc, "freeze", lambda: calls.append("freeze"))
    jobs = [OcrJob(paths=[CARD], provider_id="aigen-idcard-v3") for _ in range(7)]
    items = Batch(jobs, concurrency=2, freeze_every=3, runner=lambda job, **kwargs: "document").run()
    assert [item.state for item in items] == [ItemState.DONE] * 7
    assert calls == ["collect 1", "freeze"] * 2  # after the 3rd and the 6th document, not the 7th


# --- giving way to the window (core/give_way.py) --------------------------------------------------

def test_a_busy_window_holds_each_document_before_its_request_and_before_its_answer_is_read():
    # the window stays busy throughout, so every step finds it busy and waits its bound (0 s here):
    # two waits a document, one before its file is read for the request, one once the answer is
    # stored and before it is parsed and checked; the answers are all read in the end
    give_way = GiveWay(longest=0.0)
    give_way.busy()
    with StandIn() as standin:
        items = Batch(card_jobs(standin, 3), concurrency=1, credentials=KEY, give_way=give_way).run()
    assert [item.state for item in items] == [ItemState.DONE] * 3
    assert give_way.waits == 6


def _held_by_busy_window(longest: float):
    """A one-document batch running on a thread, held at its first step by a window that is busy:
    (give_way, batch, thread, its items once it ends, set when its runner is called)."""
    give_way = GiveWay(longest=longest)
    give_way.busy()
    started = threading.Event()
    items: list = []

    def runner(job, **kwargs):
        started.set()
        return "document"

    batch = Batch([OcrJob(paths=[CARD], provider_id="demo")], runner=runner, give_way=give_way)
    thread = threading.Thread(target=lambda: items.extend(batch.run()))
    thread.start()
    while give_way.waits == 0 and thread.is_alive():  # the batch thread has reached the window
        thread.join(0.01)
    return give_way, batch, thread, items, started


def test_a_document_waits_until_the_window_is_done_and_not_forever():
    give_way, _batch, thread, items, started = _held_by_busy_window(30.0)
    assert give_way.waits == 1 and not started.is_set()  # held while the window is busy
    give_way.done()
    thread.join(10)
    assert started.is_set() and [item.state for item in items] == [ItemState.DONE]
    # a window that never says done only slows the queue: the wait has a bound
    stuck = GiveWay(longest=0.0)
    stuck.busy()
    assert stuck.wait() is True and GiveWay().wait() is False


def test_cancel_queue_ends_a_document_waiting_for_the_window_at_once():
    """Cancel Queue while a document waits for a busy window (bound: a minute here): the batch
    ends then, not when the window is done; nothing is sent."""
    _give_way, batch, thread, items, sent = _held_by_busy_window(60.0)
    batch.cancel()
    thread.join(10)
    assert not thread.is_alive() and not sent.is_set()
    assert [item.state for item in items] == [ItemState.CANCELLED]

