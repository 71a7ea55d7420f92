"""Journey: a review file from a newer version, or a damaged one, opens with a clear message and is
never written over (not by Save, not by Save As onto it); a file killed mid-save stays valid;
review files of this version open."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop_app.core import reviewfile

pytest_plugins = ["gui_helpers"]


def _saved_review(qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])
    journey.run_and_wait(qtbot, window)
    assert window.save(wait=True)
    return window, sample_image.with_name(sample_image.name + ".review.json")


@pytest.mark.parametrize("kind", ["newer", "damaged"])
def test_newer_or_damaged_file_says_so_and_is_never_overwritten(
        qtbot, journey, make_window, settings, standin, sample_image, tmp_path, kind):
    window, saved = _saved_review(qtbot, journey, make_window, settings, standin, sample_image)
    data = json.loads(saved.read_text(encoding="utf-8"))
    if kind == "newer":
        data["version"] = reviewfile.VERSION + 1
        text = json.dumps(data)
    else:
        text = saved.read_text(encoding="utf-8")[: 400]  # cut short: not JSON any more
    saved.write_text(text, encoding="utf-8")
    before = saved.read_bytes()

    window.open_paths([str(saved)])
    journey.wait_io(qtbot, window)
    bar = window.message_bar
    code = "file.newer" if kind == "newer" else "file.unreadable"
    assert bar.isVisible() and bar.kind == "error" and bar.code == code
    assert "never saved over" in bar.text
    window.grab().save(str(tmp_path / f"{kind}.png"))

    # the document shown before is still there; saving it beside its image would hit that file:
    # refused, the file is untouched, the work stays unsaved
    window.select_field(0)
    window.fields.edit_current_value("แก้ไข")
    window.ask_save_path = lambda _default: str(saved)  # Save As onto it: refused as well
    assert not window.save(wait=True)
    journey.wait_io(qtbot, window)
    assert saved.read_bytes() == before
    assert window.session.dirty and bar.code == code

    # Save As elsewhere works
    other = tmp_path / "elsewhere.review.json"
    window.ask_save_path = lambda _default: str(other)
    assert window.save_as(wait=True)
    assert reviewfile.load(other).pages[0].fields[0].value == "แก้ไข"
    assert saved.read_bytes() == before and not window.session.dirty


def test_a_file_not_written_by_us_is_refused_even_from_a_fresh_result(
        qtbot, journey, make_window, settings, standin, sample_image):
    journey.use_standin(settings, standin)
    target = sample_image.with_name(sample_image.name + ".review.json")
    target.write_text('{"format": "desktop-app/review", "version": 9}', encoding="utf-8")
    before = target.read_bytes()
    window = make_window(journey.VEHICLE_PROVIDER)
    window.open_paths([str(sample_image)])  # its review file is read first: newer, so the bare image
    journey.wait_io(qtbot, window)
    assert window.message_bar.code == "file.newer" and window.session.image_paths == [sample_image]
    journey.run_and_wait(qtbot, window)
    window.ask_overwrite = lambda _path: True  # even when the clerk says "replace"
    window.ask_save_path = lambda _default: str(target)  # known to be newer: Save As; onto it again
    assert not window.save(wait=True)
    assert target.read_bytes() == before
    assert window.message_bar.code == "file.newer" and window.session.dirty


KILLER = textwrap.dedent("""
    import sys, os
    from desktop_app.core import reviewfile
    document = reviewfile.load(sys.argv[1])
    n = 0
    while True:  # save over and over until killed
        document.pages[0].fields[0].value = f"value {n}"
        reviewfile.save(document, sys.argv[1])
        if n == 0:  # one save made: from here on, the file holds one of them, whenever the kill comes
            print("GO", flush=True)
        n += 1
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_file_killed_mid_save_stays_valid(qtbot, journey, make_window, settings, standin, sample_image):
    window, saved = _saved_review(qtbot, journey, make_window, settings, standin, sample_image)
    for _attempt in range(5):
        child = subprocess.Popen([sys.executable, "-c", KILLER, str(saved)], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout.readline().strip() == "GO"
        qtbot.wait(150)  # to land the kill among the saves; any moment is as valid
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        document = reviewfile.load(saved)  # always a whole file, old or new
        assert document.pages[0].fields[0].value.startswith("value ")
    window.open_paths([str(saved)]) if not window.session.dirty else None
    journey.wait_io(qtbot, window)
    assert window.message_bar.code is None
