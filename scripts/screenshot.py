"""Refresh the README's screenshot: the sample vehicle book OCR'd by the demo provider.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot-vehicle-book.png] [--language en|th]

Builds the real main window offscreen (1400x900), opens resources/samples/vehicle_book.png, runs the
`demo` provider (the in-process stand-in: no key, no network), waits for the result, selects the
lowest-confidence field and saves `window.grab()`. Settings, keyring and data folder are temporary,
so running it never touches the user's own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot-vehicle-book.png"))
    parser.add_argument("--language", choices=("en", "th"), default="en")
    parser.add_argument("--labels", action="store_true", help="also draw the field labels on the image")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--sample", default="vehicle_book", help="a bundled sample's name (thai_id_card...)")
    parser.add_argument("--presentation", action="store_true", help="presentation mode on (masked)")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    work = Path(tempfile.mkdtemp(prefix="desktop-app-shot-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    for name in ("AIGEN_API_KEY", "CVVN_API_KEY", "CVVN_API_SECRET"):
        os.environ.pop(name, None)

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.widgets.fields_model import attention_key
    from desktop_app.gui.widgets.fonts import install_fonts
    from desktop_app.gui.window.main_window import MainWindow
    from desktop_app.resources import samples_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(condition, what: str, seconds: float = 60.0) -> None:
        deadline = QDeadlineTimer(int(seconds * 1000))
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"screenshot: timed out waiting for {what}")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            spin(20)

    try:
        image = work / f"{args.sample}.png"
        shutil.copyfile(samples_dir() / f"{args.sample}.png", image)
        settings = Settings(work / "settings.ini")
        settings.language = args.language
        settings.labels_visible = args.labels
        window = MainWindow(settings, "demo")
        window.resize(width, height)
        window.show()
        window.open_paths([str(image)])
        wait_until(lambda: not window.canvas.image().isNull(), "the image")
        window.run_ocr(ask=False)
        wait_until(lambda: not window.runner.busy, "the OCR result")
        if window.session.document is None:
            raise SystemExit(f"screenshot: OCR failed: {window.message_bar.text}")
        fields = window.fields.model.fields()
        candidates = [i for i, f in enumerate(fields) if f.boxes and f.confidence is not None]
        lowest = min(candidates, key=lambda i: attention_key(fields[i], settings.threshold))
        window.select_field(lowest)
        if args.presentation:
            window.presentation.set_on(True)
        window.canvas.fit_page()
        spin(200)
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise SystemExit(f"screenshot: could not write {out}")
        print(f"wrote {out} ({fields[lowest].label_en}: {fields[lowest].value!r}, "
              f"confidence {fields[lowest].confidence})")
        window.session.close()  # nothing to save: the window closes without asking
        window.close()
        app.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
