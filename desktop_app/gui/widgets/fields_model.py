"""The field list of one page as a Qt table model, and the proxy that puts low confidence first.

Rows are the page's fields in the provider's (catalogue) order; the row number of the source model
is the field's index in `page.fields`, which is also the index the canvas uses for its boxes.
Editing the Value column calls `Session.set_value`: the model never changes a field itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPixmap

from ...core import attention
from ...core.attention import Thresholds
from ...core.bands import BAD, LOW, attention_key, field_band, field_failed  # noqa: F401 - also the panel's
from ...core.checks.invisible import show_invisible
from ...core.model import Field, FieldState, Severity
from .. import i18n
from ..state.session import FieldsTouched, Session
from .colors import band_color, solid_brush
from .palette_colors import text_color, text_on

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# The words of the computed keys state.* (scripts/codemod_tr.py)
_STATE_WORDS: dict[str, str] = {
    "state.unreviewed": i18n.QT_TRANSLATE_NOOP("i18n", "unreviewed"),
    "state.confirmed": i18n.QT_TRANSLATE_NOOP("i18n", "confirmed"),
    "state.corrected": i18n.QT_TRANSLATE_NOOP("i18n", "corrected"),
    "state.accepted": i18n.QT_TRANSLATE_NOOP("i18n", "accepted at sign-off"),
}

COL_LABEL_TH, COL_LABEL_EN, COL_VALUE, COL_CONFIDENCE, COL_STATE, COL_BOX = range(6)
_HEADERS = (
    i18n.QT_TRANSLATE_NOOP("i18n", "Thai label"), i18n.QT_TRANSLATE_NOOP("i18n", "English label"),
    i18n.QT_TRANSLATE_NOOP("i18n", "Value"), i18n.QT_TRANSLATE_NOOP("i18n", "Conf."),
    i18n.QT_TRANSLATE_NOOP("i18n", "State"), i18n.QT_TRANSLATE_NOOP("i18n", "Box"))

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
BAND_ROLE = Qt.ItemDataRole.UserRole + 2
NORMALIZED_ROLE = Qt.ItemDataRole.UserRole + 3
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EDITABLE_ROLE = -1  # the model's own: whether the value may be edited (flags)
FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = FLAGS | Qt.ItemFlag.ItemIsEditable  # once: a Python enum's `|` asked per cell painted

_ICON_COLORS = {Severity.ERROR: "#d72828", Severity.WARNING: "#e69600", Severity.INFO: "#7a7a7a"}
_ICON_GLYPHS = {Severity.ERROR: "!", Severity.WARNING: "!", Severity.INFO: "i"}
_icons: dict[Severity, QIcon] = {}
# (band or meaning, the palette's cacheKey) -> brushes: the contrast search is not done per row
_band_brushes: dict[tuple[str, int], tuple[QBrush, QBrush]] = {}
_text_brushes: dict[tuple[str, int], QBrush] = {}


def check_icon(severity: Severity) -> QIcon:
    """A small round badge in the check's colour: red error, amber warning, grey note."""
    if severity not in _icons:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_ICON_COLORS[severity]))
        painter.drawEllipse(2, 2, 28, 28)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), _ICON_GLYPHS[severity])
        painter.end()
        from PySide6.QtGui import QIcon  # (not at start: its ~150 theme names, issue 12)

        _icons[severity] = QIcon(pixmap)
    return _icons[severity]

Index = QModelIndex | QPersistentModelIndex


def confidence_text(confidence: float | None, field_band: str) -> str:
    """The confidence cell's text: a mark says "below the threshold" (▼) or "bad" (✖) in words'
    place, so the band's colour never carries the meaning alone."""
    if confidence is None:
        return "—"
    if confidence < 0:
        return i18n.tr("check failed")
    mark = {LOW: "▼ ", BAD: "✖ "}.get(field_band, "")
    return f"{mark}{confidence:.2f}"


def needs_attention(f: Field, threshold: float, doc_type: str | None = None) -> bool:
    """True for a field the clerk should look at first (core.attention says why)."""
    return attention.needs_attention(f, threshold, doc_type)


def worst_severity(f: Field) -> Severity | None:
    severities = {c.severity for c in f.checks}
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        if severity in severities:
            return severity
    return None


class FieldsModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._page = 0
        self._thresholds = Thresholds()
        self._value_font: QFont | None = None  # the looped proof-reading face, when chosen
        # presentation mode (issue 14): the masked text of a field it hides, None for the others
        self.masker: Callable[[Field], str | None] | None = None
        # An edit re-reads only the rows it touched (issue 10: 5,000 rows re-read after every change
        # froze the window); a page read again re-checks the whole document, so every row.
        session.fieldsTouched.connect(self._on_fields_touched)
        session.pageReplaced.connect(lambda _index: self._on_review_changed())
        # What each cell shows, worked out once per row: a paint asks ~8 roles of every visible
        # cell and fitting a column asks them again (issue 12: 40 ms to paint 25 rows). Dropped
        # with the model's own signals (connected first, so before any view asks again), and when
        # the page's field list is another one (a new document, a page replaced) or the language
        # another.
        self._cells: dict[int, dict[tuple[int, int], Any]] = {}
        self._cells_of: list[Field] | None = None
        self._cells_language = ""  # the texts are in the clerk's language (and the labels)
        self.dataChanged.connect(self._forget_rows)
        self.modelReset.connect(self._forget_cells)
        self.layoutChanged.connect(self._forget_cells)

    # --- what is shown ---------------------------------------------------------------------------
    @property
    def page_index(self) -> int:
        return self._page

    def fields(self) -> list[Field]:
        doc = self._session.document
        if doc is None or not 0 <= self._page < len(doc.pages):
            return []
        return doc.pages[self._page].fields

    def set_page(self, page_index: int) -> None:
        self.beginResetModel()
        self._page = page_index
        self.endResetModel()

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    @property
    def thresholds(self) -> Thresholds:
        return self._thresholds

    def threshold_of(self, f: Field) -> float:
        """The field's threshold: its per-field override for this document type, else the global."""
        doc = self._session.document
        return self._thresholds.for_field(doc.doc_type if doc else None, f)

    def set_threshold(self, threshold: float) -> None:
        self._thresholds.global_threshold = threshold
        self._on_review_changed()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        self._thresholds = thresholds
        self._on_review_changed()

    def set_value_font(self, font: QFont | None) -> None:
        self._value_font = font
        self._on_review_changed()

    def _on_review_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COL_BOX))

    def _forget_cells(self, *_args: object) -> None:
        self._cells = {}

    def _forget_rows(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        if top.row() <= 0 and bottom.row() >= self.rowCount() - 1:
            self._forget_cells()
            return
        for row in range(top.row(), bottom.row() + 1):
            self._cells.pop(row, None)

    def refresh_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COL_BOX)
        self.reset()

    def _on_fields_touched(self, touched: FieldsTouched) -> None:
        count = self.rowCount()
        rows = sorted(i for p, i in touched.positions if p == self._page and 0 <= i < count)
        start = 0
        for n in range(1, len(rows) + 1):  # one dataChanged for each run of neighbouring rows
            if n == len(rows) or rows[n] != rows[n - 1] + 1:
                self.dataChanged.emit(self.index(rows[start], 0), self.index(rows[n - 1], COL_BOX))
                start = n

    # --- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.fields())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == COL_LABEL_TH and i18n.language() == "vi":
                return i18n.tr("Vietnamese label")  # a Vietnamese clerk reads the labels in Vietnamese
            return i18n.tr(_HEADERS[section]) if 0 <= section < len(_HEADERS) else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.flags_of(index.row(), index.column()) if index.isValid() else FLAGS

    def flags_of(self, row: int, col: int) -> Qt.ItemFlag:
        if col != COL_VALUE:
            return FLAGS
        editable = self.cell(row, col, _EDITABLE_ROLE)  # a masked value cannot be edited (not shown)
        return _EDITABLE_FLAGS if editable else FLAGS

    def _masked(self, row: int) -> str | None:
        fields = self.fields()
        return self.masker(fields[row]) if self.masker is not None and 0 <= row < len(fields) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """Every role a delegate asks of a cell in one call (Qt's default asks `data` for each)."""
        if index.isValid():
            self.fill(index.row(), index.column(), roleDataSpan)

    def text_of(self, row: int, col: int) -> str:
        """Cell (row, col)'s shown text, as `cell` gives it, without the row's other cells (the
        columns are fitted before a new page's rows are painted: each row built then is one more
        piece of the GUI thread's turn). Not for the value column (a masked value is shown so)."""
        fields = self.fields()
        cells = self._cells.get(row) if fields is self._cells_of else None
        if cells is not None and i18n.language() == self._cells_language:
            return str(cells.get((col, Qt.ItemDataRole.DisplayRole)) or "")
        if not 0 <= row < len(fields):
            return ""
        f = fields[row]
        return self._display(f, col, field_band(f, self.threshold_of(f)))

    def fill(self, row: int, col: int, span: Any) -> None:
        """Put cell (row, col)'s value of each role asked into `span` (a QModelRoleDataSpan)."""
        cells = self._row_cells(row)
        if cells is None:
            for role_data in span:
                role_data.clearData()
            return
        for role_data in span:
            value = cells.get((col, role_data.role()))
            if value is None:
                role_data.clearData()  # (cheaper than converting None)
            else:
                role_data.setData(value)

    def cell(self, row: int, col: int, role: int) -> Any:
        """What cell (row, col) shows in `role` (None outside the page's rows)."""
        if role == SORT_ROLE:  # the sort asks it of every row: not worth a whole row's cells
            fields = self.fields()
            if not 0 <= row < len(fields):
                return None
            f = fields[row]
            return attention_key(f, self.threshold_of(f)) if col == COL_CONFIDENCE else row
        cells = self._row_cells(row)
        return cells.get((col, role)) if cells is not None else None

    def _row_cells(self, row: int) -> dict[tuple[int, int], Any] | None:
        """Row `row`'s cells, (column, role) -> value, None left out (None outside the page's rows)."""
        fields, language = self.fields(), i18n.language()
        if fields is not self._cells_of or language != self._cells_language:
            self._forget_cells()
            self._cells_of, self._cells_language = fields, language
        cells = self._cells.get(row)
        if cells is None:
            if not 0 <= row < len(fields):
                return None
            cells = self._cells[row] = self._row(fields[row], row)
        return cells

    def _row(self, f: Field, row: int) -> dict[tuple[int, int], Any]:
        """Every cell of field `f`'s row, worked out once: (column, role) -> value (None left out)."""
        roles = Qt.ItemDataRole
        display, edit, tip = roles.DisplayRole, roles.EditRole, roles.ToolTipRole
        fg, font_role = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole
        threshold = self.threshold_of(f)
        band = field_band(f, threshold)
        masked = self._masked(row)
        cells: dict[tuple[int, int], Any] = {(COL_VALUE, _EDITABLE_ROLE): masked is None}
        for col in range(len(_HEADERS)):
            text = self._display(f, col, band)
            cells[(col, display)] = text
            cells[(col, edit)] = text
            cells[(col, BAND_ROLE)] = band
            if masked is None:
                cells[(col, NORMALIZED_ROLE)] = f.normalized
                cells[(col, tip)] = self._tooltip(f, col, threshold, band)
        if masked is not None:
            cells[(COL_VALUE, display)] = cells[(COL_VALUE, edit)] = masked
        else:
            cells[(COL_VALUE, edit)] = f.value or ""
        fill, on_fill = self._band_brushes(band)
        cells[(COL_CONFIDENCE, Qt.ItemDataRole.BackgroundRole)] = fill
        cells[(COL_CONFIDENCE, fg)] = on_fill  # palette-derived, readable on a dark palette too
        cells[(COL_CONFIDENCE, Qt.ItemDataRole.TextAlignmentRole)] = _RIGHT
        severity = worst_severity(f)
        if severity is not None:
            cells[(COL_VALUE, Qt.ItemDataRole.DecorationRole)] = check_icon(severity)
        missing = f.missing and not f.value
        if missing:
            cells[(COL_VALUE, fg)] = self._text_brush("muted")
        if not f.boxes:
            cells[(COL_BOX, fg)] = self._text_brush("muted")
        if f.state == FieldState.CORRECTED:
            cells[(COL_STATE, fg)] = self._text_brush("corrected")
        if missing:
            font = QFont(self._value_font) if self._value_font else QFont()
            font.setItalic(True)
            cells[(COL_VALUE, font_role)] = font
        elif self._value_font is not None:
            cells[(COL_VALUE, font_role)] = self._value_font
        if not f.known:
            font = QFont()
            font.setItalic(True)
            cells[(COL_LABEL_TH, font_role)] = cells[(COL_LABEL_EN, font_role)] = font
        return cells

    def _text_brush(self, meaning: str) -> QBrush:
        key = (meaning, QGuiApplication.palette().cacheKey())
        if key not in _text_brushes:
            _text_brushes[key] = solid_brush(text_color(meaning))
        return _text_brushes[key]

    def _band_brushes(self, band: str) -> tuple[QBrush, QBrush]:
        """The confidence cell's translucent band fill and the text colour that reads on it."""
        key = (band, QGuiApplication.palette().cacheKey())
        if key not in _band_brushes:
            fill = QColor(band_color(band))
            fill.setAlpha(90)
            _band_brushes[key] = (solid_brush(fill), solid_brush(text_on(fill)))
        return _band_brushes[key]

    def _display(self, f: Field, col: int, band: str) -> str:
        if col == COL_LABEL_TH:  # the clerk's own language in Vietnamese, else the document's Thai
            return f.label("vi" if i18n.language() == "vi" else "th")
        if col == COL_LABEL_EN:
            return f.label_en if f.known else f.key
        if col == COL_VALUE:
            if f.value:
                return show_invisible(f.value)  # a hidden or bidi character is shown as a mark
            return i18n.tr("(missing)") if f.missing else ""
        if col == COL_CONFIDENCE:
            return confidence_text(f.confidence, band)
        if col == COL_STATE:
            return i18n.tr_from(_STATE_WORDS, f"state.{f.state}")
        if col == COL_BOX:
            return "" if f.boxes else i18n.tr("no box")
        return ""

    def _tooltip(self, f: Field, col: int, threshold: float, band: str) -> str | None:
        if col == COL_CONFIDENCE and band in (LOW, BAD):
            return i18n.tr("Below the confidence threshold ({threshold}): check this value").format(
                threshold=f"{threshold:.2f}")
        if col == COL_BOX and not f.boxes:
            return i18n.tr("The service gave no position for this field")
        if col in (COL_LABEL_TH, COL_LABEL_EN) and not f.known:
            return i18n.tr("raw key: {key}").format(key=f.key)
        if col == COL_VALUE and f.ocr_value is not None and f.value != f.ocr_value:
            return i18n.tr("OCR read: {value}").format(value=f.ocr_value)
        if f.checks:
            lang = i18n.language()
            return "\n".join(c.message(lang) for c in f.checks)
        if col == COL_VALUE and f.normalized and f.normalized != (f.value or "").strip():
            return f.normalized
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != COL_VALUE:
            return False
        text = "" if value is None else str(value)
        self._session.set_value(self._page, index.row(), text)
        return True
