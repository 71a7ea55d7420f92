"""How long one edit holds the window's GUI thread in a big document (issue 10): a measurement,
not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/measure_edit.py 5000

A window with one page of N fields (scripts/measure_checks.py's document), shown at 1366x768; then
one value edited through the session (the change, the re-check, the field list and every other
listener), and the autosave's GUI-thread part (what it does before handing the draft to the IO
worker). Prints seconds, how many cells the field list re-read and how many fields the draft
copied (after the result's first draft, which copies the whole document once).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure_checks import document  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(sizes: list[int]) -> None:
    app = QApplication.instance() or QApplication([])
    home = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"] = home
    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.window.main_window import MainWindow

    for count in sizes:
        window = MainWindow(Settings(Path(home) / f"settings-{count}.ini"), "aigen-vehicle-book-v2")
        window.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
        window.resize(1366, 768)
        window.show()
        window.session.set_result(document(count))
        app.processEvents()
        started = time.perf_counter()
        window.autosaver.flush()  # the first draft of the result (the whole document is copied)
        first = time.perf_counter() - started
        window.io.flush(60_000)
        model = window.fields.model
        reads = [0]
        original = model.data

        def counting(index, role=0, _original=original, reads=reads):
            reads[0] += 1
            return _original(index, role)

        model.data = counting  # type: ignore[method-assign]
        window.autosaver.timer.stop()
        reads[0] = 0
        started = time.perf_counter()
        window.session.set_value(0, 3, "31/02/2530")
        app.processEvents()  # the repaint the edit asked for
        edit = time.perf_counter() - started
        window.autosaver.timer.stop()
        started = time.perf_counter()
        window.autosaver.flush()  # its GUI-thread part; the write itself runs on the IO worker
        autosave = time.perf_counter() - started
        window.io.flush(60_000)
        copied = getattr(window.autosaver, "fields_copied", "?")
        print(f"{count:>7} fields: edit {edit:6.3f} s ({reads[0]} cells read), "
              f"its autosave on the GUI thread {autosave:6.3f} s ({copied} fields copied), "
              f"total {edit + autosave:6.3f} s; the result's first draft {first:6.3f} s", flush=True)
        window.close()
        window.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [5000])
