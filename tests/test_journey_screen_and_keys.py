"""Journey: the window fits the clerk's screen and hands. The first window fits the screen's free
area (1366x768, 1024x768, a 2x HiDPI panel) instead of a fixed 1400x900; later starts restore its
geometry and docks (Qt's own byte arrays, not a pickle); every toolbar control stays reachable at
1366 and 1024 px for every service in English and Thai; the service is chosen from the keyboard;
next/previous page and document have keys, listed in the shortcut sheet."""

from __future__ import annotations

import shutil

import pytest
from PIL import Image
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QToolBar

from desktop_app.core import pdf
from desktop_app.gui import i18n
from desktop_app.gui.dialogs.shortcut_sheet import sheet_rows
from desktop_app.gui.state.settings import Settings
from desktop_app.gui.widgets.provider_bar import available_providers
from desktop_app.gui.window import action_table, window_fit
from desktop_app.gui.window.main_window import MainWindow
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def press(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the clerk presses it: to the focused widget of the active window (the field list
    after opening, where the review keys live)."""
    if not window.isActiveWindow():
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        window.fields.table.setFocus()
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)


@pytest.mark.parametrize("available", [QRect(0, 0, 1366, 738), QRect(0, 0, 1024, 768),
                                       QRect(0, 0, 1280, 720),  # 2560x1440 at 2x: logical pixels
                                       QRect(1920, 0, 1366, 768)])  # a second screen on the right
def test_the_first_window_fits_every_screen(available):
    rect = window_fit.first_geometry(available)
    assert available.contains(rect.marginsAdded(window_fit.FRAME))
    assert rect.width() >= min(1400, available.width() - 8)


def test_the_first_window_fits_the_screen_it_starts_on(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry().marginsAdded(window_fit.FRAME)), (window.geometry(),
                                                                                    available)
    window.ask_unsaved = lambda: "discard"


def test_geometry_and_docks_come_back_as_qt_byte_arrays(qtbot, tmp_path):
    path = tmp_path / "settings.ini"
    first = MainWindow(Settings(path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(30, 40, 700, 520))
    first.removeDockWidget(first.face_dock)
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.face_dock)
    first.face_dock.show()
    size = (first.width(), first.height())  # at least its minimum size
    assert size != (1400, 900)
    first.ask_unsaved = lambda: "discard"
    first.close()
    text = path.read_text(encoding="utf-8", errors="replace")
    assert "geometry=@ByteArray(" in text and "state=@ByteArray(" in text
    assert "PyObjectWrapper" not in text  # not a pickled Python object

    second = MainWindow(Settings(path))
    qtbot.addWidget(second)
    second.ask_unsaved = lambda: "discard"
    assert (second.width(), second.height()) == size
    assert second.dockWidgetArea(second.face_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


@pytest.mark.parametrize("language", ["en", "th"])
@pytest.mark.parametrize("width", [1366, 1024])
def test_every_toolbar_control_is_reachable_for_every_service(qtbot, make_window, settings, width,
                                                              language):
    settings.language = language
    window = make_window("demo")
    QApplication.processEvents()  # the first show's fit to the (800 px offscreen) screen is done
    window.resize(width, 700)
    for provider in available_providers():
        window.provider_bar.set_provider_id(provider.id)
        QApplication.processEvents()
        assert window.width() == width
        for bar in window.findChildren(QToolBar):
            assert bar.geometry().right() < window.width(), (provider.id, bar.objectName())
            for action in bar.actions():
                widget = bar.widgetForAction(action)
                if widget is None or not action.isVisible():
                    continue
                assert widget.isVisible(), (provider.id, action.text() or type(widget).__name__)
                assert bar.rect().contains(widget.geometry()), (provider.id, type(widget).__name__)
        assert window.threshold_spin.isVisible() and window.threshold_label.isVisible()
        assert window.provider_bar.combo.isVisible()


def test_the_service_is_chosen_from_the_keyboard(qtbot, make_window):
    window = make_window("demo")
    providers = [p.id for p in available_providers()]
    press(window, Qt.Key.Key_2, ALT)
    assert window.provider_bar.provider_id() == providers[1]
    press(window, Qt.Key.Key_1, ALT)
    assert window.provider_bar.provider_id() == providers[0]
    menu = window.navigation.menu_service
    assert [a.shortcut().toString() for a in menu.actions()][:2] == ["Alt+1", "Alt+2"]
    assert menu.actions()[0].isChecked()
    assert window.navigation.menu_service.menuAction() in window.menuBar().actions()
    # every menu of the bar opens with its own Alt+letter (no two share one)
    letters = [a.text().split("&")[1][0].lower() for a in window.menuBar().actions() if "&" in a.text()]
    assert len(letters) == len(set(letters)), letters


def two_page_pdf(tmp_path):
    with Image.open(samples_dir() / "vehicle_book.png") as book:
        data = pdf.from_images([book.convert("RGB")] * 2)
    path = tmp_path / "book.pdf"
    path.write_bytes(data)
    return path


def test_next_and_previous_page_have_keys(qtbot, journey, make_window, tmp_path):
    window = make_window("demo")
    window.open_paths([str(two_page_pdf(tmp_path))])
    strip = window.pages.strip
    qtbot.waitUntil(lambda: strip.count() == 2, timeout=journey.TIMEOUT_MS)
    press(window, Qt.Key.Key_PageDown, CTRL)  # before OCR: the file's pages
    assert strip.currentRow() == 1
    press(window, Qt.Key.Key_PageUp, CTRL)
    assert strip.currentRow() == 0
    journey.run_and_wait(qtbot, window)  # the demo reads both (one request a page)
    assert len(window.session.document.pages) == 2
    press(window, Qt.Key.Key_PageDown, CTRL)
    assert window.fields.page_index == 1 and strip.currentRow() == 1
    press(window, Qt.Key.Key_PageDown, CTRL)  # no page 3: stays
    assert window.fields.page_index == 1
    press(window, Qt.Key.Key_PageUp, CTRL)
    assert window.fields.page_index == 0


def test_next_and_previous_document_of_the_queue_have_keys(qtbot, journey, make_window, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("a.png", "b.png", "c.png"):
        shutil.copyfile(samples_dir() / "thai_id_card.png", folder / name)
    window = make_window("demo")
    window.open_paths([str(folder)])
    runner = window.batch.runner
    qtbot.waitUntil(lambda: len(runner.entries) == 3 and not runner.running, timeout=journey.TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
    names = [e.title for e in runner.order()]
    start = names.index(window.session.image_paths[0].name)
    press(window, Qt.Key.Key_PageDown, CTRL | SHIFT)
    assert window.session.image_paths[0].name == names[(start + 1) % 3] or start == 2
    current = names.index(window.session.image_paths[0].name)
    press(window, Qt.Key.Key_PageUp, CTRL | SHIFT)
    assert names.index(window.session.image_paths[0].name) == max(current - 1, 0)


def test_the_shortcut_sheet_lists_the_new_keys(qapp):
    keys = {key: shown for shown, key in sheet_rows(services=7)}
    assert keys["keys.service"] == "Alt+1 … Alt+7"
    assert keys["keys.page"] == "Ctrl+PgUp / Ctrl+PgDown"
    assert keys["keys.document"] == "Ctrl+Shift+PgUp / Ctrl+Shift+PgDown"
    for key in ("keys.service", "keys.page", "keys.document"):
        key = action_table.SHEET_TEXT[key]
        english = i18n.tr(key)
        i18n.set_language("th")
        try:
            thai = i18n.tr(key)
        finally:
            i18n.set_language("en")
        assert thai != english


def test_frame_margins_measured_after_show_keep_it_inside():
    rect = window_fit.first_geometry(QRect(0, 0, 1024, 768), QMargins(1, 20, 1, 1))
    assert QRect(0, 0, 1024, 768).contains(rect.marginsAdded(QMargins(1, 20, 1, 1)))


@pytest.mark.parametrize("natural, window_minimum, available, expected", [
    (580, 956, 1022, 580),  # fits: nothing given up
    (580, 1082, 1022, 520),  # the queue and face docks at 1024 px: the list gives up 60 px
    (580, 1400, 1022, 400),  # never below the floor
])
def test_the_field_list_gives_room_to_docks_on_a_narrow_screen(natural, window_minimum, available,
                                                               expected):
    assert window_fit.squeezed_minimum(natural, window_minimum, available) == expected


def test_every_dock_of_the_window_is_kept_on_screen(qtbot, make_window):
    """The docks are named to KeepOnScreen (not looked for among the window's children): a new
    dock left out would go unsqueezed."""
    from PySide6.QtWidgets import QDockWidget

    window = make_window("demo")
    assert set(window.on_screen.docks) == set(window.findChildren(QDockWidget))
    assert len(window.on_screen.docks) == 3  # face, queue, team queue


def test_opening_the_queue_on_a_narrow_screen_squeezes_the_list(qtbot, journey, make_window, tmp_path):
    """The offscreen screen is 800 px wide: with the queue dock open the field list gives up width
    (down to its floor), so the window's minimum shrinks toward the screen."""
    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copyfile(samples_dir() / "thai_id_card.png", folder / "a.png")
    shutil.copyfile(samples_dir() / "thai_id_card.png", folder / "b.png")
    window = make_window("demo")
    natural = window.fields.minimumWidth()
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: window.batch.dock.isVisible(), timeout=journey.TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.fields.minimumWidth() < natural, timeout=journey.TIMEOUT_MS)
    assert window.fields.minimumWidth() >= window_fit.SQUEEZED_FLOOR


def test_a_squeezed_field_list_keeps_the_value_readable(qtbot, journey, make_window, tmp_path):
    """Squeezed for the docks (a 1024 px projector; here the 800 px offscreen screen), the field
    list's label columns give way, not the value the clerk checks (it was ~37 px, "AC..." for a
    passport number, under two 125 px label columns); the editor's heading names the field whole.
    Wide again, the labels get their width back."""
    from desktop_app.gui.widgets.fields_model import COL_LABEL_EN, COL_LABEL_TH, COL_VALUE
    from desktop_app.gui.widgets.fields_table import LABEL_FLOOR, LABEL_WIDTH, VALUE_FLOOR

    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copyfile(samples_dir() / "thai_id_card.png", folder / "a.png")
    shutil.copyfile(samples_dir() / "thai_id_card.png", folder / "b.png")
    window = make_window("demo")
    table = window.fields.table
    natural = window.fields.minimumWidth()
    window.face_dock.show()
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.fields.minimumWidth() < natural, timeout=journey.TIMEOUT_MS)
    qtbot.waitUntil(lambda: table.columnWidth(COL_LABEL_TH) < LABEL_WIDTH, timeout=journey.TIMEOUT_MS)
    value, labels = table.columnWidth(COL_VALUE), [table.columnWidth(COL_LABEL_TH),
                                                   table.columnWidth(COL_LABEL_EN)]
    assert value >= VALUE_FLOOR or labels == [LABEL_FLOOR, LABEL_FLOOR], (value, labels)
    assert value > max(labels)
    window.batch.dock.hide()
    window.face_dock.hide()
    window.resize(1400, window.height())
    qtbot.waitUntil(lambda: table.columnWidth(COL_LABEL_TH) == LABEL_WIDTH, timeout=journey.TIMEOUT_MS)
    assert table.columnWidth(COL_LABEL_EN) == LABEL_WIDTH


def test_a_label_column_the_clerk_widened_keeps_its_width_given_the_room(qtbot):
    from desktop_app.gui.widgets.fields_model import COL_LABEL_TH
    from desktop_app.gui.widgets.fields_table import LABEL_WIDTH, FieldTable

    table = FieldTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(60, 6)  # more rows than fit: the vertical bar shows
    table.setModel(model)
    header = table.horizontalHeader()
    header.resizeSection(COL_LABEL_TH, LABEL_WIDTH)
    for col in (3, 4, 5):  # as fit_columns leaves the confidence, state and box columns
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(col, 50)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the value
    table.resize(1000, 300)
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(COL_LABEL_TH) == LABEL_WIDTH
    header.resizeSection(COL_LABEL_TH, 200)  # the clerk drags it wider
    table.resize(561, 300)  # the docks open: it gives way
    qtbot.waitUntil(lambda: table.columnWidth(COL_LABEL_TH) < 200)
    header.resizeSection(COL_LABEL_TH, 400)  # dragged wider in the narrow list: it stays
    qtbot.waitUntil(table.horizontalScrollBar().isVisible)  # (its bar resizes the viewport)
    QApplication.processEvents()  # what that resize posted, delivered
    assert table.columnWidth(COL_LABEL_TH) == 400
    table.resize(1000, 300)  # the list's width changes: the label fits it again, then grows
    table.resize(1400, 300)  # with room again to the clerk's last width, not the default
    qtbot.waitUntil(lambda: table.columnWidth(COL_LABEL_TH) == 400)
