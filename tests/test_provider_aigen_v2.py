"""AIGEN vehicle registration book v2: the vendor's samples, pages, partial answers, requests."""

from __future__ import annotations

import base64
import copy

import pytest
import vendor_docs as vd

from desktop_app.core.errors import ApiError, InputError
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.aigen_vehicle_book_v2 import PROVIDER
from desktop_app.core.providers.base import Credentials

PAGE = (1653, 2339)  # what the sample's bboxes / bboxes_norm imply
OWNERSHIP_BOX = ((289.0, 1305.0), (571.0, 1305.0), (571.0, 1351.0), (289.0, 1351.0))


@pytest.fixture
def answers() -> list[dict]:
    return vd.samples(vd.V2)


def parse(body, status: int = 200, image=None):
    return PROVIDER.parse(vd.response(body, status), [image or vd.prepared(*PAGE)])


def test_registry_and_contract():
    assert get_provider("aigen-vehicle-book-v2") is PROVIDER
    assert PROVIDER.default_endpoint == "https://apis.aigen.online/aiscript/vehicle-registration-book/v2"
    assert (PROVIDER.vendor, PROVIDER.credential_names, PROVIDER.image_count) == ("aigen", ("aigen_key",), 1)
    assert PROVIDER.accepts_pdf and not PROVIDER.simulated and PROVIDER.options == ()


def test_success_sample(answers):
    assert len(answers) == 6
    result = parse(answers[0])
    assert result.errors == []
    (page,) = result.pages
    assert (page.width, page.height, page.error) == (*PAGE, None)
    assert [f.key for f in page.fields] == ["model", "ownership"]  # catalogue order
    ownership = page.field("ownership")
    assert (ownership.value, ownership.label_en) == ("นาง เสลา สระตันติ์", "Legal owner")
    assert ownership.confidence == pytest.approx(0.986044474570928)
    assert ownership.boxes == [OWNERSHIP_BOX]
    assert page.field("model").boxes == [((747.0, 575.0), (1014.0, 575.0), (1014.0, 607.0), (747.0, 607.0))]
    assert page.field("model").extra == {}


def test_partial_sample_keeps_the_page_and_names_the_specific_error(answers):
    for status in (206, 200):
        result = parse(answers[1], status)
        assert result.partial
        assert len(result.pages[0].fields) == 2
        assert [e.code for e in result.errors] == ["aigen.can_not_find_vehicle_registration_on_image"]
        assert result.errors[0].detail == "can not find vehicle registration on image"


@pytest.mark.parametrize(("index", "code", "retry"), [
    (2, "aigen.1001", False),
    (3, "aigen.1002", False),
    (4, "aigen.can_not_find_vehicle_registration_on_image", False),
    (5, "aigen.internal_server_error", True),
])
def test_error_samples(answers, index, code, retry):
    with pytest.raises(ApiError) as caught:
        parse(answers[index], 400)
    assert (caught.value.code, caught.value.retry, caught.value.http_status) == (code, retry, 400)
    assert caught.value.response_text == vd.response(answers[index], 400).text
    assert answers[index]["error"][0]["message"] in caught.value.detail


def test_pdf_206_keeps_the_good_page_and_marks_the_failed_one(answers):
    good = answers[0]["data"][0]
    body = {"status": "error", "data": [good, {}, good],
            "error": [{"object": "error", "code": "internal_server_error",
                       "message": "Page 2 : Internal Server Error"},
                      {"object": "error", "code": "partial_content", "message": "Partial content"}]}
    image = vd.prepared(*PAGE, pages=3)
    result = PROVIDER.parse(vd.response(body, 206), [image])
    assert [len(p.fields) for p in result.pages] == [2, 0, 2]
    assert [p.index for p in result.pages] == [0, 1, 2]
    assert [(e.code, e.page) for e in result.errors] == [("aigen.internal_server_error", 1)]
    assert result.pages[1].error is result.errors[0]
    assert result.errors[0].detail == "Page 2 : Internal Server Error" and result.errors[0].retryable
    assert result.pages[0].error is None and result.pages[2].error is None


def test_failed_page_without_a_named_error_gets_the_specific_or_a_generic_code(answers):
    good = answers[0]["data"][0]
    body = {"status": "error", "data": [good, {}],
            "error": [{"code": "partial_content"}, {"code": "can_not_find_vehicle_registration_on_image"}]}
    result = parse(body, 206)
    not_found = "aigen.can_not_find_vehicle_registration_on_image"
    assert [(e.code, e.page) for e in result.errors] == [(not_found, 1)]
    result = parse({"status": "error", "data": [good, {}], "error": [{"code": "partial_content"}]}, 206)
    assert [(e.code, e.page) for e in result.errors] == [("aigen.page_failed", 1)]
    result = parse({"status": "error", "data": [good], "error": []}, 206)
    assert [(e.code, e.page) for e in result.errors] == [("aigen.partial_content", None)]


def test_each_page_uses_its_own_geometry(answers):
    from desktop_app.core.prepared import PageGeometry, PreparedImage

    good = answers[0]["data"][0]
    image = PreparedImage(path=vd.Path("a.pdf"), sha256="0" * 64, data=b"%PDF", mime="application/pdf",
                          pages=[PageGeometry(1653, 2339, 1653, 2339), PageGeometry(3306, 4678, 1653, 2339)])
    result = PROVIDER.parse(vd.response({"status": "success", "error": [], "data": [good, good]}), [image])
    assert result.pages[0].field("ownership").boxes == [OWNERSHIP_BOX]
    assert (result.pages[1].width, result.pages[1].height) == (3306, 4678)
    assert result.pages[1].field("ownership").boxes == [tuple((x * 2, y * 2) for x, y in OWNERSHIP_BOX)]
    # a page beyond the geometry list falls back to the first page's
    result = PROVIDER.parse(vd.response({"status": "success", "data": [good, good, good]}), [image])
    assert (result.pages[2].width, result.pages[2].field("ownership").boxes) == (1653, [OWNERSHIP_BOX])


def test_scaling_and_normalised_fallback():
    entry = {"value": "x", "confidence": 0.5,
             "bboxes": [[[100, 50], [200, 50], [200, 70], [100, 70]]],
             "bboxes_norm": [[[0.5, 0.5], [0.6, 0.5], [0.6, 0.6], [0.5, 0.6]]]}
    image = vd.prepared(2000, 1500, sent=(1000, 750))
    body = {"status": "success", "error": [], "data": [{"model": entry}]}
    (box,) = parse(body, image=image).pages[0].field("model").boxes
    assert box[0] == pytest.approx((200.0, 100.0), abs=1) and box[2] == pytest.approx((400.0, 140.0), abs=1)
    for broken in (None, "x", [[[1, 2]]], [[[1, "a"], [2, 2], [3, 3], [4, 4]]]):
        body["data"][0]["model"] = {**entry, "bboxes": broken}
        (box,) = parse(body, image=image).pages[0].field("model").boxes
        assert box == ((1000.0, 750.0), (1200.0, 750.0), (1200.0, 900.0), (1000.0, 900.0))
    body["data"][0]["model"] = {**entry, "bboxes": None, "bboxes_norm": [[[5, 5], [6, 5], [6, 6], [5, 6]]]}
    assert parse(body, image=image).pages[0].field("model").boxes == []  # not normalised: dropped


def test_multi_polygon_keeps_the_valid_boxes_only():
    entry = {"value": "x",
             "bboxes": [[[1, 1], [2, 1], [2, 2], [1, 2]], "junk", [[5, 5], [6, 5], [6, 6], [5, 6]]]}
    field = parse({"status": "success", "data": [{"owner": entry}]}).pages[0].field("owner")
    assert len(field.boxes) == 2 and field.boxes[1][0] == (5.0, 5.0)


def test_build_request_sends_the_image_and_the_key_only_in_the_header():
    image = vd.prepared(1000, 800)
    secret = "sk-test-AIGEN-9f8e7d6c"
    credentials = Credentials({"aigen_key": secret})
    request = PROVIDER.build_request([image], {}, credentials, PROVIDER.default_endpoint)
    assert (request.method, request.url) == ("POST", PROVIDER.default_endpoint)
    assert request.headers == {"x-aigen-key": secret}
    assert request.json == {"image": base64.b64encode(image.data).decode("ascii")}
    assert base64.b64decode(request.json["image"]) == image.data
    assert secret not in repr(request)
    custom = PROVIDER.build_request([image], {}, Credentials({"aigen_key": secret}), "http://127.0.0.1:8765/v2")
    assert custom.url == "http://127.0.0.1:8765/v2"


@pytest.mark.parametrize("values", [{}, {"aigen_key": ""}, {"aigen_key": "   "}, {"cvvn_key": "x"}])
def test_missing_key_is_an_input_error(values):
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([vd.prepared(600, 600)], {}, Credentials(values), PROVIDER.default_endpoint)
    assert caught.value.code == "key.missing" and caught.value.exit_status == 2


def test_unknown_option_and_wrong_image_count_are_input_errors():
    credentials = Credentials({"aigen_key": "abcd1234"})
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([vd.prepared(600, 600)], {"return_face": True}, credentials, "")
    assert caught.value.code == "input.option"
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([vd.prepared(600, 600)] * 2, {}, credentials, "")
    assert caught.value.code == "input.image_count"


def test_malformed_page_beside_a_good_one(answers):
    body = copy.deepcopy(answers[0])
    body["data"].append("not a page")
    body["data"].append({"model": 1234, "ownership": {"value": None}, "": {"value": "x"}})
    result = parse(body)
    assert [len(p.fields) for p in result.pages] == [2, 0, 2]
    assert [(e.code, e.page) for e in result.errors] == [("aigen.page_failed", 1)]
    third = result.pages[2]
    assert third.field("model").value == "1234" and third.field("ownership").missing
