"""File › Export Reviewed… (Ctrl+Shift+E) and Help › OCR Report…: the review files of the open
folder or queue, exported (core/export) or reported (core/report) on a worker thread, with a
progress dialog that can cancel.

Which review files: those in the folders of the queue's documents, else in the folder of the open
document (saved files only: the window says so when the open document has unsaved changes).
In presentation mode the export is masked like the screen. Questions (where to write, which
format) are methods tests replace. The work runs on a background helper (gui/workers/background.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QProgressDialog

from ...core import reviewfile
from ...core.errors import AppError, InputError
from ...core.lazy import lazy_module
from ...core.model import ReviewStatus
from .. import i18n
from ..workers.background import Background, Job

if TYPE_CHECKING:
    from ...core import export
    from ..window.window_services import WindowServices
else:  # the export's rows and writers load at the first export, not before the window's first paint
    export = lazy_module("desktop_app.core.export")

FILTERS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "jsonl": "JSON Lines (*.jsonl)"}


class ResultsFlow:
    def __init__(self, services: WindowServices) -> None:
        self.services = services
        self._work: Background | None = None  # made at the first export or report (issue 12)
        self._cancel = False
        self._finish: Callable[[Any], None] | None = None
        self.progress: QProgressDialog | None = None
        # keys, menus and texts: gui/window/action_table.py
        self.act_export = services.commands["export"]
        self.act_export.triggered.connect(lambda _c=False: self.export())
        self.act_report = services.commands["report"]
        self.act_report.triggered.connect(lambda _c=False: self.report())

    def retranslate(self) -> None:
        pass  # every text is the action table's or made when shown

    @property
    def busy(self) -> bool:
        return self._finish is not None

    # --- what to export ----------------------------------------------------------------------------
    def folders(self) -> list[Path]:
        services = self.services
        paths: list = [e.review_path or reviewfile.review_path_for(e.paths[0])
                       for e in services.queue_entries() if e.review_path or e.paths]
        if not paths:
            current = services.session.review_path or services.session.default_save_path()
            paths = [current] if current is not None else []
        return list(dict.fromkeys(Path(p).parent for p in paths))

    def ask_export_target(self, folders: list[Path]) -> tuple[Path, str, bool] | None:
        """(file, format, include documents not signed off) or None (cancelled)."""
        dialog = QFileDialog(self.services.host, i18n.plain(i18n.tr("Export reviewed documents")),
                             str(folders[0] / "export.csv"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # room for the checkbox
        dialog.setNameFilters(list(FILTERS.values()))
        dialog.filterSelected.connect(lambda text: dialog.setDefaultSuffix(self._format_of(text)))
        dialog.setDefaultSuffix("csv")
        include = QCheckBox(i18n.tr("Include documents not signed off (their status is a column)"))
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(include)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        typed = path.suffix.lower().lstrip(".")
        fmt = typed if typed in FILTERS else self._format_of(dialog.selectedNameFilter())
        if typed != fmt:
            path = path.with_name(path.name + f".{fmt}")
        return path, fmt, include.isChecked()

    @staticmethod
    def _format_of(name_filter: str) -> str:
        return next((fmt for fmt, text in FILTERS.items() if text == name_filter), "csv")

    def ask_report_target(self, folders: list[Path]) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.services.host, i18n.plain(i18n.tr("OCR &Report…")),
                                              str(folders[0] / "report.html"), "HTML (*.html)")
        return Path(name) if name else None

    # --- running -----------------------------------------------------------------------------------
    def export(self) -> bool:
        folders = self._folders_or_say()
        if not folders:
            return False
        target = self.ask_export_target(folders)
        if target is None:
            return False
        out, fmt, include_all = target
        unsaved = self.services.has_unsaved()
        masked, mask_names = self.services.masking()  # in presentation mode, masked like the screen

        def job(work: Job):
            files = export.review_files(folders, recursive=False)
            # progress: each file read, then each document written (total known once all are read)
            loaded, bad = export.load_review_files(files, progress=lambda d, t: work.progress(d, 2 * t),
                                            cancelled=lambda: self._cancel)
            read = len(files)
            if not loaded and not bad:
                raise InputError("export.no_input", ", ".join(map(str, folders)))
            if not include_all and not any(d.review.status == ReviewStatus.REVIEWED for _, d in loaded):
                raise InputError("export.none_signed_off")
            result = export.export_documents([export.ExportItem(d, str(p)) for p, d in loaded], out, fmt,
                                             include_unsigned=include_all, masked=masked,
                                             mask_names=mask_names,
                                             progress=lambda d, t: work.progress(read + d, read + t),
                                             cancelled=lambda: self._cancel)
            return result, bad, masked, unsaved

        return self._start(job, self._exported)

    def report(self) -> bool:
        folders = self._folders_or_say()
        if not folders:
            return False
        out = self.ask_report_target(folders)
        if out is None:
            return False
        def job(work: Job):
            from ...core.report import write_report

            loaded, _ = export.load_review_files(export.review_files(folders, recursive=False),
                                                 progress=work.progress, cancelled=lambda: self._cancel)
            write_report([d for _, d in loaded], out)
            return out

        return self._start(job, self._reported)

    def _folders_or_say(self) -> list[Path]:
        if self.busy:
            return []
        folders = self.folders()
        if not folders:
            self.services.message_bar.show_message(i18n.tr("Open a folder (or a review file) first: the "
                                                           "export takes the review files of the open folder "
                                                           "or queue."), "warning")
        return folders

    def _start(self, job: Callable[[Job], Any], finish: Callable[[Any], None]) -> bool:
        self._cancel = False
        self._finish = finish
        self.progress = QProgressDialog(self.services.host)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)  # a quick export shows no dialog at all
        self.progress.setAutoReset(False)  # closed when the job is done, not when a count is reached
        self.progress.setAutoClose(False)
        self.progress.setLabelText(i18n.tr("Exporting {done} of {total}…").format(done=0, total="…"))
        self.progress.canceled.connect(self._on_cancel)
        if self._work is None:
            self._work = Background(self.services.host, threads=1, stopped=(export.Cancelled,))
        self._work.start(job, self._on_done, self._on_progress)
        return True

    def _on_cancel(self) -> None:
        self._cancel = True

    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or not total:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(i18n.tr("Exporting {done} of {total}…").format(done=done, total=total))
        dialog.setValue(min(done, total))  # last: a modal dialog's setValue delivers pending events

    def _on_done(self, result: Any, error: AppError | None) -> None:
        finish, self._finish = self._finish, None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_cancel)
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if error is not None:
            self.services.message_bar.show_error(error)
        elif result is not None and finish is not None:
            finish(result)
        else:
            self.services.say(i18n.tr("Cancelled. Nothing was changed."))

    def _exported(self, outcome: Any) -> None:
        result, bad, masked, unsaved = outcome
        text = i18n.tr("Exported %n document(s) to "
                       "{path}.", None, result.exported).format(path=str(result.path))
        if result.skipped:
            text += " " + i18n.tr("{n} not signed off were left out.").format(n=result.skipped)
        if masked:
            text += " " + i18n.tr("Presentation mode is on: personal data in this export is masked.")
        if unsaved:
            text += " " + i18n.tr("The open document has unsaved changes: the export has what was last "
                                  "saved.")
        for _path, error in bad[:1]:
            text += " " + error.message(i18n.language())
        self.services.message_bar.show_message(text, "warning" if bad or result.disagreements else "info")

    def _reported(self, out: Path) -> None:
        self.services.message_bar.show_message(i18n.tr("Wrote the report to "
                                                       "{path}.").format(path=str(out)), "info")
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    def wait(self, msecs: int = 30_000) -> bool:
        """Tests and closing: wait for a running job (its result is delivered by the event loop)."""
        return self._work is None or self._work.wait(msecs)


def install(services: WindowServices) -> ResultsFlow:
    return ResultsFlow(services)
