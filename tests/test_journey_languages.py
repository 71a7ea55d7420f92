"""A clerk in Vietnam picks Tiếng Việt, a clerk in Bangkok Thai: the window, Qt's own menus and
buttons, counts and menu accelerators follow, and switching back restores English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit

from desktop_app.gui import i18n

pytest_plugins = ["gui_helpers"]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def every_action(window):
    seen = []
    for top in window.menuBar().actions():
        stack = [top.menu()]
        while stack:
            menu = stack.pop()
            for action in menu.actions():
                if action.menu() is not None:
                    stack.append(action.menu())
                elif action.text() and not action.isSeparator():
                    seen.append(action)
    return seen


def test_the_window_speaks_vietnamese_and_switches_back(qtbot, make_window, settings):
    settings.language = "vi"
    window = make_window()
    assert "&Tệp" in menu_titles(window) and "&File" not in menu_titles(window)
    assert window.status_label.text() == "Sẵn sàng"
    assert window.fields.model.headerData(2, Qt.Orientation.Horizontal) == "Giá trị"

    def shown_titles() -> list[str]:  # what the list's header itself shows (its own copy)
        header = window.fields.table.horizontalHeader()
        return [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]

    english_label = window.fields.model.headerData(1, Qt.Orientation.Horizontal)
    assert shown_titles()[:3] == ["Nhãn tiếng Việt", english_label, "Giá trị"]
    settings.language = "th"
    window.apply_settings()
    assert "ไฟล์ (&F)" in menu_titles(window)
    settings.language = "en"
    window.apply_settings()
    assert "&File" in menu_titles(window)
    assert shown_titles() == ["Thai label", "English label", "Value", "Conf.", "State", "Box"]


def test_the_settings_offer_vietnamese(qtbot, settings):
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "ไทย", "Tiếng Việt"]


@pytest.mark.parametrize("language", ["th", "vi"])
def test_the_menus_keep_their_accelerators(qtbot, make_window, settings, language):
    """Alt+letter opens a menu and picks an item in Thai and Vietnamese too: every top-level menu
    and every item of File, Edit and Review (tests/test_translations.py checks every message)."""
    settings.language = language
    window = make_window()
    menus = [a for a in window.menuBar().actions()]
    items = [a for m in (window.menu_file, window.review.menu_edit, window.review.menu_review)
             for a in m.actions() if a.text() and not a.isSeparator()
             and not a.text().endswith(("\tEnter", "\tShift+Enter"))]  # no accelerator in English either
    missing = [a.text() for a in menus + items if "&" not in a.text().replace("&&", "")]
    assert missing == [], missing
    if language == "th":  # ("&Xem" is Vietnamese in ASCII letters)
        assert [a.text() for a in menus if a.text().isascii() and "OCR" not in a.text()] == []


def test_counts_agree_in_english_and_read_naturally_in_thai(qapp):
    source = "Exported %n document(s) to {path}."
    i18n.set_language("en")
    assert i18n.tr(source, None, 1).format(path="x") == "Exported 1 document to x."
    assert i18n.tr(source, None, 3).format(path="x") == "Exported 3 documents to x."
    i18n.set_language("th")
    assert i18n.tr(source, None, 3).format(path="x") == "ส่งออก 3 เอกสารไปที่ x แล้ว"
    i18n.set_language("vi")
    assert i18n.tr(source, None, 1).format(path="x") == "Đã xuất 1 tài liệu vào x."


@pytest.mark.parametrize("language, copy, save", [("th", "คัดลอก (&C)", "บันทึก"), ("vi", "Sao &chép", "Lưu")])
def test_qts_own_words_follow_the_language(qtbot, language, copy, save):
    i18n.set_language(language)
    for editor in (QLineEdit(), QTextEdit()):
        qtbot.addWidget(editor)
        menu = editor.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert copy in texts, texts
        assert all(not t.isascii() for t in texts), texts  # no English left in the text-box menu
        menu.deleteLater()
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Save).text() == save
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() in ("ยกเลิก", "Hủy")


def test_text_read_before_a_language_is_chosen_is_in_every_language(qapp):
    text = i18n.every_language(i18n.QT_TRANSLATE_NOOP("i18n", "Something went wrong"))
    assert text.split("\n") == ["Something went wrong", "เกิดข้อผิดพลาด", "Đã xảy ra lỗi"]


def test_toolbar_buttons_drop_the_thai_accelerator_mark(qtbot, make_window, settings):
    from PySide6.QtWidgets import QToolButton

    settings.language = "th"
    window = make_window()
    texts = [b.text() for b in window.findChildren(QToolButton) if b.text()]
    assert "เปิด" in texts
    assert [t for t in texts if t.endswith(")") and t[-3:-2] == "(" and t[-2].isupper()] == []
    settings.language = "en"
    window.apply_settings()
    assert "Open" in [b.text() for b in window.findChildren(QToolButton)]


def test_a_vietnamese_clerk_reads_the_cvvn_fields_by_their_vietnamese_names(qapp):
    from desktop_app.core.model import Document, Page, Source
    from desktop_app.core.providers.common import make_field
    from desktop_app.gui.state.session import Session
    from desktop_app.gui.widgets.fields_model import COL_LABEL_TH, FieldsModel
    from desktop_app.gui.widgets.overlay import field_label

    fields = [make_field("vn_vehicle_registration", "sit", "5", 0.9),
              make_field("vn_vehicle_registration", "chassis", "RLHJC", 0.9)]
    doc = Document("vn_vehicle_registration", [Source("/x.png", "0" * 64, 10, 10)],
                   "cvvn-vehicle-registration", "https://example.invalid",
                   pages=[Page(0, 10, 10, fields=fields)])
    session = Session()
    session.open_loaded(doc, None, [])
    model = FieldsModel(session)
    model.set_page(0)

    def labels() -> list[str]:
        return [model.data(model.index(row, COL_LABEL_TH)) for row in range(model.rowCount())]

    i18n.set_language("vi")
    assert labels() == ["Chỗ ngồi", "Số khung"]
    assert model.headerData(COL_LABEL_TH, Qt.Orientation.Horizontal) == "Nhãn tiếng Việt"
    assert field_label(fields[1], "vi") == "Số khung"  # the box's label on the image too
    i18n.set_language("th")
    assert labels() == [fields[0].label_th, fields[1].label_th]  # a Thai clerk keeps the Thai column


def test_the_field_editor_names_the_field_as_the_list_does(qtbot, make_window, settings):
    """The editor's heading over the value box: in Vietnamese the field's Vietnamese name (the
    list's first column), in English and Thai its Thai name; the English name beside it always."""
    from desktop_app.core.model import Document, Page, Source
    from desktop_app.core.providers.common import make_field

    settings.language = "vi"
    window = make_window()
    field = make_field("vn_vehicle_registration", "chassis", "RLHJC", 0.9)
    doc = Document("vn_vehicle_registration", [Source("/x.png", "0" * 64, 10, 10)],
                   "cvvn-vehicle-registration", "https://example.invalid",
                   pages=[Page(0, 10, 10, fields=[field])])
    window.session.open_loaded(doc, None, [])
    window.select_field(0)
    qtbot.waitUntil(lambda: "RLHJC" == window.fields.value_edit.text())
    assert window.fields.editor_title.text() == f"Số khung · {field.label_en}"
    settings.language = "en"
    window.apply_settings()
    assert window.fields.editor_title.text() == f"{field.label_th} · {field.label_en}"


def test_a_field_without_a_vietnamese_name_is_named_once(qtbot, make_window, settings):
    """No Vietnamese name (a field made outside the catalogue): the heading does not say the
    English name twice."""
    from desktop_app.core.model import Document, Field, Page, Source

    settings.language = "vi"
    window = make_window()
    field = Field(key="color", label_th="สี", label_en="Colour", ocr_value="ขาว", value="ขาว")
    doc = Document("vehicle_book", [Source("/x.png", "0" * 64, 10, 10)], "demo", "https://example.invalid",
                   pages=[Page(0, 10, 10, fields=[field])])
    window.session.open_loaded(doc, None, [])
    window.select_field(0)
    qtbot.waitUntil(lambda: window.fields.value_edit.text() == "ขาว")
    assert window.fields.editor_title.text() == "Colour"
