"""The window's keys and its save, through the real `MainWindow` offscreen with the demo provider
(issue 12): Enter (commit the typed value and go to the next field) and the first character typed
on the field list (it starts the edit), each against a bare QLineEdit in a bare window doing the
same; the longest stall of a save of 500 fields with 5,000 history entries.
`python -m bench.gui_keys [--quick]` prints the rows.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from .gui_common import (
    KEY_GOAL_MS,
    STALL_GOAL_MS,
    Heartbeat,
    cli,
    close_window,
    isolate,
    keep,
    open_window,
    settle,
    small_samples,
    spin,
    stall_row,
    the_app,
)


# --- per key ----------------------------------------------------------------------------------------
def _key_runs(root: Path, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    from desktop_app.resources import samples_dir

    app = the_app()
    window = open_window(root)
    image = root / "keys" / "vehicle_book.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(samples_dir() / "vehicle_book.png", image)
    window.open_paths([str(image)])
    window.act_run.trigger()
    spin(lambda: window.session.document is not None and not window.runner.busy)
    spin(lambda: not window.canvas.image().isNull())
    settle(100)
    fields = window.fields
    enter: list[float] = []
    first: list[float] = []
    rows = fields.model.rowCount()
    for n in range(runs * 3):  # a few warm-up presses; the median drops them anyway
        fields.select_field((n * 3) % rows)
        fields.focus_list()
        settle(5)
        first.append(keep(lambda: QTest.keyClick(app.focusWidget(), Qt.Key.Key_X)))
        QTest.keyClicks(fields.value_edit, f"yz{n}")  # a new value each time: Enter commits
        settle(5)
        enter.append(keep(lambda: QTest.keyClick(app.focusWidget(), Qt.Key.Key_Return)))
        settle(5)
    close_window(window)

    bare = QMainWindow()
    edit = QLineEdit()
    edit.editingFinished.connect(lambda: edit.selectAll())
    bare.setCentralWidget(edit)
    bare.resize(1366, 768)
    bare.show()
    edit.setFocus()
    settle()
    bare_enter: list[float] = []
    bare_first: list[float] = []
    for _n in range(runs * 3):
        edit.clear()
        settle(5)
        bare_first.append(keep(lambda: QTest.keyClick(edit, Qt.Key.Key_X)))
        QTest.keyClicks(edit, "yz")
        settle(5)
        bare_enter.append(keep(lambda: QTest.keyClick(edit, Qt.Key.Key_Return)))
    bare.close()
    bare.deleteLater()
    settle(10)
    return {"enter": _tail(enter, runs), "first": _tail(first, runs),
            "bare_enter": _tail(bare_enter, runs), "bare_first": _tail(bare_first, runs)}


def _tail(values: list[float], runs: int) -> list[float]:
    """The last `runs` groups' medians: one figure a run, after the warm-up."""
    groups = [values[i:i + 3] for i in range(0, len(values), 3)]
    return [statistics.median(g) for g in groups][-runs:]


# --- save ------------------------------------------------------------------------------------------
def _big_document(image: Path, fields: int = 500, history: int = 10):
    from desktop_app.core.model import Document, Field, HistoryEntry, Page, Source

    made = []
    for i in range(fields):
        f = Field(key=f"field_{i}", label_th="ช่อง", label_en="Field", ocr_value=f"ค่า {i}", value=f"ค่า {i}",
                  confidence=0.9)
        f.history = [HistoryEntry("edit", f"old {i} {h}", f"ค่า {i}", "2026-12-01T10:00:00+07:00", "clerk")
                     for h in range(history)]
        made.append(f)
    return Document(doc_type="vehicle_book",
                    sources=[Source(path=str(image), sha256="0" * 64, width=560, height=800, page_count=1)],
                    provider_id="aigen-vehicle-book-v2", endpoint="https://x", options={},
                    pages=[Page(index=0, width=560, height=800, fields=made)])


def _save_stall(root: Path, image: Path) -> float:
    window = open_window(root)
    window.session.restore(_big_document(image), None)  # unsaved, its image beside it
    window.autosaver.flush()
    spin(lambda: window.io.idle)
    settle(50)
    window.session.set_value(0, 3, "แก้แล้ว")
    window.autosaver.timer.stop()
    settle(20)
    saved: list[str] = []
    window.session.saved.connect(saved.append)
    beat = Heartbeat()
    beat.start()
    window.act_save.trigger()
    spin(lambda: bool(saved) and window.io.idle)
    settle(30)
    stall = beat.stop()
    close_window(window)
    return stall



def rows(quick: bool) -> list[dict]:
    runs = 3 if quick else 5
    root = Path(tempfile.mkdtemp(prefix="bench-gui-keys-"))
    isolate(root / "home")
    the_app()
    try:
        from desktop_app.standin import demo_provider as demo

        demo.standin()  # started once, before anything is measured
        keys = _key_runs(root, runs)
        out = [
            stall_row("GUI per key: Enter (commit and next)", "ms", keys["enter"],
                      "a bare QLineEdit, Enter", keys["bare_enter"], f"<= {KEY_GOAL_MS:g} ms", KEY_GOAL_MS),
            stall_row("GUI per key: first character", "ms", keys["first"],
                      "a bare QLineEdit, one character", keys["bare_first"], f"<= {KEY_GOAL_MS:g} ms",
                      KEY_GOAL_MS),
        ]
        image = small_samples(root / "save", 1)[0]
        saves = [_save_stall(root, image) for _ in range(runs)]
        out.append(stall_row("GUI max stall: save 500 fields, 5,000 history", "ms", saves, "none", [],
                             f"<= {STALL_GOAL_MS:g} ms", STALL_GOAL_MS))
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(cli("bench.gui_keys", rows))
