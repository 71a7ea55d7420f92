"""Journey: a two-page PDF through the ID card service (the stand-in fails page 2: HTTP 206). Page 1's
fields are shown; page 2 is marked failed with its message in the page strip and above its list;
after the scenario is cleared, "Re-run this page" sends page 2 alone and fills it, and page 1's
review work is kept (the re-run is one undoable step)."""

from __future__ import annotations

from PIL import Image

from desktop_app.core import pdf
from desktop_app.core.model import FieldState
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

PROVIDER = "aigen-idcard-v3"


def two_page_pdf(tmp_path):
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        data = pdf.from_images([card.convert("RGB"), card.convert("RGB")])
    target = tmp_path / "two cards.pdf"
    target.write_bytes(data)
    return target


def test_partial_pdf_then_rerun_page_2(qtbot, journey, make_window, settings, standin, tmp_path):
    journey.use_standin(settings, standin, PROVIDER)
    path = two_page_pdf(tmp_path)
    window = make_window(PROVIDER)
    window.open_paths([str(path)])
    journey.wait_for_image(qtbot, window)  # page 1 rendered (pypdfium2 in the core, on a worker)
    assert window.canvas.image().width() > 500

    standin.set_scenario("fail_page", page=2)
    journey.run_and_wait(qtbot, window)
    doc = window.session.document
    assert len(doc.pages) == 2 and len(standin.requests) == 1 and standin.requests[0].status == 206
    assert doc.pages[0].fields and doc.pages[0].field("id_number") is not None
    # the page strip lists both pages, page 2 marked failed with the service's message
    strip = window.pages.strip
    assert strip.isVisible() and strip.count() == 2
    assert strip.failed_pages() == [1]
    assert "✖" in strip.item(1).text() and "✖" not in strip.item(0).text()
    qtbot.waitUntil(lambda: not strip.thumbnail(0).isNull() and not strip.thumbnail(1).isNull(),
                    timeout=journey.TIMEOUT_MS)
    assert strip.thumbnail_count() == 2  # what the bench polls instead of each thumbnail
    assert strip.item(1).toolTip().startswith("This page failed") and strip.item(0).toolTip() == "Page 1"
    from desktop_app.gui.widgets.page_strip import FAILED, THUMB

    def red_pixels(row: int) -> int:  # the failed page's icon is crossed out in red; the other not
        icon = strip.item(row).icon().pixmap(THUMB, THUMB).toImage()
        return sum(icon.pixelColor(x, x * icon.height() // icon.width()).rgb() == FAILED.rgb()
                   for x in range(icon.width()))

    assert red_pixels(1) > THUMB // 4 and red_pixels(0) == 0
    assert window.message_bar.isVisible() and window.message_bar.kind == "warning"

    # the clerk corrects a field on page 1
    window.select_field(0)
    window.fields.edit_current_value("แก้ในหน้าแรก")
    corrected = doc.pages[0].fields[0]
    assert corrected.state == FieldState.CORRECTED

    # page 2 (a click on its thumbnail): the error above its empty list, with the re-run link
    strip.setCurrentRow(1)
    assert window.fields.page_index == 1 and window.fields.page_combo.currentIndex() == 1
    error = window.fields.page_error
    assert error.isVisible() and "rerun" in error.text()
    message = doc.pages[1].error.message_en if doc.pages[1].error else doc.errors[0].message_en
    assert message.split(".")[0] in error.text()
    journey.wait_for_image(qtbot, window)
    assert "rerun" in error.text(), error.text()
    window.grab().save(str(tmp_path / "pdf-partial.png"))

    # the scenario is over; re-run page 2 alone (the link above the list)
    standin.set_scenario(None)
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        error.linkActivated.emit("rerun")
    assert len(standin.requests) == 2 and standin.requests[1].images == 1  # one page sent
    doc = window.session.document
    assert doc.pages[1].error is None and doc.pages[1].field("id_number") is not None
    assert not [e for e in doc.errors if e.page == 1]
    assert window.fields.model.rowCount() == len(doc.pages[1].fields) > 5
    assert strip.failed_pages() == [] and not error.isVisible()
    # page 1's review work is untouched
    assert doc.pages[0].fields[0] is corrected and corrected.value == "แก้ในหน้าแรก"
    window.grab().save(str(tmp_path / "pdf-rerun.png"))

    # the re-run is one undoable step: undo brings the failed page back, page 1 still corrected
    window.review.act_undo.trigger()
    assert window.session.document.pages[1].error is not None or window.session.document.errors
    assert strip.failed_pages() == [1]
    assert doc.pages[0].fields[0].value == "แก้ในหน้าแรก"
    window.review.act_redo.trigger()
    assert strip.failed_pages() == []

    # a page with review work asks before it is read again
    window.select_field(0)
    window.fields.confirm_current()
    asked: list[int] = []
    window.ask_rerun_page = lambda index: asked.append(index) or False
    window.pages.act_rerun_page.trigger()
    assert asked == [1] and not window.runner.busy and len(standin.requests) == 2


def test_multi_page_tiff_shows_its_pages(qtbot, journey, make_window, settings, standin, tmp_path):
    journey.use_standin(settings, standin, PROVIDER)
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        frames = [card.convert("RGB"), card.convert("RGB").rotate(180)]
    path = tmp_path / "cards.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    window = make_window(PROVIDER)
    window.open_paths([str(path)])
    journey.run_and_wait(qtbot, window)
    doc = window.session.document
    assert len(doc.pages) == 2 and len(standin.requests) == 1  # both frames in one call (as a PDF)
    strip = window.pages.strip
    assert strip.count() == 2 and strip.isVisible()
    strip.setCurrentRow(1)
    qtbot.waitUntil(lambda: window._shown_image is not None and window._shown_image.endswith("#page=1"),
                    timeout=journey.TIMEOUT_MS)
    assert window.canvas.image().width() == doc.pages[1].width


def test_pages_show_before_ocr_and_an_image_only_service_reads_every_page(
        qtbot, journey, make_window, settings, standin, tmp_path):
    """A two-page PDF (front and back of a Vietnamese registration) opened for a service that takes
    images only: both pages are in the strip before anything is sent, a click shows page 2, and
    Ctrl+R says it will cost two requests (asks: a paid service), then sends each page alone; both
    pages are in the document and reachable (none vanishes)."""
    provider = "cvvn-vehicle-registration"
    journey.use_standin(settings, standin, provider)
    with Image.open(samples_dir() / "vn_registration_front.png") as front, \
            Image.open(samples_dir() / "vn_registration_back.png") as back:
        data = pdf.from_images([front.convert("RGB"), back.convert("RGB")])
    path = tmp_path / "registration.pdf"
    path.write_bytes(data)
    window = make_window(provider)
    asked: list[int] = []
    window.ask_page_requests = lambda n: asked.append(n) or True
    window.open_paths([str(path)])
    journey.wait_for_image(qtbot, window)
    strip = window.pages.strip
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=journey.TIMEOUT_MS)  # counted on the IO worker
    assert strip.isVisible() and window.session.document is None
    first = window.canvas.image().copy()

    strip.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.canvas.image() != first, timeout=journey.TIMEOUT_MS)
    assert window.canvas.image().size() == first.size()  # the back, rendered at the same scale

    journey.run_and_wait(qtbot, window)
    assert asked == [2]  # counted and asked before anything was sent
    doc = window.session.document
    assert doc is not None and len(standin.requests) == 2
    assert all(r.images == 1 for r in standin.requests)
    assert sorted(s for r in standin.requests for s in r.samples) == ["vn_registration_back",
                                                                        "vn_registration_front"]
    assert [(p.index, p.source_page) for p in doc.pages] == [(0, 0), (1, 1)]
    assert all(p.fields for p in doc.pages) and doc.errors == []
    assert doc.sources[0].page_count == 2
    assert window.fields.page_combo.count() == 2  # page 2 reachable


def test_declining_the_page_requests_sends_nothing(qtbot, journey, make_window, settings, standin,
                                                   tmp_path):
    provider = "aigen-vehicle-book-v1"
    journey.use_standin(settings, standin, provider)
    with Image.open(samples_dir() / "vehicle_book.png") as book:
        data = pdf.from_images([book.convert("RGB")] * 3)
    path = tmp_path / "book.pdf"
    path.write_bytes(data)
    window = make_window(provider)
    asked: list[int] = []
    window.ask_page_requests = lambda n: asked.append(n) and False
    window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.pages.strip.count() == 3, timeout=journey.TIMEOUT_MS)
    window.run_ocr()
    assert asked == [3] and standin.requests == [] and window.session.document is None
    assert "3 requests" in window.status_label.text()
