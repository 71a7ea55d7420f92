"""Help > About: the version, what the program ships and under which licence, each licence's text,
and which systems the Linux bundle runs on. The list comes from desktop_app.licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...licences import GLIBC_MINIMUM, Component, components, system_libraries
from .. import i18n


def _read(component: Component) -> str:
    texts = []
    for path in component.paths():
        try:
            texts.append(f"==> {path.name} <==\n{path.read_text(encoding='utf-8', errors='replace')}")
        except OSError:
            missing = i18n.tr("The licence text {path} is missing from this "
                              "installation.").format(path=str(path))
            texts.append(f"==> {path.name} <==\n{missing}")
    return "\n\n".join(texts)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(i18n.tr("About OCR Review Desk"))
        self.setObjectName("aboutDialog")
        self.components = components()
        version = i18n.tr("version {version}").format(version=__version__)
        self.title = QLabel("<b>" + i18n.tr('OCR Review Desk') + f"</b> {version}")
        self.title.setAccessibleName(i18n.tr("version {version}").format(version=__version__))
        self.notes = QLabel(i18n.tr("OCR Review Desk uses the components below, each under its own licence; "
                                    "their full texts are shipped with the program. Qt, PySide6 and "
                                    "python-stdnum are under the LGPL: they are separate, replaceable files "
                                    "(python-stdnum as "
                                    "plain .py files).") + "\n" + i18n.tr("The Linux bundle is built on "
                                                                          "Debian 12 and needs glibc "
                                                                          "{minimum} or newer (Debian 12, "
                                                                          "Ubuntu 22.10, RHEL 10, Fedora 37 "
                                                                          "or later) and libgl1 and libegl1; "
                                                                          "Windows 10 or 11, 64-bit; macOS "
                                                                          "12 or later.").format(
                                                                              minimum=GLIBC_MINIMUM))
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(i18n.tr("Licence notes"))

        self.table = QTableWidget(len(self.components), 3)
        self.table.setAccessibleName(i18n.tr("Components and their licences"))
        self.table.setHorizontalHeaderLabels([i18n.tr("Component"), i18n.tr("Licence"),
                                              i18n.tr("Used for")])
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
        self.text.setAccessibleName(i18n.tr("Licence text"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        system = system_libraries()
        carried = i18n.tr("This bundle also carries {n} system libraries from Debian; their copyright files "
                          "are in the licenses/system folder.").format(n=len(system)) if system else ""
        self.system = QLabel(carried or i18n.tr("Running from Python: the system libraries are the "
                                                "computer's own."))
        self.system.setWordWrap(True)
        self.system.setAccessibleName(i18n.tr("System libraries"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(i18n.tr("&Close"))
        close.setAccessibleName(i18n.plain(i18n.tr("&Close")))

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
