"""AIGEN Thai ID card v3: the vendor's samples, option results, field extras, request options."""

from __future__ import annotations

import base64
import copy

import pytest
import vendor_docs as vd

from desktop_app.core.catalogue.thai_id_card import FIELDS
from desktop_app.core.errors import ApiError, InputError
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.aigen_idcard_v3 import PROVIDER
from desktop_app.core.providers.base import Credentials

PAGE = (1967, 1320)  # what the sample's bboxes / bboxes_norm imply
KEY = Credentials({"aigen_key": "aigen-secret-key-0042"})


@pytest.fixture
def answers() -> list[dict]:
    return vd.samples(vd.IDCARD)


def parse(body, status: int = 200, image=None):
    return PROVIDER.parse(vd.response(body, status), [image or vd.prepared(*PAGE)])


def test_registry_contract_and_catalogue():
    assert get_provider("aigen-idcard-v3") is PROVIDER
    assert PROVIDER.default_endpoint == "https://api.aigen.online/aiscript/idcard/v3"
    assert (PROVIDER.vendor, PROVIDER.credential_names, PROVIDER.image_count) == ("aigen", ("aigen_key",), 1)
    assert PROVIDER.accepts_pdf and not PROVIDER.simulated
    assert list(FIELDS) == vd.idcard_data_keys()
    assert {spec.name for spec in PROVIDER.options} == {
        "censor_field", "image_file_conversion", "return_face", "return_gender", "return_signed",
        "do_field_validation", "return_datetime_iso"}
    for spec in PROVIDER.options:
        assert spec.label_en and spec.label_th
    conversion = next(s for s in PROVIDER.options if s.name == "image_file_conversion")
    assert conversion.kind == "choice" and conversion.choices == ("jpeg", "origin", "pdf", "png", "tiff")


def test_success_sample(answers):
    result = parse(answers[0])
    assert result.errors == []
    (page,) = result.pages
    assert [f.key for f in page.fields] == list(FIELDS)  # all 25, in catalogue order, none dropped
    assert all(f.known for f in page.fields)

    id_number = page.field("id_number")
    assert (id_number.value, id_number.confidence) == ("0000000000000", -1.0)
    assert id_number.boxes == [((857.0, 238.0), (1418.0, 239.0), (1416.0, 307.0), (855.0, 307.0))]

    for key in ("religion", "address_postcode"):
        missing = page.field(key)
        assert missing.missing and missing.value is None and missing.confidence is None
        assert missing.boxes == [] and missing.label_en in ("Religion", "Postcode")

    full = page.field("address_full")
    assert full.value == "17/1 หมู่ที่ 9 ต.หัวไผ่ อ.เมืองอ่างทอง จ.อ่างทอง"
    assert full.confidence == pytest.approx(0.969)
    assert full.boxes == [((281.0, 791.0), (1176.0, 794.0), (1174.0, 900.0), (279.0, 896.0)),
                          ((282.0, 890.0), (506.0, 891.0), (505.0, 960.0), (281.0, 959.0))]

    province = page.field("address_province")
    assert (province.value, province.boxes, province.confidence) == ("จ.อ่างทอง", [], 0.969)
    assert page.field("dob_en").value == "14 Feb. 1988"
    assert page.field("title_name_surname_th").label_th == "ชื่อตัวและชื่อสกุล"
    # every option came back as {}: nothing was asked for, nothing is shown
    assert (page.images, page.image_boxes, page.extras) == ({}, {}, {})


def test_partial_sample_206(answers):
    result = parse(answers[1], 206, image=vd.prepared(*PAGE, pages=2))
    assert result.partial
    first, second = result.pages
    assert first.field("id_number").confidence == pytest.approx(0.9902)
    assert first.field("...").known is False  # the document's own "..." placeholder: kept, raw label
    assert second.fields == [] and (second.width, second.height) == PAGE
    assert [(e.code, e.page) for e in result.errors] == [("aigen.page_failed", 1)]
    assert result.errors[0].detail == "Internal process error during extract image page: 2."
    assert second.error is result.errors[0] and first.error is None


@pytest.mark.parametrize(("index", "status", "code", "retry"), [
    (2, 400, "aigen.not_a_document", False),  # a whole-request 400: the same call cannot help
    (3, 413, "aigen.20000", False),
    (4, 422, "aigen.20001", False),
])
def test_error_samples(answers, index, status, code, retry):
    with pytest.raises(ApiError) as caught:
        parse(answers[index], status)
    assert (caught.value.code, caught.value.retry, caught.value.http_status) == (code, retry, status)


@pytest.mark.parametrize(("status", "body", "code"), [
    (413, b"", "http.413"),
    (422, b"", "http.422"),
    (413, "<html>Request Entity Too Large</html>", "http.413"),
    (422, {"status": "error", "error": [{"code": "20002", "message": "bad base64"}], "data": []},
     "aigen.20002"),
    (500, {"status": "error", "data": [],
           "error": [{"code": "internal_server_error", "message": "Internal server error"}]},
     "aigen.internal_server_error"),
    (400, {"status": "error", "error": [{"code": "400", "message": "Bad request"}], "data": [{}]},
     "http.400"),
])
def test_documented_statuses_with_and_without_a_body(status, body, code):
    with pytest.raises(ApiError) as caught:
        parse(body, status)
    assert caught.value.code == code and caught.value.http_status == status


def test_validation_and_iso_dates_are_kept_as_field_extras(answers):
    answer = copy.deepcopy(answers[0])
    page = answer["data"][0]
    page["id_number"].update({"valid": False, "error_message": "invalid check digit"})
    page["dob_en"]["datetime_iso"] = "1988-02-14T00:00:00"
    parsed = parse(answer).pages[0]
    assert parsed.field("id_number").extra == {"valid": False, "error_message": "invalid check digit"}
    assert parsed.field("id_number").confidence == -1.0
    assert parsed.field("dob_en").extra == {"datetime_iso": "1988-02-14T00:00:00"}
    assert parsed.field("dob_th").extra == {}


def test_option_results_land_on_the_page(answers):
    answer = copy.deepcopy(answers[0])
    answer["data"][0]["option"] = {"face": "/9j/FACE", "gender": "male", "signed": True,
                                   "processed_image": {"image_b64": "iVBORcensored"}}
    page = parse(answer).pages[0]
    assert page.images == {"face": "/9j/FACE", "processed_image": "iVBORcensored"}
    assert page.extras == {"gender": "male", "signed": True}
    assert page.image_boxes == {}
    # `signed: false` is an answer, not an absence
    answer["data"][0]["option"] = {"signed": False, "gender": {"value": "female", "confidence": 0.9}}
    page = parse(answer).pages[0]
    assert page.extras == {"signed": False, "gender": "female", "gender_confidence": 0.9}


def test_top_level_option_attaches_to_page_zero(answers):
    answer = copy.deepcopy(answers[0])
    del answer["data"][0]["option"]
    answer["option"] = {"face": {"image_b64": "/9j/TOP", "bboxes": [[10, 10], [60, 10], [60, 70], [10, 70]]}}
    image = vd.prepared(2000, 1500, sent=(1000, 750))
    page = parse(answer, image=image).pages[0]
    assert page.images == {"face": "/9j/TOP"}
    assert page.image_boxes == {"face": [((20.0, 20.0), (120.0, 20.0), (120.0, 140.0), (20.0, 140.0))]}


def test_build_request_with_and_without_options():
    image = vd.prepared(1000, 700)
    request = PROVIDER.build_request([image], {}, KEY, PROVIDER.default_endpoint)
    assert request.url == "https://api.aigen.online/aiscript/idcard/v3"
    assert request.headers == {"x-aigen-key": "aigen-secret-key-0042"}
    assert request.json == {"image": base64.b64encode(image.data).decode("ascii")}  # no "option" at all
    assert "aigen-secret-key-0042" not in repr(request)

    options = {"censor_field": "id_number, title_name_surname_th", "image_file_conversion": "png",
               "return_face": True, "return_gender": False, "do_field_validation": True}
    request = PROVIDER.build_request([image], options, KEY, PROVIDER.default_endpoint)
    assert request.json["option"] == {"censor_field": ["id_number", "title_name_surname_th"],
                                      "image_file_conversion": "png", "return_face": True,
                                      "return_gender": False, "do_field_validation": True}
    request = PROVIDER.build_request([image], {"censor_field": [], "return_signed": None}, KEY, "")
    assert "option" not in request.json and request.url == PROVIDER.default_endpoint


@pytest.mark.parametrize("options", [{"image_file_conversion": "gif"}, {"return_face": "yes"},
                                     {"censor_field": 5}, {"return_everything": True}])
def test_bad_options_are_input_errors(options):
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([vd.prepared(600, 600)], options, KEY, PROVIDER.default_endpoint)
    assert caught.value.code == "input.option"


def test_options_normalised_by_the_engine_are_accepted():
    from desktop_app.core.engine import normalise_options

    typed = normalise_options(PROVIDER, {"return_face": "true", "censor_field": "id_number",
                                         "image_file_conversion": "jpeg"})
    request = PROVIDER.build_request([vd.prepared(600, 600)], typed, KEY, PROVIDER.default_endpoint)
    assert request.json["option"] == {"return_face": True, "censor_field": ["id_number"],
                                      "image_file_conversion": "jpeg"}
