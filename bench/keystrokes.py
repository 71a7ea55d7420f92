"""Keystrokes to review a document, counted by replaying the review through the real window.

`python -m bench.keystrokes [--no-write]` opens the demo vehicle book and the demo ID card in the
real `MainWindow` (offscreen, demo provider, a temporary home folder), and replays a clerk's review
key by key into whatever widget has the keyboard focus, counting every key press (a chord such as
Ctrl+Shift+Enter counts as one; a Thai character typed through an input method counts as one).
The clerk's decisions come from each sample's truth file: a field is right when its value equals
the truth, otherwise it is corrected by the cheaper of "F2, Backspace to the common prefix, type the
rest" and "type the whole value".

Two ways through the same document:

- **smart**: Ctrl+R; Ctrl+Shift+Enter (confirm all high-confidence fields); then on each field the
  window brings up: Alt+Enter when a check suggests the true value, else type the correction, then
  Enter (which confirms or commits and jumps to the next field needing attention) until none is
  left; Ctrl+Enter (sign-off); Ctrl+S.
- **Tab-only**: Ctrl+R; then every field in turn: type a correction if needed, Shift+Enter to confirm
  or commit it, Tab to the next field; Ctrl+Enter; Ctrl+S. No confirm-all, no jump, no suggestions.
- **Tab-only, lean**: as Tab-only, but a field is confirmed by the sign-off instead of Shift+Enter
  (Tab commits a typed correction; Ctrl+Enter accepts every untouched field, answering its question
  with Tab and Space when fields needing attention are left): the cheapest a
  clerk can do without the attention queue, so the fairer baseline.

Both must end in the same saved review (every value equal to the truth, every field reviewed, the
document reviewed): the replay checks it, so the counts are of reviews that really happened.
The figures go into README.md between `<!-- bench:keystrokes:start -->` and
`<!-- bench:keystrokes:end -->` (added at the end when missing; nothing else is touched).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .gui_common import isolate

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:keystrokes:start -->", "<!-- bench:keystrokes:end -->"
DOCUMENTS = (("vehicle_book", "Vehicle book"), ("thai_id_card", "ID card"))


@dataclass
class Result:
    name: str
    fields: int
    needing: int  # fields needing attention after OCR
    corrected: int
    smart: int
    tab_only: int  # Tab to every field, Shift+Enter to confirm each
    tab_lean: int  # Tab to every field, corrections typed, the sign-off confirms the rest


class Keyboard:
    """Presses keys on the focused widget and counts them."""

    def __init__(self, app) -> None:
        self.app = app
        self.count = 0

    def focused(self):
        widget = self.app.focusWidget()
        if widget is None:
            raise RuntimeError("nothing has the keyboard focus")
        return widget

    def press(self, key, modifiers=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self.focused(), key, modifiers or Qt.KeyboardModifier.NoModifier)
        self.count += 1

    def type(self, text: str) -> None:
        from PySide6.QtGui import QInputMethodEvent
        from PySide6.QtTest import QTest

        for char in text:
            if char.isascii():
                QTest.keyClick(self.focused(), char)
            else:  # Thai: a pre-edit, then the commit string, as an input method sends it
                self.app.sendEvent(self.focused(), QInputMethodEvent(char, []))
                commit = QInputMethodEvent("", [])
                commit.setCommitString(char)
                self.app.sendEvent(self.focused(), commit)
            self.count += 1


def _truth(name: str) -> dict[str, str | None]:
    from desktop_app.resources import samples_dir

    data = json.loads((samples_dir() / f"{name}.truth.json").read_text(encoding="utf-8"))
    return {f["key"]: f["value"] for f in data["fields"]}


def _correct(keys: Keyboard, current: str, wanted: str) -> None:
    """Type the correction of `current` into `wanted` the cheaper way."""
    from PySide6.QtCore import Qt

    prefix = 0
    while prefix < min(len(current), len(wanted)) and current[prefix] == wanted[prefix]:
        prefix += 1
    in_place = 1 + (len(current) - prefix) + (len(wanted) - prefix)
    if in_place < len(wanted) and current:
        keys.press(Qt.Key.Key_F2)
        for _ in range(len(current) - prefix):
            keys.press(Qt.Key.Key_Backspace)
        keys.type(wanted[prefix:])
    else:
        keys.type(wanted)  # typing on the list starts editing with that text


def _wait_until(app, ready, what: str) -> None:
    from PySide6.QtTest import QTest

    for _ in range(3000):
        if ready():
            return
        app.processEvents()
        QTest.qWait(10)
    raise RuntimeError(what)


def _wait_for_ocr(app, window) -> None:
    _wait_until(app, lambda: not window.runner.busy and window.session.document is not None,
                f"OCR did not finish: {window.message_bar.text}")


def _review(app, workdir: Path, name: str, flow: str) -> tuple[int, int, int, int]:
    """One review; (keystrokes, fields, fields needing attention after OCR, corrected fields)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop_app.core import reviewfile
    from desktop_app.core.model import FieldState, ReviewStatus
    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.window.main_window import MainWindow
    from desktop_app.resources import samples_dir

    folder = workdir / f"{name}-{flow}"
    folder.mkdir()
    image = folder / f"{name}.png"
    shutil.copyfile(samples_dir() / f"{name}.png", image)
    truth = _truth(name)
    window = MainWindow(Settings(folder / "settings.ini"), "demo")
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    keys = Keyboard(app)
    ctrl, shift, alt = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                        Qt.KeyboardModifier.AltModifier)
    try:
        window.open_paths([str(image)])  # (a file dialog or a drop: not keys, not counted)
        window.fields.table.setFocus()
        app.processEvents()
        keys.press(Qt.Key.Key_R, ctrl)
        _wait_for_ocr(app, window)
        session = window.session
        document = session.document
        needing = len(window.review.attention().pending())

        def current():
            return session.field(*window.review.current())

        def wrong(f) -> bool:
            return f.key in truth and (f.value or "") != (truth[f.key] or "")

        corrected = sum(1 for _, f in document.all_fields() if wrong(f))
        if flow == "smart":
            keys.press(Qt.Key.Key_Return, ctrl | shift)
            guard = 0
            while window.review.attention().pending():
                guard += 1
                if guard > 200:
                    raise RuntimeError("the smart flow does not converge")
                f = current()
                from desktop_app.core.review import suggestion_of

                suggested = suggestion_of(f)
                if wrong(f) and suggested is not None and suggested[0] == truth[f.key]:
                    keys.press(Qt.Key.Key_Return, alt)  # accepts and moves on
                    continue
                if wrong(f):
                    _correct(keys, f.value or "", truth[f.key] or "")
                keys.press(Qt.Key.Key_Return)
        else:
            total = len(document.all_fields())
            for step in range(total):
                f = current()
                if wrong(f):
                    _correct(keys, f.value or "", truth[f.key] or "")
                if flow == "tab":
                    keys.press(Qt.Key.Key_Return, shift)
                if step < total - 1:
                    keys.press(Qt.Key.Key_Tab)
                elif flow == "tab-lean" and wrong(f):
                    keys.press(Qt.Key.Key_Return, shift)  # the last correction: no Tab commits it
        def sign_off_anyway(_record) -> str:
            # fields left needing attention (the lean flow leaves those read right): the question
            # comes up and the clerk answers "Sign off anyway" with Tab and Space, two keys
            keys.count += 2
            return "signoff"

        window.review.ask_signoff = sign_off_anyway
        keys.press(Qt.Key.Key_Return, ctrl)  # sign-off
        keys.press(Qt.Key.Key_S, ctrl)
        _wait_until(app, lambda: window.io.idle, "the save did not finish")  # saves run on the IO worker
        saved = reviewfile.load(image.with_name(image.name + reviewfile.SUFFIX))
        for _, f in saved.all_fields():  # the review really happened, the same way in both flows
            if f.key in truth and (f.value or "") != (truth[f.key] or ""):
                raise RuntimeError(f"{flow}: {f.key} is {f.value!r}, not {truth[f.key]!r}")
            if f.state == FieldState.UNREVIEWED:
                raise RuntimeError(f"{flow}: {f.key} was left unreviewed")
        if saved.review.status != ReviewStatus.REVIEWED:
            raise RuntimeError(f"{flow}: the document is {saved.review.status}")
        return keys.count, len(document.all_fields()), needing, corrected
    finally:
        window.session.close()
        window.runner.shutdown(10_000)
        window.image_loader.wait(10_000)
        window.close()
        window.deleteLater()
        app.processEvents()


def measure() -> list[Result]:
    home = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    isolate(home)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = []
    try:
        for name, title in DOCUMENTS:
            smart, fields, needing, corrected = _review(app, home, name, "smart")
            tab_only, *_ = _review(app, home, name, "tab")
            tab_lean, *_ = _review(app, home, name, "tab-lean")
            results.append(Result(title, fields, needing, corrected, smart, tab_only, tab_lean))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return results


def render(results: list[Result]) -> str:
    def per(count: int, corrected: int) -> str:
        return f"{count / corrected:.1f}" if corrected else "—"

    lines = [
        "**Keystrokes to review a document** (`python -m bench.keystrokes`): the demo documents "
        "reviewed through the real window offscreen, every key press counted (a chord such as "
        "Ctrl+Shift+Enter is one; a Thai character is one), from Ctrl+R to Ctrl+S, both ways "
        "ending in the same saved, signed-off review.",
        "",
        "| | " + " | ".join(r.name for r in results) + " |",
        "|---|" + "---|" * len(results),
        "| fields | " + " | ".join(str(r.fields) for r in results) + " |",
        "| needing attention after OCR | " + " | ".join(str(r.needing) for r in results) + " |",
        "| corrected | " + " | ".join(str(r.corrected) for r in results) + " |",
        "| keystrokes, smart flow | " + " | ".join(str(r.smart) for r in results) + " |",
        "| keystrokes, Tab-only | " + " | ".join(str(r.tab_only) for r in results) + " |",
        "| keystrokes, Tab-only lean | " + " | ".join(str(r.tab_lean) for r in results) + " |",
        "| per corrected field, smart | " + " | ".join(per(r.smart, r.corrected) for r in results) + " |",
        "| per corrected field, Tab-only | "
        + " | ".join(per(r.tab_only, r.corrected) for r in results) + " |",
        "| per corrected field, Tab-only lean | "
        + " | ".join(per(r.tab_lean, r.corrected) for r in results) + " |",
        "| smart / Tab-only | " + " | ".join(f"{r.smart / r.tab_only:.0%}" for r in results) + " |",
        "| smart / Tab-only lean | " + " | ".join(f"{r.smart / r.tab_lean:.0%}" for r in results) + " |",
        "",
        "Smart flow: Ctrl+Shift+Enter confirms every high-confidence field, then Enter confirms (or "
        "commits a correction) and jumps to the next field needing attention, Alt+Enter accepts a "
        "check's suggestion (province name, VIN O→0). Tab-only: each field visited with Tab and "
        "confirmed with Shift+Enter, corrections typed, no suggestions. Tab-only lean: the same "
        "without Shift+Enter (Tab commits a correction, the sign-off confirms the rest), the "
        "fairer baseline. \"Per corrected field\" is "
        "the document's keystrokes divided by the fields that were wrong.",
    ]
    return "\n".join(lines)


def write_readme(text: str, readme: Path = README) -> None:
    block = f"{START}\n{text}\n{END}"
    current = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in current and END in current:
        head, rest = current.split(START, 1)
        updated = head + block + rest.split(END, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.keystrokes", description=__doc__.split("\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print the figures, leave README.md alone")
    ns = parser.parse_args(argv)
    print("keystrokes: replaying the demo reviews in the window (offscreen)...", file=sys.stderr)
    text = render(measure())
    print(text)
    if not ns.no_write:
        write_readme(text)
        print(f"written to {README}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
