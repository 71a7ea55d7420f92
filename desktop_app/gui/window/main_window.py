"""The main window: makes the parts (canvas, field list, message bar, workers), lays them out and
wires them together; what each part of the window does lives in its own module:

- commands, menus, toolbars, tooltips: the action table (gui/window/action_table.py,
  gui/window/window_actions.py)
- opening and saving: gui/flows/open_flow.py, gui/flows/save_flow.py;
  a crash's drafts: gui/flows/draft_offer.py
- OCR: gui/flows/ocr_flow.py; the page shown: gui/flows/page_view.py
- the questions to the clerk: gui/window/window_questions.py
- review keys, pages, queue, export, presentation, team, navigation: their flows (installed below)

It holds no parsing, HTTP or file-format logic. The flows get a `WindowServices` (or, for the
older ones, the window) and the window keeps the few methods tests and other modules call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow

from ...core.errors import AppError
from ...core.providers import get_provider
from .. import i18n
from ..flows import hostile_guard
from ..flows.draft_offer import DraftOffer
from ..flows.ocr_flow import OcrFlow
from ..flows.open_flow import OpenFlow
from ..flows.page_view import PageView
from ..flows.pages_flow import install as install_pages_flow
from ..flows.review_flow import ReviewFlow
from ..flows.review_flow import install as install_review_flow
from ..flows.save_flow import SaveFlow
from ..state.session import FieldsTouched, Session
from ..state.settings import Settings
from ..widgets.canvas import DocumentCanvas
from ..widgets.face_panel import FacePanel, face_image
from ..widgets.fields_panel import FieldsPanel
from ..widgets.fonts import install_fonts
from ..widgets.message_bar import MessageBar
from ..widgets.proof_font import apply_proof_font
from ..widgets.provider_bar import ProviderBar
from ..workers.autosave import Autosaver
from ..workers.imageload import ImageLoader
from ..workers.io_worker import IoWorker
from ..workers.ocr_worker import OcrRunner
from . import window_fit
from .accessible_names import name_controls
from .flow_services import FlowServices
from .late_parts import LateHost
from .toolbar_fit import ToolbarFit
from .view_stages import ViewStages
from .window_actions import WindowActions
from .window_layout import build_central, build_status, build_threshold
from .window_questions import WindowQuestions
from .window_services import WindowServices
from .window_start import WindowStart


class MainWindow(WindowQuestions, LateHost, QMainWindow):
    def __init__(self, settings: Settings | None = None, provider_id: str | None = None) -> None:
        settings = settings or Settings()
        # before the window exists: a translator installed later sends it a LanguageChange that
        # visits every widget in it (~340 before the first paint, issue 12); retranslate sets the texts
        i18n.set_language(settings.language)
        super().__init__()
        self._title_shown: tuple[str, bool] | None = None  # what _update_title last set
        install_fonts()  # idempotent; Thai must render even where no Thai font is installed
        self.settings = settings
        self.session = Session(self, who=self.settings.reviewer_or_user)
        self.runner = OcrRunner(self)  # answers kept in, and reused from, the core's ResponseCache
        self.image_loader = ImageLoader(self)
        self.io = IoWorker(self)  # review files and drafts are read and written off the GUI thread
        self.settings.write_elsewhere = self._write_settings  # the recent list, when a file opens
        self.autosaver = Autosaver(self.session, self.io, self)
        self.autosaver.failed.connect(lambda error: hostile_guard.show_draft_failure(self, error))

        self.canvas = DocumentCanvas()
        self.fields: FieldsPanel = FieldsPanel(self.session, self.canvas)
        apply_proof_font(self.fields, self.settings.looped_font)
        # a file dropped anywhere opens it, never pastes its path. A view passes it to its viewport:
        # not asked for here, PySide's first plain QWidget handed to Python made a wrapper class
        # for every widget class Qt has (~65 M instructions before the first paint, issue 12)
        for widget in (self.canvas, self.fields.table, self.fields.value_edit):
            widget.setAcceptDrops(False)
        self.message_bar = MessageBar()
        self.provider_bar: ProviderBar = ProviderBar(self.settings)
        self.face = FacePanel()

        self.splitter, self.face_dock = build_central(self, self.message_bar, self.canvas, self.fields,
                                                      self.face)
        self.commands = WindowActions(self)  # every command, menu and toolbar: the action table
        self._place_parts()
        status = build_status(self)
        self.status_label, self.progress, self.zoom_label = status.label, status.progress, status.zoom
        # documentChanged's view slots, after the field list's own (view_stages.py)
        self.views = ViewStages(self.session, self)
        self.fields.paint_later = self.views.after_views
        self.services = self._services()
        self.saving = SaveFlow(self.services, self)
        self.opening = OpenFlow(self.services, self.saving, lambda: self.batch)
        self.page_view = PageView(self.session, self.canvas, self.fields, self.face, self.image_loader,
                                  self.message_bar, self.status_label.setText, self)
        self.full_crops = self.page_view.full_crops  # big scans' sharp crops
        self.ocr = OcrFlow(self.services, self)
        self.drafts = DraftOffer(self.services, self, lambda: self.batch)
        self._connect()
        flows = FlowServices.of(self)  # the session and a few services: the flows never see the window
        self.review: ReviewFlow = install_review_flow(flows)  # keys, review actions, status summary
        self.pages = install_pages_flow(flows)  # page strip, page re-run, fresh call, reused answers
        self.ocr.pages, self.ocr.review = self.pages, self.review
        # the queue, export, team...: made after the first paint, or when first asked for (LateHost)
        self.setAcceptDrops(True)
        window_fit.place(self, self.settings)  # fits the screen; later starts: where it was left

        self.fields.model.set_thresholds(self.settings.thresholds())
        self.fields.set_low_first(self.settings.low_first)
        self.canvas.set_labels_visible(self.settings.labels_visible)
        self.commands["labels"].setChecked(self.settings.labels_visible)
        # before its flow exists (late_parts.py): a click meanwhile is the clerk's, kept by the flow
        self.commands["presentation_names"].setChecked(self.settings.mask_names)
        self._select_start_provider(provider_id)
        self.retranslate()
        self._on_busy(False)
        self._on_document_changed()
        self._show_page(0)

    # --- construction ----------------------------------------------------------------------------
    def _place_parts(self) -> None:
        """The menus' and toolbars' own parts, and the window's commands connected."""
        c = self.commands
        c.place("face_dock", self.face_dock.toggleViewAction())
        c.place("provider_bar", self.provider_bar)
        self.threshold_label, self.threshold_spin = build_threshold(self.settings.threshold)
        c.place("threshold", self.threshold_label)
        c.place("threshold", self.threshold_spin)
        self.toolbar, self.view_toolbar = c.toolbars["main"], c.toolbars["view"]
        # on a narrow screen the view toolbar goes to a second row instead of hiding Threshold
        self.toolbar_fit = ToolbarFit(self, self.toolbar, self.view_toolbar)
        self.menu_file, self.menu_ocr, self.menu_view = c.menu("file"), c.menu("ocr"), c.menu("view")
        for name, slot in (("open", lambda: self.open_dialog()), ("save", lambda: self.save()),
                           ("save_as", lambda: self.save_as()), ("settings", lambda: self.open_settings()),
                           ("quit", self.close), ("run", lambda: self.run_ocr()),
                           ("cancel", lambda: self.cancel_ocr()), ("zoom_in", self.canvas.zoom_in),
                           ("zoom_out", self.canvas.zoom_out), ("fit_page", self.canvas.fit_page),
                           ("fit_width", self.canvas.fit_width), ("actual_size", self.canvas.actual_size),
                           ("zoom_field", self.zoom_to_field)):
            c[name].triggered.connect(lambda _checked=False, slot=slot: slot())
        c["labels"].triggered.connect(self._on_labels)
        self.act_run, self.act_cancel, self.act_settings = c["run"], c["cancel"], c["settings"]
        self.act_save, self.act_save_as, self.act_labels = c["save"], c["save_as"], c["labels"]
        self.act_zoom_in = c["zoom_in"]

    def _services(self) -> WindowServices:
        """What the flows may use of the window; its operations late-bound (tests replace them)."""
        return WindowServices(
            host=self, session=self.session, settings=self.settings, io=self.io, ocr=self.runner,
            autosaver=self.autosaver, message_bar=self.message_bar, provider_bar=self.provider_bar,
            commands=self.commands, views=self.views, say=lambda text: self.status_label.setText(text),
            thresholds=lambda: self.fields.model.thresholds,
            open_paths=lambda paths: self.open_paths(paths),
            save=lambda **kw: self.save(**kw), keep_changes=lambda: self.maybe_keep_changes(),
            has_unsaved=lambda: self.has_unsaved(), commit_pending=lambda: self.fields.commit_pending(),
            say_cache=lambda reused: self.pages.say_cache(reused),
            masking=lambda: (self.presentation.on, self.presentation.names),
            queue_entries=lambda: self.batch.runner.order())

    def _connect(self) -> None:
        # with the flows' views: staged in a queue open, the page (its boxes, its image) a turn of its own
        self.views.add(self._on_document_changed)
        self.views.add(lambda: self._show_page(0))
        self.session.dirtyChanged.connect(lambda _dirty: self._update_title())
        self.session.reviewChanged.connect(self._on_review_changed)
        self.session.fieldsTouched.connect(self._on_fields_touched)
        self.session.pageReplaced.connect(lambda _index: self.canvas.restyle())
        self.fields.value_edit.textEdited.connect(lambda _text: self._update_title())
        self.canvas.fieldActivated.connect(self._on_canvas_field)
        self.canvas.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.fields.fieldSelected.connect(self.canvas.select_field)
        self.fields.pageChanged.connect(self._show_page)
        self.runner.busyChanged.connect(self._on_busy)
        self.provider_bar.providerChanged.connect(self._on_provider_changed)
        self.threshold_spin.valueChanged.connect(self._on_threshold)

    def _select_start_provider(self, requested: str | None) -> None:
        if requested:
            try:
                get_provider(requested)
            except AppError as exc:
                self.message_bar.show_error(exc)
                requested = None
        # the keyring is asked after the first paint (gui/window/window_start.py)
        self.start = WindowStart(self, requested)

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.commands.retranslate()  # every menu title, command text and tooltip
        self.opening.retranslate()
        self.face_dock.setWindowTitle(i18n.tr("Face"))
        self.canvas.set_label_language(i18n.language())
        self.threshold_label.setText(i18n.tr("Threshold:"))
        self.threshold_spin.setToolTip(i18n.tr("Fields below this confidence are marked for attention"))
        self.provider_bar.retranslate()
        self.message_bar.retranslate()
        self.fields.retranslate()
        for part in (self.__dict__.get("review"), self.__dict__.get("pages")):  # None while being made
            if part is not None:
                part.retranslate()
        if self.has_late_parts:
            late = self.late
            for part in (late.batch, late.results, late.presentation, late.team, late.navigation,
                         late.about, late.samples):
                part.retranslate()
        if "pages" in self.__dict__:
            name_controls(self)  # accessible names: the late parts' once they exist
        if not self.runner.busy:
            self.status_label.setText(i18n.tr("Ready"))
        i18n.button_texts(self.commands.toolbars.values())  # toolbar buttons without a Thai "(O)"
        self._update_title()

    # --- title and state -------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        return self.session.dirty or self.fields.has_pending_edit()

    def _update_title(self) -> None:
        name = self.session.display_name() or i18n.tr("No document")
        title, modified = f"{name}[*] — " + i18n.tr("OCR Review Desk"), self.has_unsaved()
        if (title, modified) == self._title_shown:
            return  # asked three times an edit; Qt's setters send the window events even unchanged
        self._title_shown = (title, modified)
        self.setWindowTitle(title)
        self.setWindowModified(modified)

    def _on_busy(self, busy: bool) -> None:
        self.commands.update_enabled(busy=busy, document=self.session.document is not None)
        self.provider_bar.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status_label.setText(i18n.tr("Reading the document…"))

    def _on_document_changed(self) -> None:
        doc = self.session.document
        self.provider_bar.set_document_simulated(bool(doc and doc.simulated))
        if doc is not None and doc.provider_id and self.provider_bar.provider_id() != doc.provider_id:
            self.provider_bar.set_provider_id(doc.provider_id)
        face = face_image(doc)
        self.face.set_image(face)
        self.face_dock.setVisible(not face.isNull())
        self.commands.update_enabled(busy=self.runner.busy, document=doc is not None)
        self._update_title()

    @property
    def _shown_image(self) -> str | None:
        return self.page_view.shown_image

    def _show_page(self, page_index: int) -> None:
        self.page_view.show_page(page_index)

    def _on_review_changed(self) -> None:
        self._update_title()  # (after every edit: the typed text is no longer pending)

    def _on_fields_touched(self, touched: FieldsTouched) -> None:
        """States and checks of the touched fields changed (an error check draws the box red)."""
        session = self.session
        self.canvas.restyle_fields([session.field(p, i) for p, i in touched.positions])

    # --- selection -------------------------------------------------------------------------------
    def _on_canvas_field(self, index: int) -> None:
        self.fields.select_field(index)
        self.fields.focus_list()  # the keyboard follows the field the clerk picked on the image

    def select_field(self, index: int | None) -> None:
        """Select field `index` of the current page in both the list and the image."""
        self.views.catch_up()  # not a view of the previous document, nor a first field chosen after
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

    # --- opening, OCR, saving: their flows ---------------------------------------------------------
    def open_dialog(self) -> None:
        self.opening.open_dialog()

    def open_paths(self, paths: list[str]) -> bool:
        """Open a saved review file, or one or two images. Asks first when work is unsaved."""
        return self.opening.open_paths(paths)

    @property
    def menu_recent(self):
        return self.opening.menu_recent

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

    def run_ocr(self, *, ask: bool = True, fresh: bool = False) -> None:
        """Ctrl+R: send the open images to the chosen service on a worker thread."""
        self.ocr.run(ask=ask, fresh=fresh)

    def cancel_ocr(self) -> None:
        self.runner.cancel()

    def save(self, *, wait: bool = False) -> bool:
        """Ctrl+S: save beside the image (or where it was loaded from), on the IO worker."""
        return self.saving.save(wait=wait)

    def save_as(self, *, wait: bool = False) -> bool:
        return self.saving.save_as(wait=wait)

    def maybe_keep_changes(self) -> bool:
        """Before the document goes away: True to go on (saved or discarded), False to stay."""
        return self.saving.maybe_keep_changes()

    def offer_drafts(self) -> None:
        """At start: offer the unsaved reviews a crash left (read on the IO worker, then asked)."""
        self.drafts.offer()

    # --- settings --------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from ..dialogs.settings_dialog import SettingsDialog

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit = getattr(self, "toolbar_fit", None)  # None while the window is being made
        if fit is not None:
            fit.refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.toolbar_fit.refit()  # (its size may not change: no resize then)
        if not getattr(self, "_fitted", False):  # the first show: the real frame is known now
            self._fitted = True
            QTimer.singleShot(0, self, lambda: window_fit.fit_shown(self))  # dropped if the window goes

    def _write_settings(self, write: Callable[[], None]) -> None:
        try:
            self.io.submit(write)
        except RuntimeError:  # the window's worker is gone (a window deleted without closing)
            write()

    # --- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if (self.has_late_parts and not self.batch.guard.before_quit()) or not self.maybe_keep_changes():
            event.ignore()
            return
        self.autosaver.forget()  # saved or discarded by the clerk: no draft to offer next time
        self.io.flush()  # a save or draft write under way is finished before the window goes
        self.settings.write_elsewhere = None
        self.runner.shutdown()
        if self.has_late_parts:
            self.batch.shutdown()
            self.team.shutdown()
        self.image_loader.cancel()
        self.review.activity.stop()
        window_fit.remember(self, self.settings)  # geometry and docks, as Qt's byte arrays
        self.settings.sync()
        event.accept()
