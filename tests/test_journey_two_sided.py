"""Journey: a Vietnamese registration's front and back, opened together with the two-sided service,
are one document of two pages. The stand-in lists the back first; page 1 is still the front (fields
matched by `type`, not by order), each side shown with its own image."""

from __future__ import annotations

import json
import shutil

from desktop_app.resources import samples_dir

pytest_plugins = ["gui_helpers"]

PROVIDER = "cvvn-vehicle-registrations"


def test_front_and_back_one_document_back_listed_first(
        qtbot, journey, make_window, settings, standin, tmp_path):
    journey.use_standin(settings, standin, PROVIDER)
    front, back = tmp_path / "xe-truoc.png", tmp_path / "xe-sau.png"
    shutil.copyfile(samples_dir() / "vn_registration_front.png", front)
    shutil.copyfile(samples_dir() / "vn_registration_back.png", back)
    window = make_window(PROVIDER)
    window.batch.guard.ask_send = lambda cost: True  # a paid service: the clerk agrees
    assert standin.cvvn_back_first
    # two files, a two-sided service: one document; dropped back first, the names put the front first
    assert window.open_paths([str(back), str(front)])
    assert not window.batch.dock.isVisible()
    assert window.session.image_paths == [front, back]
    assert window.pages.strip.count() == 2  # both sides listed before any OCR
    journey.run_and_wait(qtbot, window)
    doc = window.session.document
    answer = json.loads(doc.ocr.response_text)
    assert [entry["type"] for entry in answer["data"]][0] == "vehicle_registration_back"
    assert len(standin.requests) == 1 and standin.requests[0].images == 2
    assert [p.extras.get("side") for p in doc.pages] == ["front", "back"]
    # (the review starts at the first field needing attention, on whichever side it is)
    window.pages.strip.setCurrentRow(0)
    assert window.fields.page_index == 0
    keys = {f.key for f in window.fields.model.fields()}
    assert "id" in keys and "brand" not in keys
    qtbot.waitUntil(lambda: window._shown_image == str(front), timeout=journey.TIMEOUT_MS)
    window.grab().save(str(tmp_path / "two-sided-front.png"))

    window.pages.strip.setCurrentRow(1)  # the back: its own image and its own fields
    keys = {f.key for f in window.fields.model.fields()}
    assert "brand" in keys and "id" not in keys
    qtbot.waitUntil(lambda: window._shown_image == str(back), timeout=journey.TIMEOUT_MS)
    journey.wait_for_image(qtbot, window)
    window.grab().save(str(tmp_path / "two-sided-back.png"))


def test_a_folder_with_the_two_sided_service_pairs_files_in_order(
        qtbot, journey, make_window, settings, standin, tmp_path):
    journey.use_standin(settings, standin, PROVIDER)
    folder = tmp_path / "pairs"
    folder.mkdir()
    for n in (1, 2):
        shutil.copyfile(samples_dir() / "vn_registration_front.png", folder / f"{n}a-front.png")
        shutil.copyfile(samples_dir() / "vn_registration_back.png", folder / f"{n}b-back.png")
    window = make_window(PROVIDER)
    window.batch.guard.ask_send = lambda cost: True  # a paid service: the clerk agrees
    window.open_paths([str(folder)])
    qtbot.waitUntil(lambda: len(window.batch.runner.entries) == 2, timeout=journey.TIMEOUT_MS)
    titles = [e.title for e in window.batch.runner.order()]
    assert titles == ["1a-front.png + 1b-back.png", "2a-front.png + 2b-back.png"]
    qtbot.waitUntil(lambda: window.session.document is not None, timeout=journey.TIMEOUT_MS)
    assert [p.extras.get("side") for p in window.session.document.pages] == ["front", "back"]
