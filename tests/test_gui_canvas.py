"""DocumentCanvas, FieldMagnifier, colour bands and the bundled Thai font (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.model import Check, Field, Severity
from desktop_app.gui.widgets.canvas import DocumentCanvas, box_scene_rect
from desktop_app.gui.widgets.colors import band, band_color
from desktop_app.gui.widgets.fonts import THAI_FAMILY, install_fonts
from desktop_app.gui.widgets.magnifier import FieldMagnifier

W, H = 2000, 1200
RED = (200, 0, 0)

ROTATED = ((1400.0, 700.0), (1700.0, 600.0), (1720.0, 660.0), (1420.0, 760.0))


def _page_image() -> QImage:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.fillRect(100, 100, 400, 60, QColor(*RED))  # the "province" value
    painter.fillRect(1000, 900, 80, 200, QColor(0, 0, 200))  # the "tall" value
    painter.end()
    return image


def _fields() -> list[Field]:
    return [
        Field(
            "province",
            "จังหวัด",
            "Province",
            "กรุงเทพมหานคร",
            "กรุงเทพมหานคร",
            0.95,
            [((100, 100), (500, 100), (500, 160), (100, 160))],
        ),
        Field(
            "plate",
            "ทะเบียน",
            "Plate",
            "1กข 2345",
            "1กข 2345",
            0.75,
            [
                ((600, 300), (900, 300), (900, 360), (600, 360)),
                ((950, 300), (1100, 300), (1100, 360), (950, 360)),
            ],
        ),
        Field("date", "วันที่", "Date", "x", "x", 0.2, [ROTATED]),
        Field("nobox", "", "nobox", None, None, None, []),
        Field("tall", "", "Tall", "v", "v", None, [((1000, 900), (1080, 900), (1080, 1100), (1000, 1100))]),
        Field("inner", "", "Inner", "v", "v", 0.9, [((620, 310), (660, 310), (660, 350), (620, 350))]),
    ]


@pytest.fixture
def canvas(qtbot):
    view = DocumentCanvas()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_image(_page_image())
    view.set_fields(_fields(), 0.8)
    return view


def _view_point(canvas: DocumentCanvas, x: float, y: float) -> QPoint:
    return canvas.mapFromScene(QPointF(x, y))


def _visible_scene_rect(canvas: DocumentCanvas) -> QRectF:
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


# --- colours ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("confidence", "failed", "expected"),
    [
        (0.95, False, "high"),
        (0.80, False, "high"),  # exactly the threshold
        (0.79, False, "low"),
        (0.56, False, "low"),  # threshold * 0.7 = 0.56: not yet bad
        (0.55, False, "bad"),
        (-1.0, False, "bad"),
        (None, False, "none"),
        (0.99, True, "bad"),  # a failed error check beats any confidence
        (None, True, "bad"),
    ],
)
def test_band(confidence, failed, expected):
    assert band(confidence, 0.8, failed) == expected


def test_band_colors_differ():
    colors = {name: band_color(name).rgb() for name in ("high", "low", "bad", "none")}
    assert len(set(colors.values())) == 4
    assert band_color("bad").red() > band_color("bad").green()
    assert band_color("high").green() > band_color("high").red()


# --- boxes --------------------------------------------------------------------------------------


def test_box_items_are_exactly_the_polygons(canvas):
    fields = _fields()
    items = canvas.box_items()
    expected = sorted((i, tuple(pt)) for i, f in enumerate(fields) for poly in f.boxes for pt in [poly])
    got = sorted(
        (item.index, tuple((p.x(), p.y()) for p in item.mapToScene(item.polygon()))) for item in items
    )
    assert got == expected
    assert sum(1 for item in items if item.index == 1) == 2  # both boxes of a multi-box field
    assert not any(item.index == 3 for item in items)  # a field with no box draws nothing


def test_box_outline_lands_on_the_image_pixels(canvas, qtbot):
    # On a white part of the page, a "bad" (red) box's left edge at image column 100 must be drawn
    # on the viewport column where image column 100 is, with white page just outside it.
    canvas.actual_size()
    box = ((100, 300), (500, 300), (500, 360), (100, 360))
    canvas.set_fields([Field("k", "", "K", "v", "v", -1.0, [box])], 0.8)
    canvas.centerOn(300, 330)
    shot = canvas.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    edge = _view_point(canvas, 100, 330)
    outline = shot.pixelColor(round(edge.x() * ratio), round(edge.y() * ratio))
    inside = shot.pixelColor(round((edge.x() + 8) * ratio), round(edge.y() * ratio))
    outside = shot.pixelColor(round((edge.x() - 8) * ratio), round(edge.y() * ratio))
    assert outline.red() > 150 and outline.green() < 120  # red outline of a "bad" box
    assert outside.green() > 240 and outside.red() > 240  # white page next to it
    assert inside.green() < outside.green()  # translucent fill inside


def test_clicking_a_box_activates_its_field(canvas, qtbot):
    canvas.actual_size()
    canvas.centerOn(QPointF(300, 130))
    with qtbot.waitSignal(canvas.fieldActivated, timeout=1000) as blocker:
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 300, 130))
    assert blocker.args == [0]
    assert canvas.selected_field() == 0


def test_clicking_a_second_box_of_a_field_and_a_nested_box(canvas, qtbot):
    activated: list[int] = []
    canvas.fieldActivated.connect(activated.append)
    canvas.actual_size()
    canvas.centerOn(QPointF(850, 330))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 1000, 330))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 640, 330))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 700, 330))
    assert activated == [1, 5, 1]  # the small box inside the plate's first box wins where they overlap


def test_clicking_a_rotated_box_uses_its_shape(canvas, qtbot):
    activated: list[int] = []
    canvas.fieldActivated.connect(activated.append)
    canvas.actual_size()
    canvas.centerOn(QPointF(1560, 680))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 1560, 680))
    # Inside the bounding rect but outside the rotated polygon (its top-left corner area).
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 1410, 610))
    assert activated == [2]


def test_hovering_a_box_shows_a_pointing_hand(canvas):
    canvas.actual_size()
    canvas.centerOn(QPointF(300, 300))
    QTest.mouseMove(canvas.viewport(), _view_point(canvas, 300, 130))
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    QTest.mouseMove(canvas.viewport(), _view_point(canvas, 300, 500))
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.OpenHandCursor  # drag to pan


def test_clicking_the_page_outside_boxes_activates_nothing(canvas, qtbot):
    activated: list[int] = []
    canvas.fieldActivated.connect(activated.append)
    canvas.actual_size()
    canvas.centerOn(QPointF(300, 500))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_view_point(canvas, 300, 500))
    assert activated == []


def test_dragging_from_a_box_pans_instead_of_activating(canvas, qtbot):
    activated: list[int] = []
    canvas.fieldActivated.connect(activated.append)
    canvas.actual_size()
    canvas.centerOn(QPointF(300, 130))
    before = canvas.horizontalScrollBar().value()
    start = _view_point(canvas, 300, 130)
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(canvas.viewport(), start + QPoint(-20, 0))
    QTest.mouseMove(canvas.viewport(), start + QPoint(-60, 0))
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(-60, 0))
    assert activated == []
    assert canvas.horizontalScrollBar().value() == before + 60  # the page follows the hand


def test_middle_button_pans(canvas, qtbot):
    canvas.actual_size()
    canvas.centerOn(QPointF(1000, 600))
    before = canvas.verticalScrollBar().value()
    start = QPoint(400, 300)
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.MiddleButton, pos=start)
    QTest.mouseMove(canvas.viewport(), start + QPoint(0, -50))
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.MiddleButton, pos=start + QPoint(0, -50))
    assert canvas.verticalScrollBar().value() == before + 50


def test_select_field_highlights_without_emitting(canvas, qtbot):
    activated: list[int] = []
    canvas.fieldActivated.connect(activated.append)
    plain_width = canvas.box_items()[0].pen().widthF()
    canvas.select_field(1)
    selected = [item for item in canvas.box_items() if item.index == 1]
    others = [item for item in canvas.box_items() if item.index != 1]
    assert activated == []
    assert all(item.pen().widthF() > plain_width for item in selected)
    assert all(item.pen().isCosmetic() for item in canvas.box_items())
    assert min(item.zValue() for item in selected) > max(item.zValue() for item in others)
    canvas.select_field(None)
    assert canvas.selected_field() is None
    assert all(item.pen().widthF() == plain_width for item in canvas.box_items())


def test_select_field_scrolls_it_into_view(canvas):
    canvas.actual_size()
    canvas.centerOn(QPointF(200, 200))
    assert not _visible_scene_rect(canvas).contains(box_scene_rect(_fields()[4]))
    canvas.select_field(4)
    assert _visible_scene_rect(canvas).contains(box_scene_rect(_fields()[4]))


def test_threshold_changes_box_colours(canvas):
    plate = next(item for item in canvas.box_items() if item.index == 1)  # confidence 0.75
    assert plate.pen().color().rgb() == band_color("low").rgb()
    canvas.set_threshold(0.7)
    assert plate.pen().color().rgb() == band_color("high").rgb()


def test_failed_error_check_makes_the_box_red(canvas):
    fields = _fields()
    fields[0].checks.append(Check("thai_id", Severity.ERROR, "bad", "bad"))
    canvas.set_fields(fields, 0.8)
    province = next(item for item in canvas.box_items() if item.index == 0)
    assert province.pen().color().rgb() == band_color("bad").rgb()


def test_labels(canvas):
    assert canvas.label_items() == []
    canvas.set_labels_visible(True)
    texts = {label.data(0): label.text() for label in canvas.label_items()}
    assert texts == {0: "Province", 1: "Plate", 2: "Date", 4: "Tall", 5: "Inner"}
    canvas.set_label_language("th")  # the clerk works in Thai: Thai labels on the image too
    assert [label.text() for label in canvas.label_items()][0] == canvas._fields[0].label_th != "Province"
    unknown = Field("weird_key", "", "", "v", "v", 0.9, [((10, 10), (50, 10), (50, 30), (10, 30))])
    canvas.set_fields([unknown], 0.8)
    assert [label.text() for label in canvas.label_items()] == ["weird_key"]
    canvas.set_labels_visible(False)
    assert canvas.label_items() == []


def test_labels_that_would_pile_up_at_a_small_zoom_are_thinned_out(canvas):
    """Two fields side by side: at a small zoom their labels (constant size on screen) would overlap,
    so only one shows, the one needing a look (low confidence) or the selected one; zoomed in,
    both show."""
    box = ((100, 300), (160, 300), (160, 330), (100, 330))
    near = ((170, 300), (230, 300), (230, 330), (170, 330))
    sure = Field("plate", "ทะเบียน", "Plate", "1กก 1234", "1กก 1234", 0.99, [box])
    unsure = Field("province", "จังหวัด", "Province", "กรุงเทพ", "กรุงเทพ", 0.40, [near])
    canvas.set_fields([sure, unsure], 0.9)
    canvas.set_labels_visible(True)

    def shown() -> list[str]:
        return sorted(label.text() for label in canvas.label_items() if label.isVisible())

    canvas.fit_page()  # about a third of the image's size: the labels would overlap
    assert shown() == ["Province"]
    canvas.select_field(0)
    assert shown() == ["Plate"]
    canvas.actual_size()
    assert shown() == ["Plate", "Province"]


# --- zoom ---------------------------------------------------------------------------------------


def test_fit_page_shows_the_whole_image(canvas):
    canvas.zoom_in()
    canvas.zoom_in()
    canvas.fit_page()
    assert _visible_scene_rect(canvas).contains(QRectF(0, 0, W, H))
    view = canvas.viewport().size()
    # ... and it is as large as fits: one side nearly fills the view.
    assert W * canvas.zoom() >= view.width() - 20 or H * canvas.zoom() >= view.height() - 20


def test_fit_width(canvas):
    canvas.set_image(QImage(1000, 3000, QImage.Format.Format_RGB32))
    canvas.fit_width()
    QApplication.processEvents()  # the vertical scroll bar appears on the next layout pass
    visible = _visible_scene_rect(canvas)
    assert visible.left() <= 0 and visible.right() >= 1000
    assert visible.top() <= 0  # the top of the page
    assert 1000 * canvas.zoom() >= canvas.viewport().width() - 20


def test_zoom_steps_and_signal(canvas, qtbot):
    start = canvas.zoom()
    with qtbot.waitSignal(canvas.zoomChanged, timeout=1000) as blocker:
        canvas.zoom_in()
    assert canvas.zoom() == pytest.approx(start * 1.25)
    assert blocker.args[0] == pytest.approx(start * 1.25)
    canvas.zoom_out()
    assert canvas.zoom() == pytest.approx(start)
    canvas.actual_size()
    assert canvas.zoom() == pytest.approx(1.0)
    for _ in range(40):
        canvas.zoom_in()
    assert canvas.zoom() == pytest.approx(16.0)  # capped


def test_zoom_keeps_the_view_centre(canvas):
    canvas.actual_size()
    canvas.centerOn(QPointF(700, 500))
    centre = canvas.viewport().rect().center()
    before = canvas.mapToScene(centre)
    canvas.zoom_in()
    after = canvas.mapToScene(centre)
    assert abs(after.x() - before.x()) <= 2 and abs(after.y() - before.y()) <= 2


def _wheel(canvas: DocumentCanvas, pos: QPoint, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    global_pos = canvas.viewport().mapToGlobal(pos)
    event = QWheelEvent(
        QPointF(pos),
        QPointF(global_pos),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport(), event)


def test_ctrl_wheel_zooms_around_the_cursor(canvas):
    canvas.actual_size()
    canvas.centerOn(QPointF(1000, 600))
    cursor = QPoint(200, 150)
    under = canvas.mapToScene(cursor)
    _wheel(canvas, cursor, 120, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() == pytest.approx(1.25)
    after = canvas.mapToScene(cursor)
    assert abs(after.x() - under.x()) <= 2 and abs(after.y() - under.y()) <= 2


def test_plain_wheel_scrolls(canvas):
    canvas.actual_size()
    canvas.centerOn(QPointF(1000, 600))
    before = canvas.verticalScrollBar().value()
    _wheel(canvas, QPoint(200, 150), -120, Qt.KeyboardModifier.NoModifier)
    assert canvas.zoom() == pytest.approx(1.0)
    assert canvas.verticalScrollBar().value() > before


def test_arrow_keys_pan_and_bare_digits_or_signs_do_not_zoom(canvas):
    """Digits and signs are what a clerk types into values (plates, ID numbers): on the image they
    must never change the zoom (the window's Ctrl+ shortcuts do that)."""
    canvas.setFocus()
    canvas.actual_size()
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_Equal):
        QTest.keyClick(canvas, key)
        assert canvas.zoom() == pytest.approx(1.0)
    canvas.centerOn(QPointF(1000, 600))
    before = canvas.horizontalScrollBar().value()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.horizontalScrollBar().value() > before


def test_fitted_page_refits_when_the_view_grows(canvas):
    canvas.fit_page()
    small = canvas.zoom()
    canvas.resize(1200, 900)
    assert canvas.zoom() > small
    assert _visible_scene_rect(canvas).contains(QRectF(0, 0, W, H))


def test_zoom_to_field_centres_and_enlarges_it(canvas):
    canvas.fit_page()
    rect = box_scene_rect(_fields()[2])
    before = canvas.mapFromScene(rect).boundingRect().width()
    canvas.zoom_to_field(2)
    QApplication.processEvents()  # scroll bars appear on the next layout pass
    assert _visible_scene_rect(canvas).contains(rect)
    assert canvas.mapFromScene(rect).boundingRect().width() > before * 1.5
    centre = canvas.mapFromScene(rect.center())
    view_centre = canvas.viewport().rect().center()
    assert abs(centre.x() - view_centre.x()) <= 2 and abs(centre.y() - view_centre.y()) <= 2


def test_zoom_to_a_field_without_box_changes_nothing(canvas):
    before = canvas.transform()
    canvas.zoom_to_field(3)
    assert canvas.transform() == before


def test_box_scene_rect_is_the_union():
    assert box_scene_rect(_fields()[1]) == QRectF(600, 300, 500, 60)
    assert box_scene_rect(_fields()[2]) == QRectF(1400, 600, 320, 160)
    assert box_scene_rect(_fields()[3]).isEmpty()


# --- crops and the magnifier --------------------------------------------------------------------


def test_field_crop_keeps_the_box_aspect(canvas):
    crop = canvas.field_crop(0, margin=10)
    assert not crop.isNull()
    assert crop.width() <= 900 and crop.height() <= 140
    assert crop.width() / crop.height() == pytest.approx(420 / 80, rel=0.02)
    assert crop.height() == 140  # enlarged until it fills the room
    centre = crop.pixelColor(crop.width() // 2, crop.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == RED  # the field's own pixels


def test_field_crop_of_a_tall_field_and_of_a_field_without_box(canvas):
    crop = canvas.field_crop(4, margin=0, max_size=QSize(300, 100))
    assert crop.width() / crop.height() == pytest.approx(80 / 200, rel=0.05)
    assert crop.height() == 100
    assert canvas.field_crop(3).isNull()
    assert canvas.field_crop(99).isNull()


def test_field_crop_is_clipped_to_the_image(canvas):
    canvas.set_fields([Field("edge", "", "Edge", "v", "v", 0.9, [((0, 0), (50, 0), (50, 20), (0, 20))])], 0.8)
    crop = canvas.field_crop(0, margin=12, max_size=QSize(62, 32))
    assert (crop.width(), crop.height()) == (62, 32)  # 50+12 by 20+12, nothing beyond the image


def test_field_crop_is_cut_once_for_the_same_field_and_image(canvas, monkeypatch):
    """Enter shows the edited field's crop again, then the next field's: the same one is not cut again."""
    cuts: list[int] = []
    cut = type(canvas)._cut
    monkeypatch.setattr(type(canvas), "_cut", lambda self, *a: cuts.append(1) or cut(self, *a))
    first = canvas.field_crop(0)
    assert canvas.field_crop(0).cacheKey() == first.cacheKey() and len(cuts) == 1
    canvas.field_crop(4)
    canvas.field_crop(0, max_size=QSize(300, 100))
    assert len(cuts) == 3
    canvas.set_image(_page_image())  # another image: cut from it
    again = canvas.field_crop(0)
    assert len(cuts) == 4 and again.size() == first.size()


def test_magnifier(canvas, qtbot):
    magnifier = FieldMagnifier()
    qtbot.addWidget(magnifier)
    magnifier.resize(500, 100)
    magnifier.show()
    magnifier.show_field(canvas, 0)
    pixmap = magnifier.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() / pixmap.height() == pytest.approx(424 / 84, rel=0.03)  # default margin 12
    assert pixmap.deviceIndependentSize().height() <= magnifier.contentsRect().height()
    magnifier.show_field(canvas, 3)
    assert magnifier.pixmap().isNull()
    assert "no box" in magnifier.text()
    magnifier.show_field(canvas, None)
    assert magnifier.pixmap().isNull() and magnifier.text() == ""


# --- Thai font ----------------------------------------------------------------------------------


def _render(text: str, font: QFont) -> QImage:
    image = QImage(600, 80, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(10, 55, text)
    painter.end()
    return image


def _ink(image: QImage) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_bundled_thai_font_renders_thai(qapp):
    families = install_fonts()
    assert THAI_FAMILY in families
    assert install_fonts() == families  # a second call loads nothing new
    assert THAI_FAMILY in QApplication.font().families()  # the fallback for every widget
    font = QFont(THAI_FAMILY, 28)
    metrics = QFontMetrics(font)
    for char in "กรุงเทพมหานคร่้๊๋":
        assert metrics.inFontUcs4(ord(char)), hex(ord(char))
    thai = _render("กรุงเทพมหานคร", font)
    tofu = _render("\U000f0000" * 13, font)  # private-use code points: no glyph anywhere
    assert _ink(thai) > 50
    assert thai != tofu
    # The widget font (no Thai of its own) reaches the bundled one through the fallback list.
    assert _render("กรุงเทพมหานคร", QApplication.font()) != _render("\U000f0000" * 13, QApplication.font())


def test_a_selection_restyles_only_the_fields_it_moves_between(canvas, monkeypatch):
    from desktop_app.gui.widgets import canvas as canvas_module

    canvas.select_field(1)
    banded: list[int] = []
    real_band = canvas_module.field_band
    fields = canvas.fields()

    def counted(field, threshold):
        banded.append(fields.index(field))
        return real_band(field, threshold)

    monkeypatch.setattr(canvas_module, "field_band", counted)
    canvas.select_field(3)
    assert sorted(banded) == [1, 3]  # the old and the new selection, not every field on the page
    assert all((item.pen().widthF() > 2) == (item.index == 3) for item in canvas.box_items())
    banded.clear()
    canvas.restyle()  # values or states changed: every field again
    assert sorted(banded) == list(range(len(fields)))
