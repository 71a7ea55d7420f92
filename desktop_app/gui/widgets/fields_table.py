"""The field list's own widgets: the table (repainting only the rows a focus change restyles), the
in-place editor of its Value column, and the check lines under the editor.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QRegion, QResizeEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core.bands import BAD, LOW
from ...core.model import Field, FieldState, Severity
from ...core.review import suggestion_of
from .. import i18n
from .fields_model import (
    COL_BOX,
    COL_CONFIDENCE,
    COL_LABEL_EN,
    COL_LABEL_TH,
    COL_STATE,
    NORMALIZED_ROLE,
    confidence_text,
)
from .palette_colors import span, text_color

# The words of the computed keys state.* (scripts/codemod_tr.py)
_STATE_WORDS: dict[str, str] = {
    "state.unreviewed": i18n.QT_TRANSLATE_NOOP("i18n", "unreviewed"),
    "state.confirmed": i18n.QT_TRANSLATE_NOOP("i18n", "confirmed"),
    "state.corrected": i18n.QT_TRANSLATE_NOOP("i18n", "corrected"),
    "state.accepted": i18n.QT_TRANSLATE_NOOP("i18n", "accepted at sign-off"),
}

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEVERITY_STYLE = {Severity.ERROR: ("error", "✖"), Severity.WARNING: ("warning", "▲"),
                   Severity.INFO: ("info", "ℹ")}  # colour from the palette (palette_colors) + a mark


def checks_html(f: Field, language: str, suggestion_keys: str) -> str:
    """The field's checks as short coloured lines; the suggestion with the key that accepts it."""
    import html  # with a document's checks: html.entities' table is not read at start (issue 12)

    lines = []
    for check in f.checks:
        meaning, mark = _SEVERITY_STYLE.get(check.severity, ("info", "•"))
        message = check.message(language)
        lines.append(span(meaning, f"{mark} {html.escape(message)}"))
    suggested = suggestion_of(f)
    if suggested is not None:
        hint = i18n.tr("Suggestion: <b>{value}</b> — {keys} accepts it").format(
            value=html.escape(suggested[0]), keys=html.escape(suggestion_keys))
        lines.append(span("link", hint))
    return "<br>".join(lines)


class ValueDelegate(QStyledItemDelegate):
    """The in-place editor of the Value column; remembers the open editor so it can be committed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: QWidget | None = None
        self.committed_by_enter = False  # the list's Enter key reads it: a correction was just typed

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self._editor = editor
        editor.destroyed.connect(self._forget)
        return editor

    def _forget(self) -> None:
        self._editor = None

    def commit_open_editor(self) -> None:
        if self._editor is not None:
            self.commitData.emit(self._editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter (or Shift+Enter) in the cell: commit now, then let the key go on to the list
        (keyboard.py), which confirms and moves on (or stays). Qt's own handling commits later, on
        a queued call: by then the list had already confirmed the OCR value, and the typing was
        lost."""
        other_modifiers = ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if (watched is self._editor and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
                and not event.modifiers() & other_modifiers):  # type: ignore[attr-defined]
            self.committed_by_enter = True
            self.commitData.emit(self._editor)
            self.closeEditor.emit(self._editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return False
        return super().eventFilter(watched, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The value, and its parsed ISO date in grey at the right of the cell when both fit whole:
        the value is what the clerk checks, so it is never cut to make room for the hint (the hint
        is also in the editor's check line)."""
        normalized = index.data(NORMALIZED_ROLE)
        if not normalized or not ISO_DATE.fullmatch(str(normalized)):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        date_text = f"= {normalized}"
        metrics = opt.fontMetrics
        date_width = metrics.horizontalAdvance(date_text) + 10
        rect = opt.rect
        icon_room = opt.decorationSize.width() + 8 if not opt.icon.isNull() else 0
        room = rect.width() - date_width - icon_room - 12
        if metrics.horizontalAdvance(opt.text) > room:
            super().paint(painter, option, index)
            return
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText) if selected
                       else text_color("muted", opt.palette))
        area = QRect(rect.right() - date_width, rect.top(), date_width, rect.height())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), date_text)
        painter.restore()


LABEL_WIDTH = 125  # each label column, given the room
LABEL_FLOOR = 60  # narrower, a label column gives way no further
VALUE_FLOOR = 150  # the value column's least width while the label columns can give way


class FieldTable(QTableView):
    """The field list. Qt repaints the whole list when it gains or loses the keyboard focus (the
    selection's colour follows the focus); every key that moves between the list and the editor
    did so, and a repaint of every row asks the model for every cell (issue 12: 25 ms a key). Here
    only the rows whose look changes are repainted: the selected ones and the current one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header_hints: dict[tuple[int, str, str], int] = {}
        self._titles = QStandardItemModel(self)
        self._settling = False
        self._label_wanted: dict[int, int] = {}  # a label column's width given the room (the clerk's)
        self._sharing = False
        self._shared_for: int | None = None  # the room the label columns were last fitted to
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """The column titles are copied to a model of Qt's own for the header: it asks every title
        several roles at every paint, and a call into Python can wait for the GIL while a worker
        decodes a page (issue 12: a quarter of the window's time while a scan opened)."""
        super().setModel(model)
        if model is not None:
            model.headerDataChanged.connect(self._copy_titles)
            self._copy_titles()
            self.horizontalHeader().setModel(self._titles)

    def reset(self) -> None:
        """A new page's rows: laid out now (the scroll ranges and bars too), not by Qt's timer in a
        later turn, after the rows were painted once, maybe in a viewport of the wrong size, and
        then every row again (its layout repaints the whole list)."""
        super().reset()
        self.executeDelayedItemsLayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """Narrow (the list squeezed for the docks on a 1024 px projector), the label columns give
        way to the value, down to LABEL_FLOOR each: the value is what the clerk checks, and the
        editor's heading names the field whole. Wide again, they get back the width they had
        (LABEL_WIDTH, or what the clerk dragged them to). Only when the room changes: a column the
        clerk drags brings a scroll bar, which resizes the viewport, and must stay as dragged."""
        header = self.horizontalHeader()
        if self._sharing or header.count() <= COL_BOX:
            return
        fixed = sum(header.sectionSize(col) for col in (COL_CONFIDENCE, COL_STATE, COL_BOX))
        rows = self.verticalHeader()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = (self.width() - 2 * self.frameWidth() - (rows.width() if rows.isVisible() else 0)
                - bar - fixed)  # the scroll bars' room counted whether they show or not
        if room == self._shared_for:
            return
        self._shared_for = room
        share = max(LABEL_FLOOR, (room - VALUE_FLOOR) // 2)
        self._sharing = True
        try:
            for col in (COL_LABEL_TH, COL_LABEL_EN):
                size = min(self._label_wanted.get(col, LABEL_WIDTH), share)
                if header.sectionSize(col) != size:
                    header.resizeSection(col, size)
        finally:
            self._sharing = False

    def _on_section_resized(self, col: int, _old: int, new: int) -> None:
        if not self._sharing and col in (COL_LABEL_TH, COL_LABEL_EN):
            self._label_wanted[col] = new  # set by the panel, or dragged by the clerk

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._settle_scroll_bars()

    def _settle_scroll_bars(self) -> None:
        """Show or hide the scroll bars now, as the ranges just set say. Qt does it in a queued
        call: a new document's rows were painted once in the viewport without them, then every
        row again in the smaller one (issue 12: ~40 ms of an opened document's first paint).
        Setting a policy lays the scroll bars out at once; the queued call then finds them right."""
        if self._settling:
            return
        self._settling = True
        try:
            as_needed = Qt.ScrollBarPolicy.ScrollBarAsNeeded
            for _ in range(2):  # a bar shown narrows the viewport: the other may be needed then
                changed = False
                for bar, policy, set_policy in (
                        (self.verticalScrollBar(), self.verticalScrollBarPolicy(),
                         self.setVerticalScrollBarPolicy),
                        (self.horizontalScrollBar(), self.horizontalScrollBarPolicy(),
                         self.setHorizontalScrollBarPolicy)):
                    needed = bar.minimum() < bar.maximum()
                    # Qt 6 shows and hides the bar's container; asked through the bar, not its
                    # parentWidget(): see _rows_shown
                    if policy != as_needed or needed == bar.isVisibleTo(self):
                        continue
                    set_policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if needed
                               else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                    set_policy(as_needed)
                    changed = True
                if not changed:
                    break
        finally:
            self._settling = False

    def _copy_titles(self, *_args: object) -> None:
        model = self.model()
        if model is None:
            return
        horizontal = Qt.Orientation.Horizontal
        titles = [str(model.headerData(col, horizontal) or "") for col in range(model.columnCount())]
        if self._titles.columnCount() != len(titles):
            self._titles.setColumnCount(len(titles))
        for col, title in enumerate(titles):
            if self._titles.headerData(col, Qt.Orientation.Horizontal) != title:
                self._titles.setHeaderData(col, Qt.Orientation.Horizontal, title)

    def fit_columns(self) -> None:
        """Fit the confidence, state and box columns to their text, once for the rows shown (not on
        every edit: a column fitted to its contents asks every visible row again after each change,
        12 ms a key), wide enough for the states an edit sets and the no-box words on any row.
        Measured here from the rows' texts, as Qt's resizeColumnToContents would (its own way asks
        every role of every cell again and lays each text out: 9 ms when an answer arrives)."""
        model = self.model()
        if model is None:
            return
        metrics = self.fontMetrics()
        focus = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        margin = 2 * (focus + 1) + (1 if self.showGrid() else 0)  # Qt's item text margins, the grid
        room = 2 * focus + 16
        header = self.horizontalHeader()
        states = (FieldState.UNREVIEWED, FieldState.CONFIRMED, FieldState.CORRECTED)  # what an edit sets
        words = {
            COL_STATE: [i18n.tr_from(_STATE_WORDS, f"state.{s}") for s in states],
            COL_BOX: [i18n.tr("no box")]}
        # a doubtful confidence's mark, also on a row not fitted from (the list grows, the clerk scrolls)
        marked = [confidence_text(0.88, LOW), confidence_text(0.88, BAD)]
        rows = self._rows_shown(model.rowCount())
        text_of = getattr(model, "text_of", None) or (lambda r, c: str(model.index(r, c).data() or ""))
        for col in (COL_CONFIDENCE, COL_STATE, COL_BOX):
            texts = {text_of(row, col) for row in rows}
            if col == COL_CONFIDENCE:
                texts.update(marked)
            shown = max((metrics.horizontalAdvance(t) + margin for t in texts if t), default=0)
            widest = max((metrics.horizontalAdvance(w) + room for w in words.get(col, ())), default=0)
            header.resizeSection(col, max(shown, widest, self._header_hint(col)))
        self.share_width()

    def _rows_shown(self, count: int) -> range:
        """The rows in (or, not laid out yet, that fit in) the viewport, of `count` rows."""
        if not count:  # the start's empty list: a plain QWidget (the viewport) handed to Python
            return range(0)  # the first time made a wrapper class for every widget class (issue 12)
        height = self._viewport_height()
        top, bottom = self.rowAt(0), self.rowAt(height - 1)
        if bottom < 0:  # the last rows end above the bottom, or the list is not laid out yet
            # as many rows as the viewport holds, not every row: each asked builds its row's cells
            # (a new document, before its first layout: every row, 17 ms of the GUI thread)
            bottom = max(top, 0) + height // max(self.verticalHeader().defaultSectionSize(), 1) + 1
        return range(max(top, 0), min(bottom, count - 1) + 1)

    def _viewport_height(self) -> int:
        """The viewport's height, without asking for the viewport: the first `viewport()` hands a
        plain QWidget to Python, 9-17 ms of the GUI thread in the turn a first document opens."""
        height = self.maximumViewportSize().height()  # the frame and the header left out
        bar = self.horizontalScrollBar()
        return height - bar.height() if bar.isVisible() else height

    def _header_hint(self, col: int) -> int:
        """The header's own width for its title (laid out once per title and font)."""
        model = self.model()
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "") if model is not None else ""
        key = (col, title, self.font().key())
        if key not in self._header_hints:
            self._header_hints[key] = self.horizontalHeader().sectionSizeHint(col)
        return self._header_hints[key]

    def focusInEvent(self, event: QFocusEvent) -> None:
        current = self.currentIndex()
        if not current.isValid():
            super().focusInEvent(event)  # Qt picks a first current row: its own way, once
            return
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled,
                          bool(current.flags() & Qt.ItemFlag.ItemIsEditable))
        self._update_focus_frame()
        self._update_focus_rows()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._update_focus_frame()
        self._update_focus_rows()

    def _update_focus_frame(self) -> None:
        """What QWidget's own focus handlers do, repaint the whole widget, but only its frame (a
        style may draw it in the focus colour): the whole widget is also its scroll bar, whose
        repaint was a fifth of each Enter that moved the focus back to the list (issue 12)."""
        width = self.frameWidth()
        if width <= 0:
            return
        outer = self.rect()
        self.update(QRegion(outer).subtracted(QRegion(outer.adjusted(width, width, -width, -width))))

    def _update_focus_rows(self) -> None:
        model = self.model()
        if model is None:
            return
        rows = {index.row() for index in self.selectionModel().selectedIndexes()}
        if self.currentIndex().isValid():
            rows.add(self.currentIndex().row())
        last = model.columnCount() - 1
        viewport = self.viewport()
        for row in rows:
            rect = self.visualRect(model.index(row, 0)).united(self.visualRect(model.index(row, last)))
            viewport.update(rect.adjusted(-1, -1, 1, 1))
