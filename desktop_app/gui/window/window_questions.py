"""The window's questions to the clerk (unsaved changes, replace a file, run again, restore drafts,
where to save). Each returns the answer, so tests replace them on the window; the flows ask them
through the window (gui/flows/save_flow.py, gui/flows/ocr_flow.py, gui/flows/draft_offer.py,
gui/flows/pages_flow.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core import drafts
from .. import i18n
from ..widgets import buttons

if TYPE_CHECKING:
    from ..flows import yesterday
    from ..state.session import Session


class WindowQuestions:
    """A mixin of the main window (a QWidget with a `session`)."""

    session: Session

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def ask_unsaved(self) -> str:
        """Unsaved changes: "save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, i18n.tr("Unsaved changes"),
                          i18n.tr("“{name}” has changes that are not saved. Save them first?").format(
                              name=self.session.display_name()),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self._parent())
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
        from ..flows import yesterday

        return yesterday.ask_replace_signed(self._parent(), path, signed)

    def ask_overwrite(self, path: Path) -> bool:
        return buttons.ask_yes_no(self._parent(), i18n.tr("Replace review file?"),
                                  i18n.tr("“{name}” already exists. Replace it?").format(name=path.name))

    def ask_fresh(self) -> bool:
        """Ctrl+Shift+R: a new request may be charged again."""
        return buttons.ask_yes_no(
            self._parent(), i18n.tr("Run OCR fresh"),
            i18n.tr("A saved answer exists for this image. A fresh call sends it to the service "
                    "again and may be charged again. Send it anyway?"))

    def ask_rerun_page(self, index: int) -> bool:
        return buttons.ask_yes_no(self._parent(), i18n.tr("Re-run page"),
                                  i18n.tr("Page {n} has review work (confirmed or corrected fields). Reading "
                                          "it again replaces its fields (Ctrl+Z brings "
                                          "them back). Go on?").format(n=index + 1))

    def ask_restore(self, infos: list[drafts.DraftInfo]) -> dict[str, str]:
        """Drafts left by a crash: draft id -> "restore", "discard" or "later"."""
        from ..dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(infos, self._parent())
        dialog.exec()
        return dialog.answers()

    def ask_page_requests(self, count: int) -> bool:
        """A file of `count` pages to a service that reads one page per request: send them all?"""
        return buttons.ask_yes_no(self._parent(), i18n.tr("Send every page?"),
                                  i18n.tr("This file has {n} pages and the chosen service reads one page per "
                                          "request: {n} requests will be sent, and each may be charged "
                                          "(answers already stored are reused for free). "
                                          "Send them?").format(n=count))

    def ask_rerun(self) -> bool:
        return buttons.ask_yes_no(
            self._parent(), i18n.tr("Run OCR again?"),
            i18n.tr("This document already has an OCR result. Running again sends it to the "
                    "service again (it may be charged) and replaces the fields and your corrections."))

    def ask_save_path(self, default: Path | None) -> str:
        path, _ = QFileDialog.getSaveFileName(self._parent(), i18n.plain(i18n.tr("Save review file")),
                                              str(default) if default else "",
                                              i18n.tr("Review files (*.review.json)"))
        return path
