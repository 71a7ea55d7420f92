"""AIGEN passport v2: the repaired vendor sample, the face, key case, errors, request."""

from __future__ import annotations

import base64
import copy

import pytest
import vendor_docs as vd

from desktop_app.core.catalogue.passport import FIELDS
from desktop_app.core.errors import ApiError
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.aigen_passport_v2 import PROVIDER
from desktop_app.core.providers.base import Credentials

PAGE = (2523, 3489)  # what the sample's bboxes / bboxes_norm imply
FACE = ((369.0, 766.0), (495.0, 641.0), (638.0, 784.0), (512.0, 909.0))


@pytest.fixture
def answers() -> list[dict]:
    return vd.samples(vd.PASSPORT)


def parse(body, status: int = 200, image=None):
    return PROVIDER.parse(vd.response(body, status), [image or vd.prepared(*PAGE)])


def test_registry_contract_and_catalogue():
    assert get_provider("aigen-passport-v2") is PROVIDER
    assert PROVIDER.default_endpoint == "https://apis.aigen.online/aiscript/passport-ocr/v2"
    assert (PROVIDER.vendor, PROVIDER.credential_names, PROVIDER.image_count) == ("aigen", ("aigen_key",), 1)
    assert [s.name for s in PROVIDER.options] == ["return_face"]
    table = vd.passport_keys()
    assert "Identification_number" in table  # as the vendor prints it
    assert list(FIELDS) == [key.lower() for key in table]


def test_the_printed_sample_is_repaired_with_option_inside_the_page(answers):
    assert len(answers) == 3
    page = answers[0]["data"][0]
    assert "option" not in answers[0] and page["option"]["face"]["image_b64"] == "iVBORw0KGgoAAAANSUhEUgAAALE"
    assert answers[0]["status"] == "success" and page["mrz_2"]["confidence"] == 0.999


def test_success_sample(answers):
    result = parse(answers[0])
    assert result.errors == []
    (page,) = result.pages
    assert [f.key for f in page.fields] == list(FIELDS)
    assert page.field("type").missing
    assert page.field("country_code").value == "THA"
    assert page.field("passport_number").boxes == [
        ((576.0, 2219.0), (1888.0, 2219.0), (1888.0, 2291.0), (576.0, 2291.0))]
    ident = page.field("identification_number")
    assert (ident.value, ident.label_en, ident.extra) == ("1234567890123", "Personal ID number", {})
    assert page.field("sex").confidence == pytest.approx(0.6543)
    authority = page.field("issuing_authority")
    assert authority.value == "MINISTRYOFFOREIGNAFFAIRS"
    assert authority.boxes == [((580.0, 549.0), (688.0, 549.0), (688.0, 561.0), (580.0, 561.0)),
                               ((582.0, 541.0), (660.0, 541.0), (660.0, 550.0), (582.0, 550.0))]
    assert page.images == {"face": "iVBORw0KGgoAAAANSUhEUgAAALE"}
    assert page.image_boxes == {"face": [FACE]}
    assert page.extras == {}


def test_an_option_sent_as_an_item_of_its_own_belongs_to_the_page_before_it(answers):
    """The other way to read the printed sample: `data: [{fields}, {"option": {...}}]`. That is one
    page with its face, not a second page that failed."""
    answer = copy.deepcopy(answers[0])
    page = answer["data"][0]
    answer["data"] = [page, {"option": page.pop("option")}]
    result = parse(answer)
    assert result.errors == [] and len(result.pages) == 1
    assert result.pages[0].images == {"face": "iVBORw0KGgoAAAANSUhEUgAAALE"}
    assert result.pages[0].image_boxes == {"face": [FACE]}
    # ...but when two pages were sent, a second item is the second page, however little it holds
    two = parse(answer, image=vd.prepared(*PAGE, pages=2))
    assert len(two.pages) == 2 and [e.page for e in two.errors] == [1]


def test_face_box_is_scaled_like_the_fields(answers):
    image = vd.prepared(2000, 2000, sent=(1000, 1000))
    page = parse(answers[0], image=image).pages[0]
    assert page.image_boxes["face"] == [tuple((x * 2, y * 2) for x, y in FACE)]
    answer = copy.deepcopy(answers[0])
    answer["data"][0]["option"]["face"]["bboxes"] = "broken"  # falls back to bboxes_norm
    (face,) = parse(answer, image=image).pages[0].image_boxes["face"]
    assert face[0] == pytest.approx((0.3712 * 2000, 0.7698 * 2000))


def test_capitalised_key_from_the_table_matches_the_catalogue(answers):
    answer = copy.deepcopy(answers[0])
    page = answer["data"][0]
    page["Identification_number"] = page.pop("identification_number")
    field = parse(answer).pages[0].field("identification_number")
    assert field.known and field.value == "1234567890123"
    assert field.extra == {"api_key": "Identification_number"}


@pytest.mark.parametrize(("index", "code", "retry"), [
    (1, "aigen.not_a_document", False),  # 400 "error in request or cannot detect passport"
    (2, "aigen.internal_server_error", True),
])
def test_error_samples(answers, index, code, retry):
    for status in (400, 500, 200):
        with pytest.raises(ApiError) as caught:
            parse(answers[index], status)
        assert (caught.value.code, caught.value.retry, caught.value.http_status) == (code, retry, status)


def test_build_request_with_return_face():
    image = vd.prepared(1200, 900)
    credentials = Credentials({"aigen_key": "pp-key-123456"})
    request = PROVIDER.build_request([image], {"return_face": True}, credentials, PROVIDER.default_endpoint)
    assert request.url == "https://apis.aigen.online/aiscript/passport-ocr/v2"
    assert request.headers == {"x-aigen-key": "pp-key-123456"}
    assert request.json == {"image": base64.b64encode(image.data).decode("ascii"),
                            "option": {"return_face": True}}
    assert "pp-key-123456" not in repr(request)
