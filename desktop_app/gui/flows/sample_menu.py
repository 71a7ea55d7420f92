"""File › Open Sample: the bundled samples, for a demo without a key or a network.

Each entry copies the sample into the user's data folder (`<data dir>/samples/`, on the IO
worker; the installed files are never written to, and the review file is saved beside the copy),
chooses the demo service (the samples are what it reads) and opens the copy. The list is whatever
`resources/samples/` holds (images and PDFs, not their `.truth.json`).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from ...core.errors import AppError
from ...core.paths import data_dir
from ...resources import samples_dir
from .. import i18n

# The words of the computed keys sample.* (scripts/codemod_tr.py)
_SAMPLE_WORDS: dict[str, str] = {
    "sample.vehicle_book": i18n.QT_TRANSLATE_NOOP("i18n", "Vehicle book (scan)"),
    "sample.vehicle_book_photo": i18n.QT_TRANSLATE_NOOP("i18n", "Vehicle book (phone photo)"),
    "sample.thai_id_card": i18n.QT_TRANSLATE_NOOP("i18n", "Thai ID card"),
    "sample.passport": i18n.QT_TRANSLATE_NOOP("i18n", "Passport"),
    "sample.vn_registration_front": i18n.QT_TRANSLATE_NOOP("i18n", "Vietnamese registration, front"),
    "sample.vn_registration_back": i18n.QT_TRANSLATE_NOOP("i18n", "Vietnamese registration, back"),
}

if TYPE_CHECKING:
    from ..window.window_services import WindowServices

DEMO = "demo"
SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf"}


def bundled_samples(folder: Path | None = None) -> list[Path]:
    folder = folder if folder is not None else samples_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def sample_label(path: Path) -> str:
    """"Vehicle book (phone photo) — vehicle_book_photo.jpg": a known sample's own words."""
    key = f"sample.{path.stem}"
    title = i18n.tr_from(_SAMPLE_WORDS, key)
    return f"{title} — {path.name}" if title != key else path.name


def copy_sample(sample: Path) -> Path:
    """On the IO worker: the sample copied to `<data dir>/samples/` (replaced when it changed)."""
    folder = data_dir() / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / sample.name
    if not target.exists() or target.read_bytes() != sample.read_bytes():
        shutil.copyfile(sample, target)
    return target


class SampleMenu:
    def __init__(self, services: WindowServices) -> None:
        self.services = services
        self.menu = QMenu(services.host)
        self.menu.aboutToShow.connect(self.fill)
        services.commands.place("samples", self.menu)  # where the action table's File menu says
        self._filled_in: str | None = None  # the language of the entries, None before the first fill
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(i18n.tr("Open Sa&mple"))
        if self._filled_in != i18n.language():  # the window retranslates once more as it is made
            self.fill()

    def fill(self) -> None:
        self._filled_in = i18n.language()
        self.menu.clear()
        samples = bundled_samples()
        if not samples:
            self.menu.addAction(i18n.tr("No samples are installed")).setEnabled(False)
            return
        for number, sample in enumerate(samples, start=1):
            action = self.menu.addAction(f"&{number % 10}  {sample_label(sample)}")
            action.setToolTip(str(sample))
            action.triggered.connect(lambda _=False, s=sample: self.open(s))

    def open(self, sample: Path) -> None:
        services = self.services
        if not services.keep_changes():
            return

        def done(copy: Path | None, error: AppError | None) -> None:
            if error is not None or copy is None:
                services.message_bar.show_error(error or AppError("file.write"))
                return
            services.provider_bar.set_provider_id(DEMO)  # what reads the samples
            if services.open_paths([str(copy)]):
                services.say(i18n.tr("Opened the sample {name} with the demo service (simulated results): "
                                     "Ctrl+R reads it").format(name=sample.name))

        services.io.submit(lambda: copy_sample(sample), done)


def install(services: WindowServices) -> SampleMenu:
    return SampleMenu(services)
