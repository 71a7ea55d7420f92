"""ImageLoader: decodes off the GUI thread, EXIF-upright, reports damaged files, newest load wins."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage

from desktop_app.gui.workers import imageload
from desktop_app.gui.workers.imageload import ImageLoader, decode_image, failure_error


def _near(color: QColor, rgb: tuple[int, int, int], tol: int = 40) -> bool:
    return all(
        abs(a - b) <= tol for a, b in zip((color.red(), color.green(), color.blue()), rgb, strict=True)
    )


@pytest.fixture
def owner(qtbot):
    parent = QObject()
    yield parent
    if shiboken6.isValid(parent):
        shiboken6.delete(parent)


@pytest.fixture
def rotated_jpeg(tmp_path):
    """Stored 120x80 with a red block at the stored top-left and EXIF orientation 6 (rotate 90° CW to
    display): upright it is 80x120 with the red block at the top-right."""
    image = Image.new("RGB", (120, 80), (255, 255, 255))
    image.paste((255, 0, 0), (0, 0, 30, 30))
    image.paste((0, 0, 255), (90, 50, 120, 80))  # stored bottom-right: ends up bottom-left
    exif = image.getexif()
    exif[0x0112] = 6
    path = tmp_path / "rotated.jpg"
    image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def test_exif_orientation_6_is_loaded_upright(qtbot, owner, rotated_jpeg):
    loader = ImageLoader(owner)
    with qtbot.waitSignal(loader.loaded, timeout=10000) as blocker:
        loader.load(str(rotated_jpeg))
    path, image = blocker.args
    assert path == str(rotated_jpeg)
    assert (image.width(), image.height()) == (80, 120)
    assert _near(image.pixelColor(image.width() - 10, 10), (255, 0, 0))  # top-right: red
    assert _near(image.pixelColor(10, 10), (255, 255, 255))  # top-left: white
    assert _near(image.pixelColor(10, image.height() - 10), (0, 0, 255))  # bottom-left: blue


def test_damaged_file_is_reported_with_the_clerk_message(qtbot, owner, tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg" * 10)
    loader = ImageLoader(owner)
    loaded: list[str] = []
    loader.loaded.connect(lambda p, _img: loaded.append(p))
    with qtbot.waitSignal(loader.failed, timeout=10000) as blocker:
        loader.load(str(bad))
    assert blocker.args[0] == str(bad)
    error = failure_error(blocker.args[1])  # a JPEG's first bytes, then nothing: damaged, said so
    assert error.code == "input.damaged" and "a JPEG image (.jpg)" in error.message("en")
    assert loaded == []


def test_missing_file_is_reported(qtbot, owner, tmp_path):
    loader = ImageLoader(owner)
    missing = str(tmp_path / "nope.png")
    with qtbot.waitSignal(loader.failed, timeout=10000) as blocker:
        loader.load(missing)
    assert blocker.args == [missing, "input.not_found"]


def test_a_newer_load_supersedes_older_results(qtbot, owner, tmp_path):
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    Image.new("RGB", (30, 20), (255, 0, 0)).save(first)
    Image.new("RGB", (50, 40), (0, 255, 0)).save(second)
    loader = ImageLoader(owner)
    reported: list[tuple[str, int]] = []
    loader.loaded.connect(lambda p, img: reported.append((p, img.width())))
    loader.failed.connect(lambda p, _msg: reported.append((p, -1)))
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.load(str(first))
        loader.load(str(second))
    assert loader.wait(10000)
    qtbot.wait(50)  # let any (wrongly) queued result of the first load arrive
    assert reported == [(str(second), 50)]


def test_decoding_runs_off_the_gui_thread(qtbot, owner, tmp_path, monkeypatch):
    path = tmp_path / "a.png"
    Image.new("RGB", (10, 10), (1, 2, 3)).save(path)
    threads: list[threading.Thread] = []
    real = imageload.decode_page

    def spy(p: str, page: int = 0) -> tuple[QImage, str]:
        threads.append(threading.current_thread())
        return real(p, page)

    monkeypatch.setattr(imageload, "decode_page", spy)
    loader = ImageLoader(owner)
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        loader.load(str(path))
    assert len(threads) == 1 and threads[0] is not threading.main_thread()


def test_destroying_the_loader_during_a_decode_is_safe(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "a.png"
    Image.new("RGB", (10, 10)).save(path)
    started = threading.Event()
    real = imageload.decode_page

    def slow(p: str, page: int = 0) -> tuple[QImage, str]:
        started.set()
        time.sleep(0.2)
        return real(p, page)

    monkeypatch.setattr(imageload, "decode_page", slow)
    parent = QObject()
    loader = ImageLoader(parent)
    reported: list[str] = []
    loader.loaded.connect(lambda p, _img: reported.append(p))
    loader.load(str(path))
    assert started.wait(10)
    shiboken6.delete(parent)  # waits for the running decode; its result goes nowhere
    qtbot.wait(50)
    assert reported == []


def test_decode_image_converts_to_a_pixmap_friendly_format(tmp_path):
    path = tmp_path / "rgba.png"
    Image.new("RGBA", (8, 8), (10, 20, 30, 128)).save(path)
    image, error = decode_image(str(path))
    assert error == ""
    assert image.format() == QImage.Format.Format_ARGB32_Premultiplied


@pytest.fixture
def fifo(tmp_path):
    import os

    path = tmp_path / "scan.png"  # a name the window opens, but a FIFO: reading it would wait for ever
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_anything_but_a_regular_file_is_refused_not_read(qtbot, owner, fifo, special):
    path = str(fifo) if special == "fifo" else special
    image, error = imageload.decode_page(path)
    assert image.isNull() and error == "input.not_regular"
    assert imageload.decode_page(path, max_side=64)[1] == "input.not_regular"  # a page-strip thumbnail
    loader = ImageLoader(owner)
    with qtbot.waitSignal(loader.failed, timeout=10000) as blocker:
        loader.load(path)
    error = imageload.failure_error(blocker.args[1])  # codes cross threads; words are chosen at the edge
    assert error.code == "input.not_regular" and "not a regular file" in error.message("en")


def test_a_jpeg_over_the_display_budget_is_decoded_by_qt_at_display_size_not_refused(
        tmp_path, monkeypatch, rotated_jpeg):
    """A 100 MP scan is the same path at a larger scale: Qt scales the JPEG while decoding it (the
    full bitmap never exists, Qt's allocation limit is not hit, and the GIL is let go, so the
    window keeps turning), the page's full upright size recorded for the boxes. Small here: a
    1200x800 JPEG, a 0.2 MP budget and Qt's limit at 1 MB (the full decode would need 3.8 MB)."""
    from PySide6.QtGui import QImageReader

    from desktop_app.core import display

    image = Image.new("RGB", (1200, 800), (255, 255, 255))
    image.paste((255, 0, 0), (0, 0, 300, 300))  # stored top-left: upright top-right (orientation 6)
    exif = image.getexif()
    exif[0x0112] = 6
    path = tmp_path / "big scan.jpg"
    image.save(path, "JPEG", quality=90, exif=exif.tobytes())
    monkeypatch.setattr(display, "DISPLAY_MAX_PIXELS", 200_000)

    def no_pillow(*_args, **_kwargs):
        raise AssertionError("a JPEG Qt reads is not decoded through Pillow")

    monkeypatch.setattr(display, "display_page", no_pillow)
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(1)
    try:
        shown, error = imageload.decode_page(str(path))
    finally:
        QImageReader.setAllocationLimit(previous)
    assert error == ""
    assert shown.width() * shown.height() <= 200_000 and shown.height() > shown.width()  # upright
    assert imageload.page_size_of(shown).toTuple() == (800, 1200)  # the boxes' pixel space
    assert _near(shown.pixelColor(shown.width() - 5, 5), (255, 0, 0))
    assert shown.format() == QImage.Format.Format_RGB32


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "L", "P"])
def test_pil_to_qimage_copies_every_strip_exactly(monkeypatch, mode):
    """The conversion goes strip by strip (the GIL is let go between strips): every row lands."""
    monkeypatch.setattr(imageload, "STRIP_BYTES", 4 * 37 * 3)  # 3 rows a strip, a short last strip
    source = Image.new("RGBA", (37, 11), (0, 0, 0, 255))
    for y in range(11):
        for x in range(37):
            source.putpixel((x, y), (x * 6, y * 20, (x + y) % 256, 255 if mode != "RGBA" else 128))
    picture = source.convert(mode) if mode != "RGBA" else source
    shown = imageload.pil_to_qimage(picture)
    assert (shown.width(), shown.height()) == (37, 11)
    expected = picture.convert("RGBA")
    for y in range(11):
        for x in (0, 17, 36):
            r, g, b, a = expected.getpixel((x, y))
            color = shown.pixelColor(x, y)
            assert abs(color.alpha() - (a if mode == "RGBA" else 255)) <= 1
            assert all(abs(c - e) <= 2 for c, e in zip((color.red(), color.green(), color.blue()),
                                                       (r, g, b), strict=True)), (mode, x, y)


def test_the_strips_thumbnails_wait_for_the_page_shown(qtbot, owner, tmp_path, monkeypatch):
    """Issue 12: the page the clerk looks at is decoded alone, the thumbnails after it (two decodes
    side by side took both cores of a two-core machine from the GUI thread)."""
    from desktop_app.core import pdf
    from desktop_app.gui.widgets import page_strip
    from desktop_app.gui.widgets.page_strip import PageStrip
    from desktop_app.gui.workers.shown_first import SHOWN_FIRST

    path = tmp_path / "three.pdf"
    path.write_bytes(pdf.from_images([Image.new("RGB", (60, 80), (200, 200, 200))] * 3))
    release = threading.Event()
    order: list[str] = []
    real = imageload.decode_page

    def held_page(p: str, page: int = 0) -> tuple[QImage, str]:
        order.append("page")
        assert release.wait(10)
        return real(p, page)

    def thumb(p: str, page: int = 0, max_side: int | None = None) -> tuple[QImage, str]:
        order.append("thumb")
        return real(p, page, max_side=max_side)

    monkeypatch.setattr(imageload, "decode_page", held_page)
    monkeypatch.setattr(page_strip, "decode_page", thumb)
    loader = ImageLoader(owner)
    strip = PageStrip()
    qtbot.addWidget(strip)
    loader.load(str(path))
    strip.set_document(None, [(str(path), i) for i in range(3)])
    qtbot.waitUntil(lambda: order == ["page"] and SHOWN_FIRST.waiting == 1, timeout=10_000)
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        release.set()
    qtbot.waitUntil(lambda: strip.thumbnail_count() == 3, timeout=10_000)
    assert order == ["page", "thumb", "thumb", "thumb"]
    strip.wait(10_000)
