"""Journey: the demo a salesperson gives. File › Open Sample lists the bundled samples; choosing one
(by keys, through the menu's mnemonics) opens a copy with the demo service, and Ctrl+R reads it.
For any other image the demo says that it reads only the bundled samples."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.paths import data_dir
from desktop_app.gui.flows.sample_menu import bundled_samples
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_file_open_sample_lists_the_samples_and_opens_one_with_the_demo(qtbot, journey, make_window,
                                                                         settings, standin):
    journey.use_standin(settings, standin)  # a paid service is chosen; the sample still uses the demo
    window = make_window(journey.VEHICLE_PROVIDER)
    samples = bundled_samples()
    names = [p.name for p in samples]
    assert {"vehicle_book.png", "vehicle_book_photo.jpg", "thai_id_card.png", "passport.png"} <= set(names)
    menu = window.samples.menu
    assert menu.title().replace("&", "") == "Open Sample"
    assert menu.menuAction() in window.menu_file.actions()
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == len(samples) and "Vehicle book (phone photo) — vehicle_book_photo.jpg" in texts[
        names.index("vehicle_book_photo.jpg")]

    # by keys: the File menu, M for Open Sample (S is Save), then the sample's number
    window.activateWindow()
    window.menu_file.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(window.menu_file.isVisible, timeout=5000)
    qtbot.keyClick(window.menu_file, Qt.Key.Key_M)
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    number = names.index("vehicle_book_photo.jpg") + 1
    qtbot.keyClick(menu, str(number % 10))
    qtbot.waitUntil(lambda: window.session.image_paths != [], timeout=journey.TIMEOUT_MS)
    journey.wait_io(qtbot, window)
    opened = window.session.image_paths[0]
    assert opened == data_dir() / "samples" / "vehicle_book_photo.jpg"  # a copy: the bundle stays clean
    assert opened.read_bytes() == (samples_dir() / "vehicle_book_photo.jpg").read_bytes()
    assert window.provider_bar.provider_id() == "demo"
    assert "demo" in window.status_label.text()
    journey.wait_for_image(qtbot, window)
    journey.run_and_wait(qtbot, window)
    assert window.session.document.simulated and window.session.document.doc_type == "vehicle_book"
    assert not QApplication.activePopupWidget()


def test_the_demo_on_another_image_says_it_reads_only_the_samples(qtbot, journey, make_window, tmp_path):
    photo = tmp_path / "my-own-car-book.png"
    Image.new("RGB", (900, 1200), (230, 230, 225)).save(photo)
    window = make_window("demo")
    window.open_paths([str(photo)])
    journey.wait_io(qtbot, window)
    journey.wait_for_image(qtbot, window)
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        window.act_run.trigger()
    assert window.session.document is None
    assert window.message_bar.code == "demo.not_a_sample"
    assert "reads only the bundled sample images" in window.message_bar.text
    assert "vehicle registration book was found" not in window.message_bar.text
