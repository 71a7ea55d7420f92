"""Opening from the window: File › Open, Open Recent, drops and the command line's files. A saved
review file opens on the IO worker (a newer or damaged one is named and never saved over); an image
with yesterday's review beside it opens with that review; a folder or many files go to the queue
(`queue`, gui/flows/batch_panel.py); a FIFO or device is never read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QMenu

from ...core import desk
from ...core.errors import AppError
from ...core.files import is_special
from ...core.lazy import lazy_module
from ...core.model import Document
from ...core.pages import open_patterns
from ...resources import samples_dir
from .. import i18n
from ..window.window_services import WindowServices
from . import hostile_guard
from .save_flow import SaveFlow

if TYPE_CHECKING:
    from ...core import batch, reviewfile
    from ..workers import faces
else:  # the review files' reader, the pairing of sides and the face photos at the first open (issue 12)
    batch = lazy_module("desktop_app.core.batch")
    reviewfile = lazy_module("desktop_app.core.reviewfile")
    faces = lazy_module("desktop_app.gui.workers.faces")


class Queue(Protocol):
    def wants_queue(self, paths: list[str], image_count: int) -> bool: ...
    def open_many(self, paths: list[str]) -> bool: ...


class OpenFlow:
    def __init__(self, services: WindowServices, saving: SaveFlow, queue: Callable[[], Queue]) -> None:
        """`queue`: the window's queue (made when first asked for: gui/window/late_parts.py)."""
        self.services = services
        self.saving = saving  # what failed to load is never saved over
        self.queue = queue
        self.menu_recent = QMenu(services.host)
        self.menu_recent.aboutToShow.connect(self.fill_recent)
        services.commands.place("recent", self.menu_recent)

    def retranslate(self) -> None:
        self.menu_recent.setTitle(i18n.tr("Open &Recent"))

    def open_dialog(self) -> None:
        recent = self.services.settings.recent_files()
        # with nothing opened yet, start where the samples are (the demo reads them; in a bundle
        # they are deep inside the program's folder, where nobody would find them)
        start = os.path.dirname(recent[0]) if recent else str(samples_dir())
        paths, _ = QFileDialog.getOpenFileNames(self.services.host, i18n.plain(i18n.tr("Open image or "
                                                                                       "review file")), start,
                                                i18n.tr("Images, PDFs and review files ({patterns});;All "
                                                        "files (*)").format(patterns=open_patterns()))
        if paths:
            self.services.open_paths(paths)

    def open_paths(self, paths: list[str]) -> bool:
        """Open a saved review file, or one or two images. Asks first when work is unsaved."""
        s = self.services
        paths = [os.fspath(p) for p in paths if p]
        if not paths or not s.keep_changes():
            return False
        s.ocr.cancel()
        s.message_bar.dismiss()
        reviews = [p for p in paths if p.endswith(reviewfile.SUFFIX)]
        if reviews:
            return self.open_review(reviews[0])
        special = [p for p in paths if is_special(p)]  # a FIFO or a device: never read (stat only)
        if special:
            s.message_bar.show_error(AppError("input.not_regular", special[0]))
            return False
        beside = desk.review_beside(paths)
        if beside is not None:  # yesterday's work: the image opens with its saved review
            return self.open_review(str(beside), images=paths)
        missing = [p for p in paths if not os.path.isfile(p) and not os.path.isdir(p)]
        if missing:
            s.message_bar.show_error(AppError("input.not_found", missing[0]))
            return False
        image_count = s.provider_bar.provider().image_count
        queue = self.queue()
        if queue.wants_queue(paths, image_count):
            return queue.open_many(paths)  # a folder or many files: the queue
        if image_count == 2 and len(paths) == 2:
            # front first, whatever order they came in
            paths = [str(p) for p in batch.pair_sides([Path(p) for p in paths])[0]]
        s.session.open_images(paths)  # one document (front and back for a two-sided service)
        for path in paths:
            s.settings.add_recent(path)
        s.say(i18n.tr("Opened {path}").format(path=s.session.display_name()))
        return True

    def open_review(self, path: str, images: list[str] | None = None) -> bool:
        """Read the review file on the IO worker, then show it. A newer or damaged file gives the
        catalogue's message and is remembered, so it is never saved over (the `images` it was
        found beside are opened bare then)."""
        s = self.services
        unloadable = self.saving.unloadable
        target = Path(os.path.abspath(path))
        s.say(i18n.tr("Opening {path}…").format(path=path))

        def done(loaded: tuple[Document, list[str]] | None, error: AppError | None) -> None:
            if error is not None or loaded is None:
                unloadable[str(target)] = error.code if error is not None else "file.unreadable"
                s.say(i18n.tr("Ready"))
                if images:
                    s.session.open_images(images)
                self.saving.show_not_overwritten(error or AppError("file.unreadable"))
                return
            unloadable.pop(str(target), None)
            document, problems = loaded
            # not the files it was made from: not shown, nothing sent (session.withheld)
            s.session.open_loaded(document, target, problems)
            if problems:
                hostile_guard.refuse_unverified(s)
            s.settings.add_recent(images[0] if images else path)
            s.say(i18n.tr("Opened the saved review of {name}").format(name=Path(images[0]).name) if images
                  else i18n.tr("Opened {path}").format(path=path))

        def load() -> tuple[Document, list[str]]:
            # the review beside an image opens only when made from this very file
            loaded = desk.load_review(target, images[0] if images else None)
            faces.prepare_faces(loaded[0])  # its face photo decoded here, not when the window shows it
            return loaded

        s.io.submit(load, done)
        return True

    def fill_recent(self) -> None:
        menu = self.menu_recent
        menu.clear()
        files = self.services.settings.recent_files()
        if not files:
            empty = menu.addAction(i18n.tr("No recent files"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number % 10}  {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.services.open_paths([p]))
        menu.addSeparator()
        clear = menu.addAction(i18n.tr("Clear list"))
        clear.triggered.connect(self.services.settings.clear_recent)
