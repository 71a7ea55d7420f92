"""Journey: review the demo vehicle book and the demo ID card with the keyboard alone.

Every key goes to the widget that has the keyboard focus (`QApplication.focusWidget()`), as a
clerk's keys do; Thai text arrives as input-method events (a pre-edit, then a commit string), as a
Thai input method delivers it. Then the saved review file is read back with core.reviewfile.load
and its states, values, normalized dates, checks and history are checked.
"""

from __future__ import annotations

import getpass
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop_app.core import reviewfile
from desktop_app.core.model import FieldState, ReviewStatus, Severity
from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
REVIEWER = "สมชาย ใจดี"


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifiers)


def type_ascii(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClick(focused(), char)


def type_thai(text: str) -> None:
    """A Thai input method: per character a pre-edit, then its commit, each to the focused widget."""
    for char in text:
        QApplication.sendEvent(focused(), QInputMethodEvent(char, []))
        commit = QInputMethodEvent("", [])
        commit.setCommitString(char)
        QApplication.sendEvent(focused(), commit)


def current_key(window) -> str:
    return window.fields.model.fields()[window.fields.current_field].key


def copy_sample(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    target = folder / f"{name}.png"
    shutil.copyfile(samples_dir() / f"{name}.png", target)
    return target


def open_and_run(qtbot, journey, window, image: Path) -> None:
    assert window.open_paths([str(image)])
    journey.wait_for_image(qtbot, window)
    window.activateWindow()
    window.fields.table.setFocus()  # where the window leaves the focus after opening a file
    with qtbot.waitSignal(window.runner.busyChanged, timeout=journey.TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        key(qtbot, Qt.Key.Key_R, CTRL)  # Ctrl+R runs OCR
    assert window.session.document is not None, window.message_bar.text


def by_key(document, key_name: str):
    return next(f for _, f in document.all_fields() if f.key == key_name)


FIXED_ADDRESS = "123/45 ถนนทดสอบ แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110"


def test_vehicle_book_by_keyboard(qtbot, journey, make_window, settings, tmp_path):
    settings.reviewer = REVIEWER
    image = copy_sample(tmp_path, "vehicle_book")
    window = make_window("demo")
    open_and_run(qtbot, journey, window, image)
    doc = window.session.document
    assert by_key(doc, "province").checks[0].id == "province.unknown"  # checks ran after OCR
    assert by_key(doc, "registration_date").normalized == "2019-03-15"
    # the first field needing attention is selected, on the image too, and has the focus
    assert current_key(window) == "province"
    assert focused() is window.fields.table
    assert window.canvas.selected_field() == window.fields.current_field
    pending = [f.key for f in (window.session.field(*p) for p in window.review.attention().pending())]
    assert pending == ["province", "color", "car_number", "horsepower", "date_of_posession",
                       "ownership_number_of_card",  # 0.96 is below the ID number's stricter 0.97
                       "ownership_adress"]  # the postcode does not fit the address
    assert "Need attention: 7" in window.review.summary_label.text()

    # Ctrl+Shift+Enter confirms every high-confidence field at once, leaving the seven
    key(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    unreviewed = [f.key for _, f in doc.all_fields() if f.state == FieldState.UNREVIEWED]
    assert unreviewed == pending
    assert current_key(window) == "province"

    # Alt+Enter accepts the closest province name; on to the next field needing attention
    assert "Alt+Enter" in window.fields.checks_label.text()
    key(qtbot, Qt.Key.Key_Return, ALT)
    assert by_key(doc, "province").value == "กรุงเทพมหานคร"
    assert current_key(window) == "color"

    # just typing (Thai, through the input method) replaces the value; Enter commits and moves on
    type_thai("เทา")
    assert focused() is window.fields.value_edit and window.fields.value_edit.text() == "เทา"
    key(qtbot, Qt.Key.Key_Return)
    assert by_key(doc, "color").value == "เทา"
    assert current_key(window) == "car_number"
    assert focused() is window.fields.table

    # the chassis number's O/0 confusion: the VIN check suggests the fix, Alt+Enter takes it
    key(qtbot, Qt.Key.Key_Return, ALT)
    assert by_key(doc, "car_number").value == "MRHFC1632KP012345"
    assert current_key(window) == "horsepower"

    type_ascii(qtbot, "173")  # the missing horsepower
    key(qtbot, Qt.Key.Key_Return)
    assert current_key(window) == "date_of_posession"

    # F2 edits the date in place: 2582 -> 2562 (the future-date warning goes away)
    assert any(c.id == "date.in_future" for c in by_key(doc, "date_of_posession").checks)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Backspace)
    key(qtbot, Qt.Key.Key_Backspace)
    type_ascii(qtbot, "62")
    key(qtbot, Qt.Key.Key_Return)
    assert by_key(doc, "date_of_posession").checks == []
    assert current_key(window) == "ownership_number_of_card"

    key(qtbot, Qt.Key.Key_Return)  # fine as read: Enter confirms
    assert current_key(window) == "ownership_adress"

    # the postcode misread (10170 for 10110): the address check offers the consistent address
    address = by_key(doc, "ownership_adress")
    assert [c.id for c in address.checks] == ["address.mismatch"]
    key(qtbot, Qt.Key.Key_Return, ALT)
    assert address.value == FIXED_ADDRESS and address.checks == []
    assert window.review.attention().pending() == []  # nothing needs attention any more

    # Ctrl+Z undoes the last change, Ctrl+Shift+Z does it again
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert address.value == address.ocr_value and address.checks
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert address.value == FIXED_ADDRESS
    # ...and three times more back through the confirm and the date correction, and forward again
    card = by_key(doc, "ownership_number_of_card")
    date_field = by_key(doc, "date_of_posession")
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Z, CTRL)
    assert card.state == FieldState.UNREVIEWED
    assert date_field.value == "15 มีนาคม 2582" and date_field.state == FieldState.UNREVIEWED
    assert any(c.id == "date.in_future" for c in date_field.checks)  # checks follow undo
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert date_field.value == "15 มีนาคม 2562" and card.state == FieldState.CONFIRMED
    assert address.value == FIXED_ADDRESS

    # Ctrl+Enter signs the document off; Ctrl+S saves it
    with qtbot.waitSignal(window.session.signedOff, timeout=1000):
        key(qtbot, Qt.Key.Key_Return, CTRL)
    assert doc.review.status == ReviewStatus.REVIEWED
    assert window.isWindowModified()
    key(qtbot, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    assert not window.isWindowModified()
    window.grab().save(str(tmp_path / "vehicle-book-reviewed.png"))

    saved = reviewfile.load(image.with_name(image.name + ".review.json"))
    fields = {f.key: f for _, f in saved.all_fields()}
    corrected = {"province": "กรุงเทพมหานคร", "color": "เทา", "car_number": "MRHFC1632KP012345",
                 "horsepower": "173", "date_of_posession": "15 มีนาคม 2562", "ownership_adress": FIXED_ADDRESS}
    for name, f in fields.items():
        if name in corrected:
            assert (f.state, f.value) == (FieldState.CORRECTED, corrected[name]), name
        else:
            assert f.state == FieldState.CONFIRMED and f.value == f.ocr_value, name
    assert fields["date_of_posession"].normalized == "2019-03-15"
    assert fields["registration_date"].normalized == "2019-03-15"
    assert fields["ownership_birthday_date"].normalized == "1985-07-12"
    assert fields["province"].normalized == "กรุงเทพมหานคร"
    assert not any(c.severity == Severity.ERROR for f in fields.values() for c in f.checks)
    assert [c.id for c in fields["ownership_number_of_card"].checks] == ["thai_id.kind"]  # a note

    every = [h for f in fields.values() for h in f.history] + saved.review.history
    assert every and all(h.by == REVIEWER and h.at for h in every)
    province = fields["province"].history
    assert [(h.action, h.old, h.new, h.note) for h in province] == [
        ("suggestion", "กรงเทพมหานคร", "กรุงเทพมหานคร", "province.unknown")]
    assert [(h.action, h.old, h.new) for h in fields["color"].history] == [("edit", "เกา", "เทา")]
    assert [(h.action, h.old, h.new) for h in fields["horsepower"].history] == [("edit", None, "173")]
    assert [(h.action, h.old, h.new, h.note) for h in fields["date_of_posession"].history] == [
        ("edit", "15 มีนาคม 2582", "15 มีนาคม 2562", None),
        ("undo", "15 มีนาคม 2562", "15 มีนาคม 2582", "edit"),
        ("edit", "15 มีนาคม 2582", "15 มีนาคม 2562", "redo")]
    assert [(h.action, h.old, h.new, h.note) for h in fields["ownership_number_of_card"].history] == [
        ("confirm", "unreviewed", "confirmed", None),
        ("undo", "confirmed", "unreviewed", "confirm"),
        ("confirm", "unreviewed", "confirmed", "redo")]
    assert [(h.action, h.note) for h in fields["ownership_adress"].history] == [
        ("suggestion", "address.mismatch"), ("undo", "suggestion"), ("suggestion", "redo: address.mismatch"),
        ("undo", "suggestion"), ("suggestion", "redo: address.mismatch")]
    assert [(h.action, h.new, h.note) for h in fields["brand_car"].history] == [
        ("confirm", "confirmed", "confirm-all")]
    assert [(h.action, h.old, h.new) for h in saved.review.history] == [
        ("status", "unreviewed", "in_review"), ("signoff", "in_review", "reviewed")]
    assert saved.review.status == ReviewStatus.REVIEWED and saved.review.reviewer == REVIEWER
    assert saved.review.seconds_spent >= 0.0


def test_id_card_by_keyboard_sign_off_accepts_the_untouched(qtbot, journey, make_window, settings, tmp_path):
    image = copy_sample(tmp_path, "thai_id_card")  # no reviewer name set: the OS user is recorded
    window = make_window("demo")
    open_and_run(qtbot, journey, window, image)
    doc = window.session.document
    assert current_key(window) == "surname_en"

    key(qtbot, Qt.Key.Key_F2)  # Satitngan -> Satitngam
    key(qtbot, Qt.Key.Key_Backspace)
    type_ascii(qtbot, "m")
    key(qtbot, Qt.Key.Key_Return)
    assert by_key(doc, "surname_en").value == "Satitngam"
    assert current_key(window) == "religion"  # missing: the clerk looks, and confirms it empty
    key(qtbot, Qt.Key.Key_Return)
    assert current_key(window) == "address_postcode"
    key(qtbot, Qt.Key.Key_Return)
    assert window.review.attention().pending() == []

    # Tab and Shift+Tab walk through every field, whatever it needs
    key(qtbot, Qt.Key.Key_Tab)
    after = current_key(window)
    key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Backtab)
    assert current_key(window) != after
    key(qtbot, Qt.Key.Key_Tab)

    key(qtbot, Qt.Key.Key_Z, CTRL)  # undo the last confirm and do it again
    assert by_key(doc, "address_postcode").state == FieldState.UNREVIEWED
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert by_key(doc, "address_postcode").state == FieldState.CONFIRMED

    key(qtbot, Qt.Key.Key_Return, CTRL)  # sign-off: the 22 untouched fields are accepted with it
    assert doc.review.status == ReviewStatus.REVIEWED
    assert all(f.state != FieldState.UNREVIEWED for _, f in doc.all_fields())
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the whole sign-off is one step
    assert doc.review.status == ReviewStatus.IN_REVIEW
    assert by_key(doc, "id_number").state == FieldState.UNREVIEWED
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert doc.review.status == ReviewStatus.REVIEWED
    key(qtbot, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    window.grab().save(str(tmp_path / "id-card-reviewed.png"))

    saved = reviewfile.load(image.with_name(image.name + ".review.json"))
    fields = {f.key: f for _, f in saved.all_fields()}
    assert fields["surname_en"].state == FieldState.CORRECTED
    assert [(h.action, h.old, h.new) for h in fields["surname_en"].history] == [
        ("edit", "Satitngan", "Satitngam")]
    assert [(h.action, h.old, h.new) for h in fields["religion"].history] == [
        ("confirm", "unreviewed", "confirmed")]
    assert [(h.action, h.old, h.new, h.note) for h in fields["id_number"].history] == [
        ("signoff", "unreviewed", "accepted", None),
        ("undo", "accepted", "unreviewed", "signoff"),
        ("signoff", "unreviewed", "accepted", "redo")]
    signed = [k for k, f in fields.items() if f.history and f.history[0].action == "signoff"]
    assert len(signed) == 22 and all(fields[k].state == FieldState.ACCEPTED for k in signed)
    assert fields["dob_th"].normalized == fields["dob_en"].normalized == "1992-11-03"
    assert fields["doe_th"].normalized == "2031-11-02" and fields["doi_en"].normalized == "2023-01-12"
    assert fields["id_number"].normalized == "3700500098768"
    assert all(f.checks == [] for f in fields.values() if f.key != "address_province")
    user = getpass.getuser()
    assert all(h.by == user for f in fields.values() for h in f.history)
    assert saved.review.reviewer == user
    assert [(h.action, h.new) for h in saved.review.history] == [
        ("status", "in_review"), ("signoff", "reviewed"), ("undo", "in_review"), ("signoff", "reviewed")]


# --- keys and input methods ----------------------------------------------------------------------

@pytest.fixture
def reviewing(qtbot, journey, make_window, settings, tmp_path):
    window = make_window("demo")
    open_and_run(qtbot, journey, window, copy_sample(tmp_path, "vehicle_book"))
    return window


def _shortcut_is_safe(sequence: QKeySequence) -> bool:
    """A shortcut a typed value can never fire: with Ctrl/Alt/Meta, or a function key."""
    combo = sequence[0]
    mods = combo.keyboardModifiers()
    command = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
        | Qt.KeyboardModifier.MetaModifier
    return bool(mods & command) or Qt.Key.Key_F1 <= combo.key() <= Qt.Key.Key_F35


def test_typing_into_the_value_editor_never_fires_an_action(qtbot, reviewing):
    window = reviewing
    actions = window.findChildren(QAction)
    assert len(actions) > 20
    for action in actions:
        for sequence in action.shortcuts():
            assert _shortcut_is_safe(sequence), (action.text(), sequence.toString())
    fired: list[str] = []
    for action in actions:
        action.triggered.connect(lambda _=False, a=action: fired.append(a.text()))

    before = window.session.undo_stack.count()
    key(qtbot, Qt.Key.Key_F2)
    editor = window.fields.value_edit
    assert focused() is editor
    editor.clear()
    printable = [chr(c) for c in range(0x20, 0x7F)]
    for char in printable:
        qtbot.keyClick(editor, char)
    for modifier in (SHIFT, Qt.KeyboardModifier.KeypadModifier):  # shifted and keypad keys too
        for char in "0123456789+-*/.=":
            QApplication.sendEvent(editor, QKeyEvent(QKeyEvent.Type.KeyPress, ord(char), modifier, char))
    thai = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาำิีึืุูเแโใไ่้๊๋็์๐๑๒๓๔๕๖๗๘๙"
    for char in thai:  # a Thai keyboard layout: key presses carrying Thai text
        QApplication.sendEvent(editor, QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier,
                                                 char))
    type_thai("กรุงเทพฯ")  # and a Thai input method's commits
    assert fired == []
    assert focused() is editor
    assert editor.text().startswith(" !\"#$%&'()*+,-./0123456789")
    assert editor.text().endswith("กรุงเทพฯ")
    assert window.session.undo_stack.count() == before  # nothing was committed while typing


def test_enter_escape_and_tab_belong_to_the_input_method_while_composing(qtbot, reviewing):
    window = reviewing
    start = window.fields.current_field
    province = window.session.field(0, start)
    editor = window.fields.value_edit
    QApplication.sendEvent(focused(), QInputMethodEvent("ก", []))  # a composition starts on the list
    assert focused() is editor and window.review.keys.composing
    for k in (Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab):
        qtbot.keyClick(editor, k)
    assert window.fields.current_field == start and focused() is editor  # nothing moved or closed
    assert province.state == FieldState.UNREVIEWED
    commit = QInputMethodEvent("", [])
    commit.setCommitString("ก")
    QApplication.sendEvent(editor, commit)
    assert not window.review.keys.composing and editor.text() == "ก"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Escape cancels the edit: the value stays
    assert focused() is window.fields.table and editor.text() == province.value
    assert province.value == "กรงเทพมหานคร" and province.state == FieldState.UNREVIEWED


def test_shift_enter_confirms_and_stays_and_ctrl_z_reaches_the_document_from_the_editor(qtbot, reviewing):
    window = reviewing
    start = window.fields.current_field
    field = window.session.field(0, start)
    key(qtbot, Qt.Key.Key_Return, SHIFT)
    assert field.state == FieldState.CONFIRMED and window.fields.current_field == start
    key(qtbot, Qt.Key.Key_F2)  # in the editor, nothing typed: Ctrl+Z undoes the confirm
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert field.state == FieldState.UNREVIEWED
    type_ascii(qtbot, "xy")  # with text typed, Ctrl+Z is the editor's own
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert field.state == FieldState.UNREVIEWED and window.session.undo_stack.canRedo()
    assert window.fields.value_edit.text() != field.value + "xy"


def test_reject_with_a_reason_is_recorded_and_undoable(qtbot, reviewing):
    window = reviewing
    window.review.ask_reject_reason = lambda: "ภาพไม่ชัด / image unreadable"
    key(qtbot, Qt.Key.Key_Backspace, CTRL | SHIFT)
    review = window.session.document.review
    assert review.status == ReviewStatus.REJECTED
    assert (review.history[-1].action, review.history[-1].new, review.history[-1].note) == (
        "status", "rejected", "ภาพไม่ชัด / image unreadable")
    assert "Rejected" in window.review.summary_label.text()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert review.status == ReviewStatus.UNREVIEWED
    assert review.history[-1].action == "undo"
    # a field change after a rejection reopens the review
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Return)
    assert review.status == ReviewStatus.IN_REVIEW


def test_shortcut_sheet_opens_with_f1_and_ctrl_slash(qtbot, reviewing):
    window = reviewing
    key(qtbot, Qt.Key.Key_F1)
    sheet = window.review.sheet
    assert sheet.isVisible()
    texts = [sheet.table.item(r, c).text() for r in range(sheet.table.rowCount()) for c in range(2)]
    assert "Ctrl+Enter" in texts and any("Mark the document reviewed" in t for t in texts)  # in English
    sheet.grab().save(str(Path(window.session.image_paths[0]).parent / "sheet.png"))
    sheet.close()
    window.fields.table.setFocus()
    key(qtbot, Qt.Key.Key_Slash, CTRL)
    assert window.review.sheet is not sheet and window.review.sheet.isVisible()
    window.review.sheet.close()


def test_unsaved_mark_follows_the_undo_stack(qtbot, journey, reviewing):
    window = reviewing
    key(qtbot, Qt.Key.Key_S, CTRL)
    journey.wait_io(qtbot, window)
    assert not window.isWindowModified()
    key(qtbot, Qt.Key.Key_Return)  # a confirm: unsaved
    assert window.isWindowModified()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # undone: back to what is saved
    assert not window.isWindowModified()
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.isWindowModified()


def test_focus_follows_into_the_image(qtbot, reviewing):
    from desktop_app.gui.widgets.canvas import box_scene_rect

    window = reviewing
    for _ in range(6):
        window.canvas.zoom_in()  # far closer than the whole page
    for _ in range(12):
        key(qtbot, Qt.Key.Key_Tab)
        index = window.fields.current_field
        assert window.canvas.selected_field() == index
        box = box_scene_rect(window.session.field(0, index))
        if box.isEmpty():
            continue
        visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
        assert visible.contains(box.center()), window.session.field(0, index).key


def test_a_correction_that_fails_a_check_stops_once_to_show_why(qtbot, journey, make_window, tmp_path):
    """The clerk mistypes the ID number's check digit: Enter commits it but stays, the error shown
    under it; a second Enter goes on as it is (checks never block)."""
    window = make_window("demo")
    open_and_run(qtbot, journey, window, copy_sample(tmp_path, "thai_id_card"))
    doc = window.session.document
    while current_key(window) != "id_number":  # Shift+Tab from surname_en back up to the ID number
        key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Backspace)
    type_ascii(qtbot, "9")  # 370050009876 + 9: a wrong check digit
    key(qtbot, Qt.Key.Key_Return)
    field = by_key(doc, "id_number")
    assert field.state == FieldState.CORRECTED and field.value.endswith("9")
    assert any(c.severity == "error" for c in field.checks)
    assert current_key(window) == "id_number"  # stayed, with the reason on screen
    assert "fails a check" in window.status_label.text()
    key(qtbot, Qt.Key.Key_Return)
    assert current_key(window) != "id_number" and field.state == FieldState.CORRECTED


def test_enter_that_moves_on_fills_the_editor_once_for_the_next_field(qtbot, reviewing):
    """The committed field's editor is not refreshed first: the next field replaces it at once."""
    window = reviewing
    while current_key(window) != "color":
        key(qtbot, Qt.Key.Key_Tab)
    start = window.fields.current_field
    before = window.session.field(0, start).value
    filled: list[tuple[int, int] | None] = []
    fill = window.fields.pending.fill
    window.fields.pending.fill = lambda where, text="": (filled.append(where), fill(where, text))[1]
    type_thai("เทา")
    key(qtbot, Qt.Key.Key_Return)
    field = window.session.field(0, start)
    assert field.state == FieldState.CORRECTED and field.value == "เทา"
    nxt = window.fields.current_field
    assert nxt != start and filled == [(0, nxt)]
    assert window.fields.value_edit.text() == (window.session.field(0, nxt).value or "")
    assert not window.fields.has_pending_edit() and focused() is window.fields.table
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the list has the focus: Ctrl+Z undoes the commit
    assert field.value == before and field.state == FieldState.UNREVIEWED


def test_enter_that_moves_on_shows_only_the_next_fields_checks(qtbot, reviewing, monkeypatch):
    """The checks run again after the commit; the committed field's check lines are not shown
    first (the next field's replace them at once), and a correction that stays shows its own."""
    from desktop_app.gui import i18n
    from desktop_app.gui.widgets import fields_panel

    window = reviewing
    while current_key(window) != "color":
        key(qtbot, Qt.Key.Key_Tab)
    start = window.fields.current_field
    shown: list[str] = []
    original = fields_panel.checks_html
    monkeypatch.setattr(fields_panel, "checks_html",
                        lambda f, *args: (shown.append(f.key), original(f, *args))[1])
    type_thai("เทา")
    key(qtbot, Qt.Key.Key_Return)
    nxt = window.fields.current_field
    assert nxt != start and shown == [window.session.field(0, nxt).key]
    assert window.fields.checks_label.text() == original(window.session.field(0, nxt), i18n.language(),
                                                         window.fields.suggestion_keys)


def _layout_requests(widget) -> list[str]:
    """The class names of what gets a LayoutRequest at `widget`, from now on (the filter lives as
    long as the widget)."""
    from PySide6.QtCore import QEvent, QObject

    seen: list[str] = []

    class Layouts(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.LayoutRequest:
                seen.append(type(watched).__name__)
            return False

    widget.installEventFilter(Layouts(widget))
    return seen


def test_the_summary_changing_after_an_edit_lays_nothing_out_again(qtbot, reviewing):
    """The status bar's summary (errors, warnings, needing attention) changes after nearly every
    Enter; its new counts are shown without the status bar being laid out again, and the window
    after it (issue 12: half a millisecond of each Enter)."""
    window = reviewing
    summary = window.review.summary_label
    qtbot.wait(5)
    laid_out = _layout_requests(window.statusBar())
    before = summary.text()
    pos = window.review.current()
    window.session.set_state(*pos, FieldState.CONFIRMED)  # one field fewer needs attention
    qtbot.wait(5)
    assert summary.text() != before and "Need attention" in summary.text()
    assert laid_out == []
    assert summary.width() >= summary.sizeHint().width()  # the new text fits whole


def test_new_editor_texts_lay_out_the_editor_alone(qtbot, reviewing):
    """Confirming a field changes the editor's texts (its state), not its size: the editor is laid
    out again, not the field panel and the window above it (issue 12: 0.3 ms of every Enter). A
    change of what the panel lays out still lays it out."""
    window = reviewing
    fields = window.fields
    qtbot.wait(5)
    laid_out = _layout_requests(fields)  # the panel: laid out again after the splitter in it
    pos = window.review.current()
    assert window.session.field(*pos).state == FieldState.UNREVIEWED
    before = fields.ocr_label.text()
    window.session.set_state(*pos, FieldState.CONFIRMED)
    qtbot.wait(5)
    assert fields.ocr_label.text() != before  # "... · confirmed"
    assert laid_out == []
    editor = fields.splitter.widget(1)
    taller = editor.height() + 40
    editor.setMinimumHeight(taller)
    qtbot.waitUntil(lambda: editor.height() >= taller, timeout=5000)
