"""The main window: wires the canvas, the field list, the message bar and the OCR runner together.

It holds no parsing, HTTP or file-format logic: opening and saving go through `Session` (which uses
core.reviewfile), OCR through `OcrRunner` (core.engine on a pool thread), preferences through
`Settings`. Questions to the clerk (unsaved changes, replace a file, run again) are methods that
return the answer, so tests replace them.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core import desk, drafts, reviewfile
from ..core.batch import pair_sides
from ..core.errors import CATALOGUE, AppError
from ..core.files import is_special
from ..core.model import Document
from ..core.pages import open_patterns
from ..core.providers import get_provider
from ..core.reviewfile import SUFFIX
from ..core.secrets import has_credentials
from ..resources import samples_dir
from . import buttons, hostile_guard, i18n, window_fit, yesterday
from .about_dialog import install_about
from .accessible_names import name_controls
from .autosave import Autosaver
from .batch_panel import install as install_batch
from .canvas import DocumentCanvas
from .export_flow import install as install_results
from .face_panel import FacePanel, face_image
from .fields_panel import FieldsPanel
from .flow_services import FlowServices
from .fonts import install_fonts
from .imageload import ImageLoader, failure_error, image_key
from .io_worker import IoWorker
from .message_bar import MessageBar
from .navigation import install as install_navigation
from .ocr_worker import OcrRunner
from .page_crops import FullCrops
from .pages_flow import install as install_pages_flow
from .presentation import install as install_presentation
from .proof_font import apply_proof_font
from .provider_bar import ProviderBar, available_providers
from .review_flow import ReviewFlow
from .review_flow import install as install_review_flow
from .sample_menu import install as install_samples
from .session import Session
from .settings import Settings
from .team_flow import install as install_team
from .toolbar_fit import ToolbarFit

DEMO = "demo"
FACE_DOCK_WIDTH = 190
FIELDS_MIN_WIDTH = 580


def choose_provider(requested: str | None, settings: Settings) -> str:
    """The provider at start: the one asked for, else the last one used, else the first with a key;
    with no key configured anywhere, the demo."""
    if requested:
        return requested
    providers = [p for p in available_providers() if p.id != DEMO]
    with_key = [p.id for p in providers if has_credentials(p)]
    if not with_key:
        return DEMO
    saved = settings.provider_id
    if saved and any(p.id == saved for p in available_providers()):
        return saved
    return with_key[0]


def write_review(document: Document, target: Path, *, probe: bool) -> None:
    """On the IO worker: write the review file; with `probe`, an existing file at `target` that is
    newer or damaged is never written over (`FileFormatError`)."""
    if probe:
        reviewfile.ensure_replaceable(target, keep_clerk_work=False)
    reviewfile.save(document, target)


def _error_from_message(message: str) -> AppError:
    """The error ImageLoader reports (a code, with the kind of file: imageload.failure_key)."""
    error = failure_error(message)
    return error if error.code in CATALOGUE else AppError("input.unreadable", message)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, provider_id: str | None = None) -> None:
        super().__init__()
        install_fonts()  # idempotent; Thai must render even where no Thai font is installed
        self.settings = settings or Settings()
        i18n.set_language(self.settings.language)
        self.session = Session(self, who=self.settings.reviewer_or_user)
        self.runner = OcrRunner(self)  # answers kept in, and reused from, the core's ResponseCache
        self.image_loader = ImageLoader(self)
        self.io = IoWorker(self)  # review files and drafts are read and written off the GUI thread
        self.autosaver = Autosaver(self.session, self.io, self)
        self.autosaver.failed.connect(lambda error: hostile_guard.show_draft_failure(self, error))
        self._unloadable: dict[str, str] = {}  # review files that failed to load (-> error code): kept
        self._saving: Path | None = None
        self._shown_image: str | None = None
        self._wanted_image: str | None = None

        self.canvas = DocumentCanvas()
        self.canvas.setAcceptDrops(False)
        self.canvas.viewport().setAcceptDrops(False)
        self.fields: FieldsPanel = FieldsPanel(self.session, self.canvas)
        apply_proof_font(self.fields, self.settings.looped_font)
        self.full_crops = FullCrops(self.canvas, self._on_full_crops, self)  # big scans' sharp crops
        for widget in (self.fields.table, self.fields.table.viewport(), self.fields.value_edit):
            widget.setAcceptDrops(False)  # a file dropped anywhere opens it, never pastes its path
        self.message_bar = MessageBar()
        self.provider_bar: ProviderBar = ProviderBar(self.settings)
        self.face = FacePanel()

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect()
        flows = FlowServices.of(self)  # the session and a few services: the flows never see the window
        self.review: ReviewFlow = install_review_flow(flows)  # keys, review actions and menus, status summary
        self.pages = install_pages_flow(flows)  # page strip, page re-run, fresh call, reused answers
        self.batch = install_batch(self)  # the queue dock: folders and many files, sent N at a time
        self.results = install_results(self)  # File › Export, Help › Report (issue 14)
        self.presentation = install_presentation(self)  # View › Presentation Mode (issue 14)
        self.team = install_team(self)  # File › Connect to Team Queue: the team's PostgreSQL queue
        self.about = install_about(self)  # Help > About: version and licences
        self.samples = install_samples(self)  # File › Open Sample: the demo's bundled samples
        self.setAcceptDrops(True)
        self.navigation = install_navigation(self)  # service menu, next/previous page and document keys
        window_fit.place(self, self.settings)  # fits the screen; later starts: where it was left
        self.on_screen = window_fit.KeepOnScreen(self, self.fields, FIELDS_MIN_WIDTH)  # docks too

        self.fields.model.set_thresholds(self.settings.thresholds())
        self.fields.set_low_first(self.settings.low_first)
        self.canvas.set_labels_visible(self.settings.labels_visible)
        self.act_labels.setChecked(self.settings.labels_visible)
        self._select_start_provider(provider_id)
        self.retranslate()
        self._on_busy(False)
        self._on_document_changed()

    # --- construction ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 640])
        splitter.setChildrenCollapsible(False)
        self.fields.setMinimumWidth(FIELDS_MIN_WIDTH)  # docks (queue, face) take from the image, not the list
        self.splitter = splitter
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.face_dock = QDockWidget(self)
        self.face_dock.setObjectName("FaceDock")
        self.face_dock.setWidget(self.face)
        self.face_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                   | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                   | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.face_dock.setMaximumWidth(FACE_DOCK_WIDTH)  # the field table's Value column keeps the room
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.face_dock)
        self.face_dock.hide()

    def _action(self, shortcuts: list[QKeySequence | str] | None, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) if isinstance(s, str) else s for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_open = self._action([QKeySequence(std.Open)], lambda: self.open_dialog())
        self.act_save = self._action([QKeySequence(std.Save)], lambda: self.save())
        self.act_save_as = self._action([QKeySequence("Ctrl+Shift+S")], lambda: self.save_as())
        self.act_settings = self._action([QKeySequence("Ctrl+,")], lambda: self.open_settings())
        self.act_quit = self._action([QKeySequence("Ctrl+Q")], self.close)
        self.act_run = self._action([QKeySequence("Ctrl+R")], lambda: self.run_ocr())
        self.act_cancel = self._action([QKeySequence("Ctrl+.")], lambda: self.cancel_ocr())
        self.act_zoom_in = self._action(["Ctrl++", "Ctrl+="], self.canvas.zoom_in)
        self.act_zoom_out = self._action(["Ctrl+-"], self.canvas.zoom_out)
        self.act_fit_page = self._action(["Ctrl+0"], self.canvas.fit_page)
        self.act_fit_width = self._action(["Ctrl+2"], self.canvas.fit_width)
        self.act_actual = self._action(["Ctrl+1"], self.canvas.actual_size)
        self.act_zoom_field = self._action(["Ctrl+Shift+F"], self.zoom_to_field)
        self.act_labels: QAction = self._action(["Ctrl+L"], self._on_labels, checkable=True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_open)
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_save)
        self.menu_file.addAction(self.act_save_as)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_ocr = bar.addMenu("")
        self.menu_ocr.addAction(self.act_run)
        self.menu_ocr.addAction(self.act_cancel)
        self.menu_view = bar.addMenu("")
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_fit_page, self.act_fit_width,
                       self.act_actual, self.act_zoom_field):
            self.menu_view.addAction(action)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_labels)
        self.menu_view.addAction(self.face_dock.toggleViewAction())

    def _build_toolbar(self) -> None:
        tb = QToolBar(self)
        tb.setObjectName("MainToolBar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(self.act_open)
        tb.addAction(self.act_save)
        tb.addSeparator()
        tb.addWidget(self.provider_bar)
        tb.addAction(self.act_run)
        tb.addAction(self.act_cancel)
        self.addToolBar(tb)
        # The view's part is a toolbar of its own: on a narrow screen it goes to a second row
        # (gui/toolbar_fit.py) instead of hiding Threshold behind "»"
        tb = QToolBar(self)
        tb.setObjectName("ViewToolBar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addAction(self.act_fit_page)
        tb.addAction(self.act_fit_width)
        tb.addAction(self.act_zoom_field)
        tb.addSeparator()
        self.threshold_label = QLabel()
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(0.0, 1.0)
        self.threshold_spin.setSingleStep(0.05)
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setValue(self.settings.threshold)
        tb.addWidget(self.threshold_label)
        tb.addWidget(self.threshold_spin)
        self.addToolBar(tb)
        self.view_toolbar = tb
        main_toolbar = self.findChild(QToolBar, "MainToolBar")
        assert main_toolbar is not None  # made by the provider bar above
        self.toolbar = main_toolbar
        self.toolbar_fit = ToolbarFit(self, main_toolbar, self.view_toolbar)

    def _build_status(self) -> None:
        self.status_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: indeterminate
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.zoom_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.zoom_label)

    def _connect(self) -> None:
        self.session.documentChanged.connect(self._on_document_changed)
        self.session.dirtyChanged.connect(lambda _dirty: self._update_title())
        self.session.fieldChanged.connect(self._on_field_changed)
        self.session.reviewChanged.connect(self._on_review_changed)
        self.fields.value_edit.textEdited.connect(lambda _text: self._update_title())
        self.canvas.fieldActivated.connect(self._on_canvas_field)
        self.canvas.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.fields.fieldSelected.connect(self._on_list_field)
        self.fields.pageChanged.connect(self._show_page)
        self.image_loader.loaded.connect(self._on_image_loaded)
        self.image_loader.failed.connect(self._on_image_failed)
        self.runner.busyChanged.connect(self._on_busy)
        self.runner.succeeded.connect(self._on_ocr_result)
        self.runner.failed.connect(self._on_ocr_failed)
        self.runner.cancelled.connect(lambda: self.status_label.setText(i18n.t("status.cancelled")))
        self.provider_bar.providerChanged.connect(self._on_provider_changed)
        self.threshold_spin.valueChanged.connect(self._on_threshold)

    def _select_start_provider(self, requested: str | None) -> None:
        if requested:
            try:
                get_provider(requested)
            except AppError as exc:
                self.message_bar.show_error(exc)
                requested = None
        self.provider_bar.set_provider_id(choose_provider(requested, self.settings))

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = i18n.t
        self.menu_file.setTitle(t("menu.file"))
        self.menu_ocr.setTitle(t("menu.ocr"))
        self.menu_view.setTitle(t("menu.view"))
        self.menu_recent.setTitle(t("menu.recent"))
        for action, key in ((self.act_open, "act.open"), (self.act_save, "act.save"),
                            (self.act_save_as, "act.save_as"), (self.act_settings, "act.settings"),
                            (self.act_quit, "act.quit"), (self.act_run, "act.run"),
                            (self.act_cancel, "act.cancel"), (self.act_zoom_in, "act.zoom_in"),
                            (self.act_zoom_out, "act.zoom_out"), (self.act_fit_page, "act.fit_page"),
                            (self.act_fit_width, "act.fit_width"), (self.act_actual, "act.actual_size"),
                            (self.act_zoom_field, "act.zoom_field"), (self.act_labels, "act.labels")):
            action.setText(t(key))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = i18n.plain(t(key))
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        self.face_dock.setWindowTitle(t("face.title"))
        self.canvas.set_label_language(i18n.language())
        self.threshold_label.setText(t("tb.threshold"))
        self.threshold_spin.setToolTip(t("tb.threshold.tip"))
        self.provider_bar.retranslate()
        self.message_bar.retranslate()
        self.fields.retranslate()
        if hasattr(self, "review"):
            self.review.retranslate()
        if hasattr(self, "pages"):
            self.pages.retranslate()
        if hasattr(self, "batch"):
            self.batch.retranslate()
        if hasattr(self, "presentation"):
            self.results.retranslate()
            self.presentation.retranslate()
        if hasattr(self, "team"):
            self.team.retranslate()
        if hasattr(self, "navigation"):
            self.navigation.retranslate()
        if hasattr(self, "about"):
            self.about.retranslate()
            name_controls(self)  # accessible names, once every part of the window exists
        if hasattr(self, "samples"):
            self.samples.retranslate()
        if not self.runner.busy:
            self.status_label.setText(t("status.ready"))
        self._update_title()

    # --- title and state -------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.session.dirty or self.fields.has_pending_edit()

    def _update_title(self) -> None:
        name = self.session.display_name() or i18n.t("app.untitled")
        self.setWindowTitle(f"{name}[*] — {i18n.t('app.title')}")
        self.setWindowModified(self.has_unsaved())

    def _on_busy(self, busy: bool) -> None:
        self.act_run.setEnabled(not busy)
        self.act_cancel.setEnabled(busy)
        self.provider_bar.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status_label.setText(i18n.t("status.running"))

    def _on_document_changed(self) -> None:
        doc = self.session.document
        self.provider_bar.set_document_simulated(bool(doc and doc.simulated))
        if doc is not None and doc.provider_id and self.provider_bar.provider_id() != doc.provider_id:
            self.provider_bar.set_provider_id(doc.provider_id)
        face = face_image(doc)
        self.face.set_image(face)
        self.face_dock.setVisible(not face.isNull())
        has_doc = doc is not None
        self.act_save.setEnabled(has_doc)
        self.act_save_as.setEnabled(has_doc)
        self._show_page(0)
        self._update_title()

    def _current_fields(self) -> list:
        return self.fields.model.fields()

    def _show_page(self, page_index: int) -> None:
        self.canvas.select_field(None)
        self.canvas.set_fields(self._current_fields(), self.fields.model.threshold_of)
        source = self.session.page_source(page_index)
        wanted = image_key(str(source[0]), source[1]) if source is not None else None
        face = face_image(self.session.document, page_index)
        self.face.set_image(face)
        self.fields.magnifier.withheld = source is None and self.session.document is not None
        if wanted == self._shown_image and source is not None:
            self.full_crops.request(str(source[0]), source[1])  # new fields on a page shown reduced
        if wanted != self._shown_image:
            self._wanted_image = wanted
            if source is None:
                self.canvas.set_image(QImage())
                self._shown_image = None
            else:
                self.image_loader.load(str(source[0]), source[1])

    def _on_image_loaded(self, path: str, image: QImage) -> None:
        if path != self._wanted_image:
            return
        self._shown_image = path
        self.canvas.set_image(image)
        self.canvas.set_fields(self._current_fields(), self.fields.model.threshold_of)
        current = self.fields.current_field
        if current is not None:
            self.canvas.select_field(current)
        self.fields.magnifier.show_field(self.canvas, current)
        source = self.session.page_source(self.fields.page_index)
        if source is not None and image_key(str(source[0]), source[1]) == path:
            self.full_crops.request(str(source[0]), source[1])

    def _on_full_crops(self) -> None:
        self.fields.magnifier.show_field(self.canvas, self.fields.current_field)

    def _on_image_failed(self, path: str, message: str) -> None:
        if path != self._wanted_image:
            return
        self._shown_image = None
        self.canvas.set_image(QImage())
        self.message_bar.show_error(_error_from_message(message))
        # never "Opened X" beside a bar saying X cannot be read
        self.status_label.setText(i18n.t("status.not_shown", name=Path(path.rsplit("#page=", 1)[0]).name))

    def _on_field_changed(self, _page_index: int, _field_index: int) -> None:
        self._update_title()

    def _on_review_changed(self) -> None:
        self.canvas.restyle()  # states and checks changed (an error check draws the box red)
        self._update_title()

    # --- selection -------------------------------------------------------------------------------
    def _on_canvas_field(self, index: int) -> None:
        self.fields.select_field(index)
        self.fields.focus_list()  # the keyboard follows the field the clerk picked on the image

    def _on_list_field(self, index: int | None) -> None:
        self.canvas.select_field(index)

    def select_field(self, index: int | None) -> None:
        """Select field `index` of the current page in both the list and the image."""
        self.fields.select_field(index)
        self.canvas.select_field(index)

    def zoom_to_field(self) -> None:
        if self.fields.current_field is not None:
            self.canvas.zoom_to_field(self.fields.current_field)

    def _on_labels(self, checked: bool) -> None:
        self.settings.labels_visible = checked
        self.canvas.set_labels_visible(checked)

    def _on_threshold(self, value: float) -> None:
        self.settings.threshold = value
        self.fields.set_threshold(value)
        self.canvas.restyle()
        self.review.update_summary()

    def _on_provider_changed(self, provider_id: str) -> None:
        self.settings.provider_id = provider_id

    # --- opening ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        recent = self.settings.recent_files()
        # with nothing opened yet, start where the samples are (the demo reads them; in a bundle
        # they are deep inside the program's folder, where nobody would find them)
        start = os.path.dirname(recent[0]) if recent else str(samples_dir())
        paths, _ = QFileDialog.getOpenFileNames(self, i18n.plain(i18n.t("dlg.open")), start,
                                                i18n.t("dlg.filter.open", patterns=open_patterns()))
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> bool:
        """Open a saved review file, or one or two images. Asks first when work is unsaved."""
        paths = [os.fspath(p) for p in paths if p]
        if not paths or not self.maybe_keep_changes():
            return False
        self.runner.cancel()
        self.message_bar.dismiss()
        reviews = [p for p in paths if p.endswith(SUFFIX)]
        if reviews:
            return self._open_review(reviews[0])
        special = [p for p in paths if is_special(p)]  # a FIFO or a device: never read (stat only)
        if special:
            self.message_bar.show_error(AppError("input.not_regular", special[0]))
            return False
        beside = desk.review_beside(paths)
        if beside is not None:  # yesterday's work: the image opens with its saved review
            return self._open_review(str(beside), images=paths)
        missing = [p for p in paths if not os.path.isfile(p) and not os.path.isdir(p)]
        if missing:
            self.message_bar.show_error(AppError("input.not_found", missing[0]))
            return False
        if self.batch.wants_queue(paths, self.provider_bar.provider().image_count):
            return self.batch.open_many(paths)  # a folder or many files: the queue
        if self.provider_bar.provider().image_count == 2 and len(paths) == 2:
            # front first, whatever order they came in
            paths = [str(p) for p in pair_sides([Path(p) for p in paths])[0]]
        self.session.open_images(paths)  # one document (front and back for a two-sided service)
        for path in paths:
            self.settings.add_recent(path)
        self.status_label.setText(i18n.t("status.opened", path=self.session.display_name()))
        return True

    def _open_review(self, path: str, images: list[str] | None = None) -> bool:
        """Read the review file on the IO worker, then show it. A newer or damaged file gives the
        catalogue's message and is remembered, so it is never saved over (the `images` it was
        found beside are opened bare then)."""
        target = Path(os.path.abspath(path))
        self.status_label.setText(i18n.t("status.loading", path=path))

        def done(loaded: tuple[Document, list[str]] | None, error: AppError | None) -> None:
            if error is not None or loaded is None:
                self._unloadable[str(target)] = error.code if error is not None else "file.unreadable"
                self.status_label.setText(i18n.t("status.ready"))
                if images:
                    self.session.open_images(images)
                self._show_not_overwritten(error or AppError("file.unreadable"))
                return
            self._unloadable.pop(str(target), None)
            document, problems = loaded
            # not the files it was made from: not shown, nothing sent (session.withheld)
            self.session.open_loaded(document, target, problems)
            if problems:
                hostile_guard.refuse_unverified(self)
            self.settings.add_recent(images[0] if images else path)
            self.status_label.setText(i18n.t("status.opened_review", name=Path(images[0]).name) if images
                                      else i18n.t("status.opened", path=path))

        def load() -> tuple[Document, list[str]]:
            # the review beside an image opens only when made from this very file
            return desk.load_review(target, images[0] if images else None)

        self.io.submit(load, done)
        return True

    def _show_not_overwritten(self, error: AppError) -> None:
        text = error.message(i18n.language())
        if error.code in ("file.newer", "file.unreadable"):
            text = i18n.t("msg.not_overwritten", message=text)
        self.message_bar.show_message(text, "error")
        self.message_bar.code = error.code

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        files = self.settings.recent_files()
        if not files:
            empty = self.menu_recent.addAction(i18n.t("menu.recent.empty"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            action = self.menu_recent.addAction(f"&{number % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        self.menu_recent.addSeparator()
        clear = self.menu_recent.addAction(i18n.t("menu.recent.clear"))
        clear.triggered.connect(self.settings.clear_recent)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            # After the drop returns: a prompt inside a drop handler would block the drag source.
            QTimer.singleShot(0, lambda: self.open_paths(paths))

    # --- OCR -------------------------------------------------------------------------------------
    def run_ocr(self, *, ask: bool = True, fresh: bool = False) -> None:
        """Ctrl+R: send the open images to the chosen service on a worker thread (a saved answer
        for the same images, provider and options is reused with no request unless `fresh`)."""
        self.fields.commit_pending()
        if self.runner.busy:
            return
        if not self.session.has_images:
            self.message_bar.show_message(i18n.t("msg.no_image"), "info")
            return
        if hostile_guard.refuse_unverified(self):
            return
        if ask and self.session.document is not None and not self.ask_rerun():
            return
        provider_id = self.provider_bar.provider_id()
        job = self.settings.job_for(self.session.image_paths, provider_id)  # the one way a job is built
        self.message_bar.dismiss()
        self._last_fresh = fresh  # a Retry after a fresh call's error is fresh too
        if not self.pages.confirm_requests(self.provider_bar.provider()):
            return
        self.runner.start(job, fresh=fresh)  # every page: one request a page where needed

    def cancel_ocr(self) -> None:
        self.runner.cancel()

    def _on_ocr_result(self, document: Document) -> None:
        if self.pages.handle_result(document):
            return  # one page read again, merged into the open document
        self.session.set_result(document)  # checks run; the review flow selects the first field
        attention = self.review.attention()  # needing attention and gives the list the focus
        low = len(attention.pending()) if attention is not None else 0
        self.status_label.setText(i18n.t("status.done", n=len(document.all_fields()), low=low))
        if document.errors:
            lang = i18n.language()
            text = "\n".join(e.message_th if lang == "th" else e.message_en for e in document.errors)
            retry = any(e.retryable for e in document.errors)
            self.message_bar.show_message(text, "warning", self.pages.rerun_failed if retry else None)
        elif document.ocr is not None and document.ocr.from_cache:
            self.pages.say_cache(True)

    def _rerun_now(self) -> None:
        """Retry after an error: the clerk asked for it, so no second question."""
        self.run_ocr(ask=False, fresh=getattr(self, "_last_fresh", False))

    def _on_ocr_failed(self, error: AppError) -> None:
        self.status_label.setText(i18n.t("status.ready"))
        self.message_bar.show_error(error, self._rerun_now)

    # --- saving ----------------------------------------------------------------------------------
    def save(self, *, wait: bool = False) -> bool:
        """Ctrl+S: save beside the image (or where it was loaded from), on the IO worker. True when
        the save was started (with `wait`: when it is written)."""
        self.fields.commit_pending()
        if self.session.document is None:
            return False
        if not self.session.dirty and not reviewfile.has_clerk_work(self.session.document):
            # untouched (the queue's next document after Ctrl+Enter): no review file for it
            self.status_label.setText(i18n.t("status.nothing_to_save", name=self.session.display_name()))
            return False
        target = self.session.default_save_path()
        if target is None or str(target) in self._unloadable:
            return self.save_as(wait=wait)
        replacing = self.session.review_path is None or self.session.fresh_result
        signed = yesterday.signed_off_by(target, self.io) if replacing and target.exists() else None
        if signed is not None:  # a signed-off review: named, and Cancel is the default
            if not self.ask_replace_signed(target, signed):
                self.status_label.setText(i18n.t("status.not_replaced"))
                return False
        elif self.session.review_path is None and target.exists() and not self.ask_overwrite(target):
            return self.save_as(wait=wait)
        return self._save_to(target, wait=wait)

    def save_as(self, *, wait: bool = False) -> bool:
        self.fields.commit_pending()
        if self.session.document is None:
            return False
        path = self.ask_save_path(self.session.default_save_path())
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self._save_to(Path(path), wait=wait)

    def _save_to(self, path: Path, *, wait: bool = False) -> bool:
        target = Path(os.path.abspath(path))
        if str(target) in self._unloadable:  # a newer or damaged file we could not read: keep it
            self._show_not_overwritten(AppError(self._unloadable[str(target)]))
            return False
        own_file = self.session.review_path == target
        pending = self.session.begin_save(target, reviewer=self.settings.reviewer_or_user())
        self._saving = target
        self._last_save_ok = False
        self.status_label.setText(i18n.t("status.saving", path=str(target)))

        def done(_result: object, error: AppError | None) -> None:
            self._saving = None
            self.session.end_save(pending, error)
            self._last_save_ok = error is None
            if error is not None:
                self._show_not_overwritten(error)
                self.status_label.setText(i18n.t("status.ready"))
                return
            self.settings.add_recent(target)
            self.status_label.setText(i18n.t("status.saved", path=str(target)))

        self.io.submit(lambda: write_review(pending.snapshot, target, probe=not own_file), done)
        if wait:
            self.io.flush()
            return self._last_save_ok
        return True

    # --- questions (replaced in tests) -----------------------------------------------------------
    def ask_unsaved(self) -> str:
        """Unsaved changes: "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, i18n.t("unsaved.title"),
                          i18n.t("unsaved.text", name=self.session.display_name()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        buttons.localize(box)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_replace_signed(self, path: Path, signed: yesterday.SignedOff) -> bool:
        return yesterday.ask_replace_signed(self, path, signed)

    def ask_overwrite(self, path: Path) -> bool:
        return buttons.ask_yes_no(self, i18n.t("overwrite.title"), i18n.t("overwrite.text", name=path.name))

    def ask_fresh(self) -> bool:
        """Ctrl+Shift+R: a new request may be charged again."""
        return buttons.ask_yes_no(self, i18n.t("fresh.title"), i18n.t("fresh.text"))

    def ask_rerun_page(self, index: int) -> bool:
        return buttons.ask_yes_no(self, i18n.t("rerun_page.title"), i18n.t("rerun_page.text", n=index + 1))

    def ask_restore(self, infos: list[drafts.DraftInfo]) -> dict[str, str]:
        """Drafts left by a crash: draft id -> "restore", "discard" or "later"."""
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(infos, self)
        dialog.exec()
        return dialog.answers()

    def ask_page_requests(self, count: int) -> bool:
        """A file of `count` pages to a service that reads one page per request: send them all?"""
        return buttons.ask_yes_no(self, i18n.t("page_requests.title"), i18n.t("page_requests.text", n=count))

    def ask_rerun(self) -> bool:
        return buttons.ask_yes_no(self, i18n.t("rerun.title"), i18n.t("rerun.text"))

    def ask_save_path(self, default: Path | None) -> str:
        path, _ = QFileDialog.getSaveFileName(self, i18n.plain(i18n.t("dlg.save_as")),
                                              str(default) if default else "",
                                              i18n.t("dlg.filter.review"))
        return path

    def maybe_keep_changes(self) -> bool:
        """Before the document goes away: True to go on (saved or discarded), False to stay."""
        self.fields.commit_pending()
        if not self.session.dirty:
            return True
        choice = self.ask_unsaved()
        if choice == "save":
            return hostile_guard.guard_close_save(lambda: self.save(wait=True), self)
        return choice == "discard"

    # --- crash recovery --------------------------------------------------------------------------
    def offer_drafts(self) -> None:
        """At start: offer the unsaved reviews a crash left (read on the IO worker, then asked)."""
        self.io.submit(drafts.orphaned_drafts, lambda infos, _error: self._ask_drafts(infos or []))

    def _ask_drafts(self, infos: list[drafts.DraftInfo]) -> None:
        if not infos:
            return
        answers = self.ask_restore(infos)
        for info in infos:
            if answers.get(info.id) == "discard":
                self.io.submit(partial(drafts.remove_draft, info.id))
        chosen = [info for info in infos if answers.get(info.id) == "restore" and info.error is None]
        for info in chosen:
            self.io.submit(partial(drafts.load_draft, info.id), partial(self._restore_draft, info))

    def _restore_draft(self, info: drafts.DraftInfo, document: Document | None,
                       error: AppError | None) -> None:
        if error is not None or document is None:
            self.message_bar.show_error(error or AppError("file.unreadable"))
            return
        if self.batch.take_restored(info, document):
            return  # a second restored review waits in the queue (the window shows one at a time)
        if not self.maybe_keep_changes():
            return
        self.runner.cancel()
        self.autosaver.adopt(info.id)  # go on writing the same draft: no second copy
        self.session.restore(document, info.review_path)
        self.batch.opened_restored(document)
        self.status_label.setText(i18n.t("status.restored", name=info.title))

    # --- settings --------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, self.provider_bar.provider_id())
        if dialog.exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        i18n.set_language(self.settings.language)
        self.threshold_spin.setValue(self.settings.threshold)
        self.fields.model.set_thresholds(self.settings.thresholds())
        apply_proof_font(self.fields, self.settings.looped_font)
        self.canvas.restyle()
        self.retranslate()
        self.provider_bar.set_provider_id(self.provider_bar.provider_id())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):  # the first show: the real frame is known now
            self._fitted = True
            QTimer.singleShot(0, self, lambda: window_fit.fit_shown(self))  # dropped if the window goes

    # --- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.batch.guard.before_quit() or not self.maybe_keep_changes():
            event.ignore()
            return
        self.autosaver.forget()  # saved or discarded by the clerk: no draft to offer next time
        self.io.flush()  # a save or draft write under way is finished before the window goes
        self.runner.shutdown()
        self.batch.shutdown()
        self.team.shutdown()
        self.image_loader.cancel()
        self.review.activity.stop()
        window_fit.remember(self, self.settings)  # geometry and docks, as Qt's byte arrays
        self.settings.sync()
        event.accept()
