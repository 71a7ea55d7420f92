"""The right-hand side of the window: the page's field list and the editor of the selected field.

The editor sits directly under a magnified crop of the field's region, so the clerk compares the
pixels with the text without moving their eyes across the screen. A value is committed (through
`Session.set_value`) when the editor loses focus or on Return, and by `commit_pending()`, which the
window calls before saving, opening, running OCR or closing: nothing typed is lost silently.
There are no single-letter shortcuts here: every printable key goes to the text being edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Field, FieldState
from .. import i18n
from ..state.session import Session
from ..workers.next_turn import after_paint
from .canvas import DocumentCanvas
from .field_editor import build_editor
from .fields_model import (
    COL_BOX,
    COL_CONFIDENCE,
    COL_LABEL_EN,
    COL_LABEL_TH,
    COL_STATE,
    COL_VALUE,
    FieldsModel,
)
from .fields_proxy import AttentionProxy
from .fields_table import LABEL_WIDTH, FieldTable, ValueDelegate, checks_html
from .magnifier import FieldMagnifier
from .pending_edit import PendingEdit
from .quiet_splitter import QuietSplitter

# The words of the computed keys state.* (scripts/codemod_tr.py)
_STATE_WORDS: dict[str, str] = {
    "state.unreviewed": i18n.QT_TRANSLATE_NOOP("i18n", "unreviewed"),
    "state.confirmed": i18n.QT_TRANSLATE_NOOP("i18n", "confirmed"),
    "state.corrected": i18n.QT_TRANSLATE_NOOP("i18n", "corrected"),
    "state.accepted": i18n.QT_TRANSLATE_NOOP("i18n", "accepted at sign-off"),
}


class FieldsPanel(QWidget):
    fieldSelected = Signal(object)  # field index in the page (int), or None
    # the editor's widgets, made by field_editor.build_editor
    editor_title: QLabel
    magnifier: FieldMagnifier
    value_edit: QLineEdit
    normalized_label: QLabel
    confirm_button: QPushButton
    ocr_label: QLabel
    checks_label: QLabel
    pageChanged = Signal(int)

    def __init__(self, session: Session, canvas: DocumentCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._canvas = canvas
        self._current: int | None = None  # selected field index (source row)
        self._syncing = False
        self._held: tuple[int, int] | None = None  # the field whose editor refresh waits (held)
        self._holding = False
        self.editor_hook: Callable[[Field], None] | None = None  # presentation mode (issue 14)

        self.model = FieldsModel(session, self)  # the session records who
        self.proxy = AttentionProxy(self)
        self.proxy.setSourceModel(self.model)

        # --- page chooser and ordering ---
        self.page_combo = QComboBox()
        self.page_combo.currentIndexChanged.connect(self._on_page_combo)
        self.page_label = QLabel()
        self.low_first = QCheckBox()
        self.low_first.toggled.connect(self._on_low_first)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.page_label)
        top.addWidget(self.page_combo)
        top.addStretch(1)
        top.addWidget(self.low_first)
        self.page_error = QLabel()
        self.page_error.setWordWrap(True)
        self.page_error.setStyleSheet("QLabel { background: #fde8e8; color: #8a1c1c; padding: 4px; }")
        self.page_error.hide()

        # --- the table ---
        self.table = FieldTable()
        self.table.setModel(self.proxy)
        self.delegate = ValueDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_VALUE, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        for col in (COL_LABEL_TH, COL_LABEL_EN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, LABEL_WIDTH)  # less when the list is narrow (FieldTable.share_width)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_CONFIDENCE, COL_STATE, COL_BOX):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)  # fitted by fit_columns
        header.setResizeContentsPrecision(0)  # fit the rows on screen: Qt's 1,000 rows after every edit
        self.proxy.modelReset.connect(self.table.fit_columns)
        self.proxy.layoutChanged.connect(self.table.fit_columns)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        # --- the editor: crop right above the value ---
        editor = build_editor(self)
        self.value_edit.editingFinished.connect(self.commit_pending)
        self.pending = PendingEdit(session, self.value_edit, before=self.delegate.commit_open_editor)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.suggestion_keys = "Alt+Enter"  # set by the window from the accept-suggestion action
        # when the list is painted after a new document: a later turn (the window's staged open:
        # after its other views, once, with the first field selected; gui/window/view_stages.py)
        self.paint_later: Callable[[QObject, Callable[[], object]], None] = after_paint

        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.page_error)
        list_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([10_000, editor.sizeHint().height()])
        self.splitter.setChildrenCollapsible(False)
        QuietSplitter(self.splitter)  # each Enter's new editor texts: no layout of the panel and window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        session.documentChanged.connect(self._on_document_changed)
        session.fieldChanged.connect(self._on_field_changed)
        session.reviewChanged.connect(self.refresh_checks)
        self.retranslate()
        self._on_document_changed()

    # --- public ----------------------------------------------------------------------------------
    @property
    def page_index(self) -> int:
        return self.model.page_index

    @property
    def current_field(self) -> int | None:
        return self._current

    def retranslate(self) -> None:
        self.low_first.setText(i18n.tr("Low confidence first"))
        self.confirm_button.setText(i18n.tr("Confirm"))
        self.magnifier.set_no_box_text(i18n.tr("The service gave no position for this field"))
        self.model.refresh_headers()
        self._update_page_widgets()
        self._show_editor()

    def set_threshold(self, threshold: float) -> None:
        self.model.set_threshold(threshold)
        self.table.fit_columns()
        if self.proxy.low_first:
            self.proxy.resort()

    def set_low_first(self, low_first: bool) -> None:
        self.low_first.setChecked(low_first)

    def select_field(self, index: int | None) -> None:
        """Select field `index` of the current page (from the canvas); None clears the selection."""
        if self._syncing:
            return
        self._syncing = True
        try:
            if index is None or not 0 <= index < self.model.rowCount():
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                self._set_current(None)
            else:
                proxy_index = self.proxy.mapFromSource(self.model.index(index, COL_VALUE))
                self.table.setCurrentIndex(proxy_index)
                self.table.scrollTo(proxy_index)
                self._set_current(index)
        finally:
            self._syncing = False

    def set_page(self, page_index: int) -> None:
        if page_index != self.page_combo.currentIndex():
            self.page_combo.setCurrentIndex(page_index)

    def has_pending_edit(self) -> bool:
        """True while the editor holds text the clerk typed that is not yet in the document."""
        return self.pending.pending()

    def take_cell_commit(self) -> bool:
        """True once after Enter committed a value typed into the table cell."""
        committed, self.delegate.committed_by_enter = self.delegate.committed_by_enter, False
        return committed

    @contextmanager
    def editor_held(self) -> Iterator[None]:
        """Enter commits and moves on: the editor is not refreshed for the field just committed
        (the next field replaces it at once); still on that field at the end, it is refreshed."""
        self._holding, self._held = True, None
        try:
            yield
        finally:
            held, self._holding, self._held = self._held, False, None
            if held is not None and held == (self.page_index, self._current):
                self._show_editor()

    def commit_pending(self) -> None:
        """Put whatever the clerk typed (in the editor or in the table cell) into the document."""
        self.pending.commit()

    def confirm_current(self) -> None:
        """The Confirm button: commit a typed change, or mark the value as checked as it is."""
        if self._current is None or self._session.document is None:
            return
        if self.has_pending_edit():
            self.commit_pending()
            return
        if self._session.field(self.page_index, self._current).state == FieldState.UNREVIEWED:
            # (a corrected field stays corrected: confirming would hide that the OCR was wrong)
            self._session.set_state(self.page_index, self._current, FieldState.CONFIRMED)

    def start_edit(self, text: str | None = None) -> bool:
        """F2 (text None: keep the value, cursor at the end) or typing on the list (the typed text
        replaces the value). The editor next to the magnifier takes the focus."""
        if self._current is None or not self.value_edit.isEnabled():
            return False
        self.value_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if text is None:
            self.value_edit.deselect()
            self.value_edit.end(False)
        else:
            self.value_edit.setText(text)
            self.value_edit.end(False)
            self.value_edit.textEdited.emit(text)
        return True

    def cancel_edit(self) -> None:
        """Escape: the typed text goes away, the field keeps its value; back to the list."""
        self.pending.cancel()
        self.focus_list()

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def editing(self) -> bool:
        """True while the value editor has the keyboard focus."""
        return self.value_edit.hasFocus()

    def edit_current_value(self, text: str) -> None:
        """Set the selected field's value as if typed into the editor and committed (for tests)."""
        self.value_edit.setText(text)
        self.commit_pending()

    # --- reacting --------------------------------------------------------------------------------
    def _on_document_changed(self) -> None:
        self._paint_list_next_turn()
        self.pending.forget()
        self._current = None
        doc = self._session.document
        self.page_combo.blockSignals(True)
        self.page_combo.clear()
        if doc is not None:
            for i in range(len(doc.pages)):
                self.page_combo.addItem(i18n.tr("Page {n} of {total}").format(n=i + 1, total=len(doc.pages)))
        self.page_combo.setCurrentIndex(0 if doc is not None and doc.pages else -1)
        self.page_combo.blockSignals(False)
        self.model.set_page(0)
        self.proxy.resort()
        self._update_page_widgets()
        self._show_editor()

    def _paint_list_next_turn(self) -> None:
        """A new document's list is painted in the event loop's next turn, not in the one that
        opens it: its rows, the editor and the page made ready, and every row painted, were one
        turn (issue 12: ~25 ms of the GUI thread when a queue document opened). The list is one
        turn late on the screen, a few milliseconds (in the queue's own open, after the window's
        other views: `paint_later`, gui/window/view_stages.py)."""
        table = self.table
        if table.updatesEnabled():
            table.setUpdatesEnabled(False)
            self.paint_later(table, lambda: table.setUpdatesEnabled(True))

    def _update_page_widgets(self) -> None:
        doc = self._session.document
        pages = len(doc.pages) if doc is not None else 0
        self.page_combo.setVisible(pages > 1)
        self.page_label.setVisible(pages == 1)
        if pages == 1:
            self.page_label.setText(self._single_page_label(doc))
        for i in range(self.page_combo.count()):
            self.page_combo.setItemText(i, i18n.tr("Page {n} of {total}").format(n=i + 1, total=pages))
        error = doc.pages[self.page_index].error if doc is not None and 0 <= self.page_index < pages else None
        if error is not None:
            message = error.message(i18n.language())
            self.page_error.setText(i18n.tr("This page failed: {message}").format(message=message))
        self.page_error.setVisible(error is not None)

    @staticmethod
    def _single_page_label(doc) -> str:
        """"Page 1 of 1", or, when one page of a longer PDF or TIFF was read alone, which page of it
        ("Page 2 of 2")."""
        page = doc.pages[0]
        if len(doc.sources) == 1 and doc.sources[0].page_count > 1:
            return i18n.tr("Page {n} of {total}").format(
                n=page.source_page + 1, total=doc.sources[0].page_count)
        return i18n.tr("Page {n} of {total}").format(n=1, total=1)

    def _on_page_combo(self, page_index: int) -> None:
        if page_index < 0:
            return
        self.commit_pending()
        self.pending.forget()
        self._current = None
        self.model.set_page(page_index)
        self.proxy.resort()
        self._update_page_widgets()
        self._show_editor()
        self.pageChanged.emit(page_index)

    def show_page_again(self) -> None:
        """The shown page was replaced (read again, or the re-run undone): list its fields anew."""
        self.pending.forget()
        self._current = None
        self.model.set_page(self.page_index)
        self.proxy.resort()
        self._update_page_widgets()
        self._show_editor()

    def _on_low_first(self, checked: bool) -> None:
        self.proxy.set_low_first(checked)
        if self._current is not None:
            self.table.scrollTo(self.proxy.mapFromSource(self.model.index(self._current, 0)))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing:
            return
        index = self.proxy.mapToSource(current).row() if current.isValid() else None
        self._set_current(index)
        self.fieldSelected.emit(index)

    def _set_current(self, index: int | None) -> None:
        self.commit_pending()
        self._current = index
        self._show_editor()

    def _on_field_changed(self, page_index: int, field_index: int) -> None:
        if page_index == self.page_index and field_index == self._current and not self.has_pending_edit():
            if self._holding:
                self._held = (page_index, field_index)
                self.pending.forget()  # the typed text is in the document: nothing is pending
            else:
                self._show_editor()

    def _show_editor(self) -> None:
        doc = self._session.document
        fields = self.model.fields()
        index = self._current
        if doc is None or index is None or not 0 <= index < len(fields):
            self.pending.forget()
            self.editor_title.setText(i18n.tr("Select a field to review it"))
            self.value_edit.clear()
            self.value_edit.setEnabled(False)
            self.confirm_button.setEnabled(False)
            self.ocr_label.clear()
            self.checks_label.clear()
            self.normalized_label.clear()
            self.magnifier.show_field(self._canvas, None)
            return
        f = fields[index]
        # named as the list's first column names it: a Vietnamese clerk reads the Vietnamese name
        name = f.label("vi" if i18n.language() == "vi" else "th")
        title = name if name == f.label_en else f"{name} · {f.label_en}"  # (no Vietnamese name: once)
        self.editor_title.setText(title if f.known else f.key)
        self.value_edit.setEnabled(True)
        self.confirm_button.setEnabled(True)
        self.pending.fill((self.page_index, index), f.value or "")
        self.value_edit.setPlaceholderText(i18n.tr("(missing)") if f.missing else "")
        if f.ocr_value is not None and f.ocr_value != f.value:
            self.ocr_label.setText(i18n.tr("OCR read: {value}").format(value=f.ocr_value))
        else:
            conf = "—" if f.confidence is None else f"{f.confidence:.2f}"
            state = i18n.tr_from(_STATE_WORDS, f"state.{f.state}")
            self.ocr_label.setText(i18n.tr("Conf.") + f" {conf} · {state}")
        self._show_checks(f)
        self.magnifier.show_field(self._canvas, index)

    def refresh_editor(self) -> None:
        self._show_editor()

    def show_masked(self, text: str) -> None:
        """Presentation mode: the editor shows the masked `text`, read-only, and nothing else of the
        value (what the OCR read, checks quoting it, the normalised form)."""
        self.pending.show_instead(text)
        self.value_edit.setReadOnly(True)
        for label in (self.ocr_label, self.checks_label, self.normalized_label):
            label.clear()

    def _show_checks(self, f: Field) -> None:
        self.checks_label.setText(checks_html(f, i18n.language(), self.suggestion_keys))
        shown = f.normalized if f.normalized and f.normalized != (f.value or "").strip() else ""
        self.normalized_label.setText(f"= {shown}" if shown else "")
        self.normalized_label.setToolTip(i18n.tr("Read as (normalized)") if shown else "")
        if self.editor_hook is not None:
            self.editor_hook(f)  # presentation mode masks what the editor shows

    def refresh_checks(self) -> None:
        """Checks run again after every change (also of another field): show the current ones."""
        if self._holding and self._current is not None and not self.has_pending_edit():
            # Enter: the editor is shown again once, at the end (the field moved on to or this one)
            self._held = (self.page_index, self._current)
            return
        fields = self.model.fields()
        if self._current is not None and 0 <= self._current < len(fields):
            self._show_checks(fields[self._current])
