"""Journey: a big scan (a 600-dpi A3 page, a 100 MP photo) that Qt's 256 MB image limit refuses is
shown all the same: decoded at a display resolution, the boxes on their text (the scene is the
page's full size), the magnifier's crops cut from the full-resolution pixels.

Honest and small: the test lowers both limits (Qt's allocation limit to 4 MB, the display budget to
1.5 MP) and uses the vehicle-book sample at twice its size (2800x4000, 11 MP): the same paths run
as for a 6945x9921 scan, without allocating hundreds of MB."""

from __future__ import annotations

import pytest
from PIL import Image, ImageFile
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImageReader
from PySide6.QtTest import QTest

from desktop_app.core import display, pages
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

PROVIDER = "aigen-vehicle-book-v2"


@pytest.fixture
def small_limits(monkeypatch):
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(4)  # MB: this "big" scan is over it, as a real one is over 256
    monkeypatch.setattr(display, "DISPLAY_MAX_PIXELS", 1_500_000)
    yield
    QImageReader.setAllocationLimit(previous)


@pytest.fixture
def big_scan(tmp_path):
    with Image.open(samples_dir() / "vehicle_book.png") as page:
        big = page.convert("RGB").resize((2800, 4000), Image.Resampling.NEAREST)
    path = tmp_path / "scan 600dpi.png"
    big.save(path)
    return path, big


def test_a_scan_qt_refuses_is_shown_with_boxes_on_text_and_sharp_crops(
        qtbot, journey, make_window, settings, standin, small_limits, big_scan):
    path, full = big_scan
    journey.use_standin(settings, standin, PROVIDER)
    window = make_window(PROVIDER)
    window.open_paths([str(path)])
    journey.wait_for_image(qtbot, window)
    canvas = window.canvas
    assert not window.message_bar.isVisible(), window.message_bar.text  # not "may be damaged"
    assert (canvas.page_size().width(), canvas.page_size().height()) == (2800, 4000)
    shown = canvas.image()
    assert shown.width() * shown.height() <= 1_500_000  # decoded smaller ...
    assert canvas.sceneRect() == QRectF(0, 0, 2800, 4000)  # ... drawn at the page's full size
    assert canvas._pixmap_item.sceneBoundingRect() == QRectF(0, 0, 2800, 4000)

    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    doc = window.session.document
    assert doc is not None and (doc.pages[0].width, doc.pages[0].height) == (2800, 4000)
    boxed = [i for i, f in enumerate(window.fields.model.fields()) if f.boxes]
    assert boxed
    # every box is inside the page the clerk sees (none floats over a grey canvas)
    for index in boxed:
        for polygon in window.fields.model.fields()[index].boxes:
            assert all(0 <= x <= 2800 and 0 <= y <= 4000 for x, y in polygon)

    # the magnifier's crop comes from the full-resolution pixels
    qtbot.waitUntil(lambda: bool(canvas._full_crops), timeout=journey.TIMEOUT_MS)
    index = boxed[0]
    area, crop = canvas._full_crops[index]
    assert (crop.width(), crop.height()) == (area.width(), area.height())
    x, y = area.width() // 2, area.height() // 2
    expected = full.getpixel((area.x() + x, area.y() + y))
    colour = crop.pixelColor(x, y)
    assert (colour.red(), colour.green(), colour.blue()) == expected
    magnified = canvas.field_crop(index)
    assert not magnified.isNull()


def test_a_jpeg_is_decoded_small_by_its_decoder(tmp_path, monkeypatch):
    """draft(): a big JPEG is decoded at 1/2..1/8 scale, the full image never in memory."""
    from PIL import JpegImagePlugin

    path = tmp_path / "photo.jpg"
    Image.new("RGB", (4000, 3000), (200, 180, 160)).save(path, quality=80)
    decoded: list[tuple[int, int]] = []
    real = JpegImagePlugin.JpegImageFile.load

    def load(self):
        decoded.append(self.size)  # the size the decoder really produces
        return real(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", load)
    page = display.display_page(path, max_pixels=1_000_000)
    assert decoded and all(w * h <= 4000 * 3000 // 4 for w, h in decoded)
    assert (page.width, page.height) == (4000, 3000) and page.reduced
    assert page.image.width * page.image.height <= 1_000_000


def test_display_refuses_over_the_engine_limit(tmp_path, monkeypatch):
    from desktop_app.core import imageprep
    from desktop_app.core.errors import InputError

    path = tmp_path / "huge.png"
    Image.new("L", (1000, 1000), 255).save(path)
    monkeypatch.setattr(imageprep, "MAX_PIXELS", 999_999)
    with pytest.raises(InputError) as info:
        display.display_page(path)
    assert info.value.code == "input.too_large"


def test_counting_the_pages_of_a_single_image_does_not_decode_it(tmp_path, monkeypatch):
    png, jpeg = tmp_path / "scan.png", tmp_path / "photo.jpg"
    Image.new("RGB", (3000, 2000), (250, 250, 250)).save(png)
    Image.new("RGB", (3000, 2000), (250, 250, 250)).save(jpeg)

    def no_decode(self):
        raise AssertionError(f"{self.format} pixels decoded just to count pages")

    monkeypatch.setattr(ImageFile.ImageFile, "load", no_decode)
    assert pages.page_count(png) == 1 and pages.page_count(jpeg) == 1
    assert pages.page_sizes(png) == [(3000, 2000)]


@pytest.mark.parametrize("mode, colour", [("I;16", 40000), ("RGBA", (0, 0, 0, 0)), ("CMYK", (0, 0, 0, 0))])
def test_odd_modes_are_shown_as_they_are_sent(tmp_path, mode, colour):
    """16-bit grayscale scaled to 8 bits (not clipped white), transparency on white, CMYK as RGB."""
    path = tmp_path / ("scan.tif" if mode == "CMYK" else "scan.png")
    Image.new(mode, (3000, 2000), colour).save(path)
    page = display.display_page(path, max_pixels=1_000_000)
    assert page.image.mode in ("RGB", "L") and page.reduced
    expected = {"I;16": 156, "RGBA": (255, 255, 255), "CMYK": (255, 255, 255)}[mode]
    assert page.image.getpixel((5, 5)) == expected
