"""Journey: open the sample vehicle book -> OCR against the stand-in -> boxes where the truth says ->
select box <-> row -> correct a value -> save -> reopen gives exactly the same document."""

from __future__ import annotations

import base64
import json

from PySide6.QtCore import Qt

from desktop_app.core import reviewfile
from desktop_app.core.model import FieldState
from desktop_app.core.paths import data_dir
from desktop_app.gui.widgets.fields_model import COL_VALUE
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]


def _sample_truth() -> dict:
    return json.loads((samples_dir() / "vehicle_book.truth.json").read_text(encoding="utf-8"))


def test_open_ocr_select_correct_save_reopen(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    assert window.provider_bar.provider_id() == journey.VEHICLE_PROVIDER

    assert window.open_paths([str(sample_image)])
    journey.wait_for_image(qtbot, window)
    assert window.canvas.image().width() > 500

    journey.run_and_wait(qtbot, window)
    doc = window.session.document
    assert doc is not None and doc.provider_id == journey.VEHICLE_PROVIDER
    assert len(standin.requests) == 1 and standin.requests[0].route == journey.VEHICLE_PROVIDER
    # the verbatim answer was kept in the data folder's response cache the moment it arrived
    kept = list((data_dir() / "responses").glob("??/*.json"))
    assert len(kept) == 1
    stored = json.loads(kept[0].read_text(encoding="utf-8"))
    assert base64.b64decode(stored["body_b64"]).decode("utf-8") == doc.ocr.response_text
    assert window.isWindowModified()  # an OCR result is unsaved work

    # every field with boxes is drawn, one item per box, at the model's coordinates
    fields = window.fields.model.fields()
    assert window.fields.model.rowCount() == len(fields) > 10
    boxes = window.canvas.box_items()
    assert len(boxes) == sum(len(f.boxes) for f in fields)
    # ...each where the sample's truth file drew that text on the image (image pixels)
    truth = json.loads(sample_image.with_name("vehicle_book.truth.json").read_text(encoding="utf-8")) \
        if sample_image.with_name("vehicle_book.truth.json").exists() else _sample_truth()
    # the page is drawn at its own pixel size, so scene coordinates are the truth's image pixels
    page_item = window.canvas._pixmap_item
    assert page_item is not None
    assert page_item.sceneBoundingRect().size().toSize().toTuple() == (truth["width"], truth["height"])
    assert window.canvas.image().size().toTuple() == (truth["width"], truth["height"])
    checked = 0
    for entry in truth["fields"]:
        index = next((i for i, f in enumerate(fields) if f.key == entry["key"]), None)
        if index is None or not fields[index].boxes:
            continue
        drawn = [b for b in boxes if b.index == index][0].sceneBoundingRect()
        xs = [p[0] for p in entry["box"]]
        ys = [p[1] for p in entry["box"]]
        centre = drawn.center()
        assert min(xs) - 4 <= centre.x() <= max(xs) + 4, entry["key"]
        assert min(ys) - 4 <= centre.y() <= max(ys) + 4, entry["key"]
        checked += 1
    assert checked >= 10

    # clicking a box on the image selects its row
    low = next(i for i, f in enumerate(fields) if f.boxes and f.confidence is not None and f.confidence < 0.9)
    centre = window.canvas.box_items()[[b.index for b in boxes].index(low)].polygon().boundingRect().center()
    window.canvas.select_field(low)  # make sure it is scrolled into view before clicking
    qtbot.wait(1)
    viewport_pos = window.canvas.mapFromScene(centre)
    with qtbot.waitSignal(window.canvas.fieldActivated, timeout=journey.TIMEOUT_MS):
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=viewport_pos)
    assert window.fields.current_field == low
    current = window.fields.proxy.mapToSource(window.fields.table.currentIndex())
    assert current.row() == low
    assert window.fields.magnifier.pixmap() is not None and not window.fields.magnifier.pixmap().isNull()
    # ...and the keyboard follows: a digit typed now edits that field, it does not zoom the image
    zoom = window.canvas.zoom()
    focused = window.focusWidget()
    assert focused is window.fields.table
    qtbot.keyClicks(focused, "1")
    assert window.fields.editing() and window.fields.value_edit.text() == "1"
    assert window.canvas.zoom() == zoom
    qtbot.keyClick(window.fields.value_edit, Qt.Key.Key_Escape)
    assert not window.fields.editing() and fields[low].value == fields[low].ocr_value
    # the image itself takes the review keys too (a clerk who clicked the page background)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F2)
    assert window.fields.editing()
    qtbot.keyClick(window.fields.value_edit, Qt.Key.Key_Escape)

    # selecting a row selects its box
    other = next(i for i, f in enumerate(fields) if f.boxes and i != low)
    window.fields.table.setCurrentIndex(window.fields.proxy.mapFromSource(
        window.fields.model.index(other, COL_VALUE)))
    assert window.canvas.selected_field() == other
    assert window.fields.current_field == other

    # correct a value in the editor next to the magnified crop (Thai text, typed as a clerk would)
    window.select_field(low)
    edit = window.fields.value_edit
    assert edit.isEnabled()
    ocr_value = fields[low].ocr_value
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    journey.ime_type(edit, "กรุงเทพมหานคร")
    assert edit.text() == "กรุงเทพมหานคร"
    assert window.has_unsaved()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    field = fields[low]
    assert field.value == "กรุงเทพมหานคร"
    assert field.ocr_value == ocr_value  # the OCR value is kept
    assert field.state == FieldState.CORRECTED
    assert field.history[-1].action == "edit" and field.history[-1].new == "กรุงเทพมหานคร"
    assert field.history[-1].old == ocr_value

    # confirm another field as it is
    window.select_field(other)
    window.fields.confirm_button.click()
    assert fields[other].state == FieldState.CONFIRMED

    # Ctrl+S saves beside the image, atomically; the unsaved mark goes away
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    journey.wait_io(qtbot, window)  # written on the IO worker, never in the GUI thread
    saved = sample_image.with_name(sample_image.name + ".review.json")
    assert saved.exists()
    assert not window.isWindowModified()
    assert "vehicle_book.png.review.json" in window.windowTitle()
    saved_text = saved.read_text(encoding="utf-8")
    assert "test-key-not-secret" not in saved_text  # never a secret in a review file
    original = reviewfile.dumps(window.session.document, base_dir=saved.parent)

    # reopen: image, fields, values, states and history come back exactly
    window.session.close()
    assert window.open_paths([str(saved)])
    journey.wait_io(qtbot, window)
    journey.wait_for_image(qtbot, window)
    reopened = window.session.document
    assert reviewfile.dumps(reopened, base_dir=saved.parent) == original
    again = window.fields.model.fields()
    assert again[low].value == "กรุงเทพมหานคร" and again[low].state == FieldState.CORRECTED
    assert again[low].ocr_value == ocr_value
    assert [h.action for h in again[low].history] == [h.action for h in field.history]
    assert again[other].state == FieldState.CONFIRMED
    assert len(window.canvas.box_items()) == len(boxes)
    assert not window.isWindowModified()
    assert str(saved) in settings.recent_files()


def test_edit_in_the_table_cell_commits_and_missing_fields_show(
        qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    fields = window.fields.model.fields()
    model = window.fields.model
    missing = [i for i, f in enumerate(fields) if f.missing]
    for i in missing:  # `{}` fields are listed (as missing), not hidden
        assert model.data(model.index(i, COL_VALUE)) == "(missing)"
    # a correction typed into the table cell itself (double-click, Thai input, Enter) is kept as a
    # correction, not lost to a "confirm" of the OCR value (Qt commits a cell's text on a queued call)
    def type_in_cell(key_name: str, text: str, modifier=Qt.KeyboardModifier.NoModifier) -> int:
        row = next(i for i, f in enumerate(fields) if f.key == key_name)
        index = window.fields.proxy.mapFromSource(model.index(row, COL_VALUE))
        window.fields.table.scrollTo(index)
        where = window.fields.table.visualRect(index).center()
        qtbot.mouseClick(window.fields.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(window.fields.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        cell = window.focusWidget()
        assert cell.parent() is window.fields.table.viewport()  # the in-place editor is open
        cell.selectAll()
        cell.del_()
        journey.ime_type(cell, text)
        qtbot.keyClick(cell, Qt.Key.Key_Return, modifier)
        qtbot.wait(1)  # let any queued commit run: it must not change the outcome
        return row

    target = type_in_cell("color", "ขาว")
    assert fields[target].value == "ขาว" and fields[target].ocr_value != "ขาว"
    assert fields[target].state == FieldState.CORRECTED
    assert [h.action for h in fields[target].history] == ["edit"]
    assert window.fields.current_field != target  # Enter went on to the next field
    assert window.isWindowModified()
    # Shift+Enter in the cell: kept too, and the list stays on the field
    stay = type_in_cell("type_fuel", "ดีเซล", Qt.KeyboardModifier.ShiftModifier)
    assert fields[stay].value == "ดีเซล" and fields[stay].state == FieldState.CORRECTED
    assert window.fields.current_field == stay
    # a correction typed in the cell that fails a check stops once to show why, as in the editor
    owner_id = type_in_cell("ownership_number_of_card", "1101700123457")  # a wrong check digit
    assert any(c.severity == "error" for c in fields[owner_id].checks)
    assert window.fields.current_field == owner_id and "fails a check" in window.status_label.text()
    # low confidence first puts every field needing attention above the sure ones
    window.fields.low_first.setChecked(True)
    order = [window.fields.proxy.mapToSource(window.fields.proxy.index(r, 0)).row()
             for r in range(window.fields.proxy.rowCount())]
    # (each field against its own threshold: per-field overrides, and a failed check is "bad")
    from desktop_app.gui.widgets.fields_model import BAND_ROLE

    bands = [model.data(model.index(i, 0), BAND_ROLE) for i in order]
    first_sure = bands.index("high")
    assert all(b == "high" for b in bands[first_sure:])
    assert all(b != "high" for b in bands[:first_sure])


def test_drop_files_onto_the_window_opens_them(qtbot, journey, make_window, sample_image):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_image))])
    event = QDropEvent(QPointF(700, 450), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.has_images, timeout=journey.TIMEOUT_MS)
    assert window.session.image_paths[0] == sample_image
    journey.wait_for_image(qtbot, window)
    assert "vehicle_book.png" in window.windowTitle()


def test_the_image_the_list_and_the_editor_leave_a_dropped_file_to_the_window(qtbot, make_window):
    """A file dropped on a part of the window opens it, never pastes its path there: the views
    refuse drops in their viewports too, where the mouse is."""
    window = make_window()
    assert window.acceptDrops()
    for view in (window.canvas, window.fields.table):
        assert not view.acceptDrops() and not view.viewport().acceptDrops(), type(view).__name__
    assert not window.fields.value_edit.acceptDrops()


def test_passport_face_is_shown(qtbot, journey, make_window, settings, standin, tmp_path):
    import shutil

    provider = "aigen-passport-v2"
    journey.use_standin(settings, standin, provider)
    settings.set_option(provider, "return_face", True)
    image = tmp_path / "passport.png"
    shutil.copyfile(samples_dir() / "passport.png", image)
    window = make_window(provider)
    assert window.provider_bar.options() == {"return_face": True}
    window.open_paths([str(image)])
    import threading

    from desktop_app.core.providers import face_image

    decoded_here = []  # the face is decoded on the OCR worker, never when the window shows it
    original = face_image.face_photo

    def watched(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            decoded_here.append(1)
        return original(*args, **kwargs)

    face_image.face_photo = watched
    try:
        journey.run_and_wait(qtbot, window)
    finally:
        face_image.face_photo = original
    assert standin.requests[-1].options.get("return_face") is True
    assert window.face.has_image() and window.face_dock.isVisible() and not decoded_here
    window.grab().save(str(tmp_path / "passport-window.png"))


def test_a_key_the_catalogue_does_not_know_shows_under_its_raw_key(
        qtbot, journey, make_window, settings, standin, sample_image):
    """An API that starts sending a new key: kept, listed under the raw key, never dropped."""
    from desktop_app.gui.widgets.fields_model import COL_LABEL_EN, COL_LABEL_TH

    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    saved = sample_image.with_name(sample_image.name + ".review.json")
    window.save()
    journey.wait_io(qtbot, window)
    data = json.loads(saved.read_text(encoding="utf-8"))
    new = dict(data["pages"][0]["fields"][0], key="brand_new_field", label_th="brand_new_field",
               label_en="brand_new_field", ocr_value="X1", value="X1", history=[], checks=[])
    data["pages"][0]["fields"].append(new)
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    window.session.close()
    assert window.open_paths([str(saved)])
    journey.wait_io(qtbot, window)
    model = window.fields.model
    row = next(i for i, f in enumerate(model.fields()) if f.key == "brand_new_field")
    assert model.data(model.index(row, COL_LABEL_TH)) == "brand_new_field"
    assert model.data(model.index(row, COL_LABEL_EN)) == "brand_new_field"
    assert model.data(model.index(row, COL_VALUE)) == "X1"
    assert "brand_new_field" in model.data(model.index(row, COL_LABEL_EN), Qt.ItemDataRole.ToolTipRole)


def test_the_list_shows_every_change_of_a_field_it_has_shown(qapp):
    """The list keeps what each cell shows (a paint asks every role of every cell on screen): an
    edit, a new threshold, the presentation mask and a new document each show at once, the same
    through the view's one-call-a-cell path (multiData) as through `data`."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    from desktop_app.core.model import Document, Field, Page, Source
    from desktop_app.gui.state.session import Session
    from desktop_app.gui.widgets.fields_model import COL_CONFIDENCE, FieldsModel
    from desktop_app.gui.widgets.fields_proxy import AttentionProxy

    def document(value: str) -> Document:
        fields = [Field(key=f"k{i}", label_th="", label_en="", ocr_value=value, value=value,
                        confidence=0.85) for i in range(3)]
        return Document(doc_type="vehicle_book", sources=[Source("/x.png", "0" * 64, 10, 10)],
                        provider_id="demo", endpoint="", options={},
                        pages=[Page(index=0, width=10, height=10, fields=fields)])

    session = Session()
    session.open_loaded(document("old"), None, [])
    model = FieldsModel(session)
    proxy = AttentionProxy()
    proxy.setSourceModel(model)
    model.set_page(0)
    model.set_threshold(0.8)

    def shown(row: int, col: int) -> tuple[str, str]:
        role = QModelRoleData(Qt.ItemDataRole.DisplayRole)
        proxy.index(row, col).multiData(QModelRoleDataSpan(role))
        return proxy.index(row, col).data(), role.data()

    assert shown(1, COL_VALUE) == ("old", "old")
    assert shown(1, COL_CONFIDENCE) == ("0.85", "0.85")
    session.set_value(0, 1, "new")
    assert shown(1, COL_VALUE) == ("new", "new") and shown(0, COL_VALUE) == ("old", "old")
    model.set_threshold(0.9)  # below the threshold now: the mark says so
    assert shown(1, COL_CONFIDENCE) == ("▼ 0.85", "▼ 0.85")
    model.masker = lambda f: "•••"
    model.reset()
    assert shown(2, COL_VALUE) == ("•••", "•••")
    assert not model.flags(model.index(2, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable
    model.masker = None
    session.open_loaded(document("other"), None, [])  # a new document before the list is reset
    assert shown(2, COL_VALUE) == ("other", "other")
    assert model.flags(model.index(2, COL_VALUE)) & Qt.ItemFlag.ItemIsEditable


def test_a_document_opened_draws_its_boxes_once(qtbot, journey, make_window, sample_image):
    """Issue 12: the boxes drawn when the document opens are kept when its page's image arrives
    (they were drawn a second time, the same boxes, in the turn that shows the image)."""
    import copy

    window = make_window("demo")
    assert window.open_paths([str(sample_image)])
    journey.wait_for_image(qtbot, window)
    journey.run_and_wait(qtbot, window)
    document = copy.deepcopy(window.session.document)
    window.session.close()
    qtbot.waitUntil(lambda: window.canvas.image().isNull())
    drawn: list[int] = []
    set_fields = window.canvas.set_fields
    window.canvas.set_fields = lambda fields, threshold: (drawn.append(len(fields)),  # type: ignore[method-assign]
                                                          set_fields(fields, threshold))
    window.session.restore(document, None, unsaved=False)
    journey.wait_for_image(qtbot, window)
    fields = window.fields.model.fields()
    assert drawn == [len(fields)]
    assert len(window.canvas.box_items()) == sum(len(f.boxes) for f in fields) > 10
