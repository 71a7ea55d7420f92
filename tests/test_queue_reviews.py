"""core/queue_reviews.py without a window: which jobs of a folder opened again are stood for by
the review beside their image."""

from __future__ import annotations

import shutil

from desktop_app.core import desk, reviewfile
from desktop_app.core.engine import OcrJob
from desktop_app.core.queue_reviews import Reviewed, jobs_of, reviews_used, with_reviews
from desktop_app.resources import samples_dir


def _reviewed_folder(folder):
    folder.mkdir()
    image = folder / "book.png"
    shutil.copyfile(samples_dir() / "vehicle_book.png", image)
    document = desk.read_document(OcrJob(paths=[image], provider_id="demo"))
    document.pages[0].fields[0].value = "corrected"
    desk.save_result(document, reviewfile.review_path_for(image), by_clerk=True)
    return image


def test_a_review_stands_for_its_image_also_after_the_folder_moved(tmp_path):
    image = _reviewed_folder(tmp_path / "monday")
    shutil.move(str(tmp_path / "monday"), str(tmp_path / "archive"))
    image = tmp_path / "archive" / image.name
    items = with_reviews([OcrJob(paths=[image], provider_id="demo")], count=lambda _d: 7)
    (review,) = items
    assert isinstance(review, Reviewed) and review.attention == 7
    assert review.document.sources[0].path == str(image)  # where the image is now (its hash matched)
    assert review.document.pages[0].fields[0].value == "corrected"
    assert jobs_of(items) == [] and reviews_used(items) == {reviewfile.review_path_for(image)}


def test_a_damaged_review_or_a_changed_image_leaves_the_job_to_be_sent(tmp_path):
    image = _reviewed_folder(tmp_path / "a")
    job = OcrJob(paths=[image], provider_id="demo")
    review = reviewfile.review_path_for(image)
    review.write_text("{ not json", encoding="utf-8")
    kept: dict = {}
    assert with_reviews([job], kept=kept) == [job]
    other = _reviewed_folder(tmp_path / "b")
    other.write_bytes(other.read_bytes() + b"\0")  # the scan changed since its review was made
    other_job = OcrJob(paths=[other], provider_id="demo")
    assert with_reviews([other_job], kept=kept) == [other_job]
    # neither is ever saved over: the window is told why (as for an image opened alone)
    assert set(kept) == {review, reviewfile.review_path_for(other)}
    assert kept[reviewfile.review_path_for(other)] == "review.other_image"


def test_a_name_too_long_for_a_review_beside_it_is_simply_sent(tmp_path):
    # 246 bytes: the image's own name fits, "<name>.review.json" is longer than a file name may be
    # (is_file() raises ENAMETOOLONG): the folder opens, the image is read, nothing is refused
    image = tmp_path / ("x" * 242 + ".png")
    shutil.copyfile(samples_dir() / "vehicle_book.png", image)
    job = OcrJob(paths=[image], provider_id="demo")
    kept: dict = {}
    assert with_reviews([job], kept=kept) == [job] and kept == {}
    assert desk.review_beside([image]) is None  # an image opened alone: opened bare, no error
