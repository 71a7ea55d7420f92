"""Screenshots of the window's languages: the main window with a menu open, the text box's
context menu, the Open dialog (Qt's own, not the platform's), the shortcut sheet and the settings.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshot_languages.py --language vi --out shots/'

Each picture is the whole screen (QScreen.grabWindow(0)), so menus and dialogs show as the clerk
sees them. Settings, keyring and data folder are temporary.
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
    parser.add_argument("--language", choices=("en", "th", "vi"), default="th")
    parser.add_argument("--out", default=str(ROOT / "shots"))
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="desktop-app-lang-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktop_app.core.pages import open_patterns
    from desktop_app.gui import i18n
    from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.gui.dialogs.shortcut_sheet import ShortcutSheet
    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.widgets.fonts import install_fonts
    from desktop_app.gui.window.main_window import MainWindow
    from desktop_app.resources import samples_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_fonts()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = app.primaryScreen().size()
    tag = f"{args.language}-{size.width()}x{size.height()}"

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

    def shoot(name: str) -> None:
        spin(400)
        path = out / f"{tag}-{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)

    try:
        image = work / "vehicle_book.png"
        shutil.copyfile(samples_dir() / "vehicle_book.png", image)
        settings = Settings(work / "settings.ini")
        settings.language = args.language
        window = MainWindow(settings, "demo")
        window.show()
        window.open_paths([str(image)])
        wait_until(lambda: not window.canvas.image().isNull(), "the image")
        window.run_ocr(ask=False)
        wait_until(lambda: not window.runner.busy, "the OCR result")
        window.select_field(0)
        spin(300)
        for menu, name in ((window.menu_file, "menu-file"), (window.review.menu_review, "menu-review")):
            window.menuBar().setActiveAction(menu.menuAction())
            shoot(name)
            menu.hide()
        edit = window.fields.value_edit
        context = edit.createStandardContextMenu()
        context.popup(edit.mapToGlobal(QPoint(20, edit.height() // 2)))
        shoot("context-menu")
        context.hide()
        dialog = QFileDialog(window, i18n.plain(i18n.tr("Open image or review file")), str(samples_dir()),
                             i18n.tr("Images, PDFs and review files ({patterns});;All "
                                     "files (*)").format(patterns=open_patterns()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        shoot("open-dialog")
        dialog.close()
        sheet = ShortcutSheet(window)
        sheet.show()
        shoot("shortcut-sheet")
        sheet.close()
        dialog = SettingsDialog(settings, window, "demo")
        dialog.show()
        shoot("settings")
        dialog.close()
        window.session.close()
        window.close()
        app.processEvents()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
