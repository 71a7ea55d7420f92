"""The demo provider: the stand-in in-process, the normal engine path, simulated results."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from desktop_app.core import imageprep
from desktop_app.core.engine import OcrJob, run_ocr
from desktop_app.core.errors import InputError
from desktop_app.core.http import check_endpoint
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.base import Credentials
from desktop_app.resources import samples_dir
from desktop_app.standin import PATHS

SAMPLES = samples_dir()
PROVIDER = get_provider("demo")


def truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


def run(path: Path):
    return run_ocr(OcrJob([path], "demo"), credentials=Credentials({}))


def test_identity():
    assert PROVIDER.id == "demo" and PROVIDER.vendor == "demo" and PROVIDER.simulated is True
    assert PROVIDER.credential_names == () and PROVIDER.options == ()
    assert PROVIDER.image_count == 1 and PROVIDER.accepts_pdf is False
    assert PROVIDER.title_en == "Demo (simulated results)" and PROVIDER.title_th == "สาธิต (ผลจำลอง)"


def test_default_endpoint_is_the_running_loopback_standin():
    endpoint = PROVIDER.default_endpoint
    check_endpoint(endpoint)
    parts = urlsplit(endpoint)
    assert parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port
    assert PROVIDER.default_endpoint == endpoint  # one stand-in per process


@pytest.mark.parametrize("file,delegate", [
    ("vehicle_book.png", "aigen-vehicle-book-v2"), ("vehicle_book_photo.jpg", "aigen-vehicle-book-v2"),
    ("thai_id_card.png", "aigen-idcard-v3"), ("passport.png", "aigen-passport-v2"),
    ("vn_registration_front.png", "cvvn-vehicle-registration"),
    ("vn_registration_back.png", "cvvn-vehicle-registration"),
])
def test_build_request_picks_the_route_of_the_document(file, delegate):
    images = [imageprep.prepare(SAMPLES / file)]
    request = PROVIDER.build_request(images, {}, Credentials({}), PROVIDER.default_endpoint)
    assert urlsplit(request.url).path == PATHS[delegate]
    if delegate in ("aigen-idcard-v3", "aigen-passport-v2"):
        assert request.json["option"]["return_face"] is True


def test_an_image_that_is_not_a_sample_is_refused_saying_the_demo_reads_only_samples(tmp_path):
    path = tmp_path / "receipt.png"
    Image.new("RGB", (900, 1200), (240, 240, 235)).save(path)
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([imageprep.prepare(path)], {}, Credentials({}), PROVIDER.default_endpoint)
    assert caught.value.code == "demo.not_a_sample"
    with pytest.raises(InputError) as caught:
        run(path)  # nothing sent, and not "no vehicle registration book was found"
    assert "reads only the bundled sample images" in str(caught.value)
    assert "vehicle registration book" not in str(caught.value)
    assert "ตัวอย่าง" in caught.value.message("th")


@pytest.mark.parametrize("name,file", [("vehicle_book", "vehicle_book.png"),
                                       ("vehicle_book_photo", "vehicle_book_photo.jpg")])
def test_end_to_end_boxes_land_on_the_truth(name, file):
    document = run(SAMPLES / file)
    assert document.simulated is True and document.doc_type == "vehicle_book"
    page = document.pages[0]
    data = truth(name)
    assert (page.width, page.height) == (data["width"], data["height"])
    expected = {f["key"]: f["box"] for f in data["fields"] if f["box"]}
    compared = 0
    for item in page.fields:
        if item.boxes:
            for (x, y), (tx, ty) in zip(item.boxes[0], expected[item.key], strict=True):
                assert abs(x - tx) <= 2 and abs(y - ty) <= 2, item.key
            compared += 1
    assert compared >= 20
    province = page.field("province")
    assert province.ocr_value == "กรงเทพมหานคร" and province.confidence == pytest.approx(0.62)
    assert page.field("horsepower").missing


def test_end_to_end_shrunk_upload_still_maps_boxes_back(tmp_path):
    """A large photo is shrunk before upload; the stand-in still knows it and the boxes come back."""
    with Image.open(SAMPLES / "vehicle_book.png") as image:
        big = image.convert("RGB").resize((image.width * 6, image.height * 6), Image.Resampling.BILINEAR)
    path = tmp_path / "big.jpg"
    big.save(path, quality=90)
    document = run(path)
    sent = document.ocr.sent[0]
    expected = {f["key"]: f["box"] for f in truth("vehicle_book")["fields"] if f["box"]}
    model = document.pages[0].field("model")
    assert sent.scale_x < 1.0  # it was shrunk
    tolerance = 1.0 / sent.scale_x  # one uploaded pixel, in displayed pixels
    for (x, y), (tx, ty) in zip(model.boxes[0], expected["model"], strict=True):
        assert abs(x - tx * 6) <= tolerance and abs(y - ty * 6) <= tolerance


@pytest.mark.parametrize("file,doc_type", [("thai_id_card.png", "thai_id_card"), ("passport.png", "passport"),
                                           ("vn_registration_front.png", "vn_vehicle_registration"),
                                           ("vn_registration_back.png", "vn_vehicle_registration")])
def test_end_to_end_other_documents(file, doc_type):
    document = run(SAMPLES / file)
    assert document.doc_type == doc_type and document.simulated and document.provider_id == "demo"
    page = document.pages[0]
    assert len(page.fields) >= 5
    if doc_type in ("thai_id_card", "passport"):
        face = Image.open(io.BytesIO(base64.b64decode(page.images["face"])))
        assert face.width > 50


def test_the_core_alone_does_not_know_the_demo_the_front_ends_register_it():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop_app.core import providers\n"
        "from desktop_app.core.errors import InputError\n"
        "assert 'demo' not in providers.provider_ids()\n"
        "try:\n"
        "    providers.get_provider('demo')\n"
        "except InputError as exc:\n"
        "    assert exc.code == 'input.provider'\n"
        "else:\n"
        "    raise SystemExit('the core knew the demo')\n"
        "assert not [n for n in sys.modules if n.startswith('desktop_app.standin')]\n"
        "from desktop_app.cli import main\n"
        "assert main(['providers']) == 0\n"  # the command line registers it, and lists it
        "assert providers.provider_ids()[-1] == 'demo'\n"
        "assert providers.get_provider('demo').simulated\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "demo" in done.stdout and "simulated" in done.stdout.lower()
    window = subprocess.run([sys.executable, "-c", "from desktop_app.core import providers\n"
                             "import desktop_app.gui\nprint(providers.provider_ids()[-1])"],
                            capture_output=True, text=True, timeout=120)
    assert window.stdout.strip() == "demo", window.stderr  # the window's package registers it too
