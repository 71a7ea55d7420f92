"""The main window's widgets laid out: the message bar over the image and the field list side by
side, the face image's dock, the Threshold box of the view toolbar and the status bar's parts.
What they do is wired in gui/window/main_window.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

FACE_DOCK_WIDTH = 190
FIELDS_MIN_WIDTH = 580


def build_central(window: QMainWindow, message_bar: QWidget, canvas: QWidget, fields: QWidget,
                  face: QWidget) -> tuple[QSplitter, QDockWidget]:
    """(the image | field list splitter, the face dock, hidden until a document has a face)."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(canvas)
    splitter.addWidget(fields)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([760, 640])
    splitter.setChildrenCollapsible(False)
    fields.setMinimumWidth(FIELDS_MIN_WIDTH)  # docks (queue, face) take from the image, not the list
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(4, 4, 4, 0)
    layout.setSpacing(4)
    layout.addWidget(message_bar)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    face_dock = QDockWidget(window)
    face_dock.setObjectName("FaceDock")
    face_dock.setWidget(face)
    face_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                          | QDockWidget.DockWidgetFeature.DockWidgetMovable
                          | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    face_dock.setMaximumWidth(FACE_DOCK_WIDTH)  # the field table's Value column keeps the room
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, face_dock)
    face_dock.hide()
    return splitter, face_dock


def build_threshold(value: float) -> tuple[QLabel, QDoubleSpinBox]:
    """(the view toolbar's Threshold label, its box)."""
    label = QLabel()
    spin = QDoubleSpinBox()
    spin.setRange(0.0, 1.0)
    spin.setSingleStep(0.05)
    spin.setDecimals(2)
    spin.setValue(value)
    return label, spin


@dataclass
class StatusParts:
    """The status bar's parts."""

    label: QLabel  # the last message
    progress: QProgressBar  # busy: indeterminate
    zoom: QLabel


def build_status(window: QMainWindow) -> StatusParts:
    parts = StatusParts(QLabel(), QProgressBar(), QLabel())
    parts.progress.setRange(0, 0)
    parts.progress.setMaximumWidth(160)
    parts.progress.setTextVisible(False)
    status = window.statusBar()
    status.addWidget(parts.label, 1)
    status.addPermanentWidget(parts.progress)
    status.addPermanentWidget(parts.zoom)
    return parts
