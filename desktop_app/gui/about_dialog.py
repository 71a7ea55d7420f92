"""Help > About: the version, what the program ships and under which licence, each licence's text,
and which systems the Linux bundle runs on. The list comes from desktop_app.licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..licences import GLIBC_MINIMUM, Component, components, system_libraries
from . import i18n


def _read(component: Component) -> str:
    texts = []
    for path in component.paths():
        try:
            texts.append(f"==> {path.name} <==\n{path.read_text(encoding='utf-8', errors='replace')}")
        except OSError:
            missing = i18n.t("about.missing", path=str(path))
            texts.append(f"==> {path.name} <==\n{missing}")
    return "\n\n".join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        t = i18n.t
        self.setWindowTitle(t("about.title"))
        self.setObjectName("aboutDialog")
        self.components = components()
        version = t("about.version", version=__version__)
        self.title = QLabel(f"<b>{t('app.title')}</b> {version}")
        self.title.setAccessibleName(t("about.version", version=__version__))
        self.notes = QLabel(t("about.notes") + "\n" + t("about.glibc", minimum=GLIBC_MINIMUM))
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(t("about.notes.name"))

        self.table = QTableWidget(len(self.components), 3)
        self.table.setAccessibleName(t("about.table"))
        self.table.setHorizontalHeaderLabels([t("about.col.component"), t("about.col.licence"),
                                              t("about.col.purpose")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for row, component in enumerate(self.components):
            purpose = component.purpose_in(i18n.language())
            for column, text in enumerate((component.name, component.licence, purpose)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(1, 220)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(t("about.text"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        system = system_libraries()
        carried = t("about.system", n=len(system)) if system else ""
        self.system = QLabel(carried or t("about.system.none"))
        self.system.setWordWrap(True)
        self.system.setAccessibleName(t("about.system.name"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(t("about.close"))
        close.setAccessibleName(i18n.plain(t("about.close")))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.system)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        if self.components:
            self.table.setCurrentCell(0, 0)
        self._fit(parent)

    def _fit(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else self.screen())
        area = screen.availableGeometry() if screen is not None else None
        width, height = 860, 640
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setPlainText(_read(self.components[row]))
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)


class AboutFlow:
    """The Help menu's About entry on the main window."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        self.window = window
        self.action = action  # Help › About, its text and menu role: gui/action_table.py
        self.action.triggered.connect(lambda _checked=False: self.show())
        self.dialog: AboutDialog | None = None

    def retranslate(self) -> None:
        pass  # the action table's text

    def show(self) -> AboutDialog:
        self.dialog = AboutDialog(self.window)
        self.dialog.open()
        return self.dialog


def install_about(window) -> AboutFlow:
    return AboutFlow(window, window.commands["about"])
