"""Computer Vision Vietnam, front + back (`cvvn-vehicle-registrations`): request and parsing.

Page 0 is always the front and page 1 the back, whatever order `data` comes in.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from desktop_app.core.errors import ApiError, InputError
from desktop_app.core.prepared import PageGeometry, PreparedImage
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.base import Credentials, HttpResponse
from desktop_app.core.providers.cvvn_vehicle_registrations import PROVIDER

KEY, SECRET = "two-key-5521", "two-secret-77ab"
CREDS = Credentials({"cvvn_key": KEY, "cvvn_secret": SECRET})
ENDPOINT = "https://cloud.computervision.com.vn/api/v2/ocr/vehicle_registrations"

FRONT = {"type": "vehicle_registration_front",
         "info": {"name": "LÊ VĂN CƯỜNG", "name_confidence": 0.96, "id": "045678", "id_confidence": 0.99,
                  "plate": "29A-123.45", "plate_confidence": 0.94, "image": "RlJPTlQ="}}
BACK = {"type": "vehicle_registration_back",
        "info": {"engine": "G4FC-AB1234", "engine_confidence": 0.9, "chassis": "KMH-778899",
                 "brand": "HYUNDAI", "brand_confidence": 0.97, "sit": 5, "plate": "29A-123.45",
                 "image": "QkFDSw=="}}


def image(data: bytes, display: tuple[int, int], sent: tuple[int, int]) -> PreparedImage:
    return PreparedImage(path=Path("/tmp/side.jpg"), sha256="b" * 64, data=data, mime="image/jpeg",
                         pages=[PageGeometry(display[0], display[1], sent[0], sent[1])],
                         original_width=display[0], original_height=display[1])


FRONT_IMAGE = image(b"\xff\xd8front", (2000, 1300), (1000, 650))
BACK_IMAGE = image(b"\xff\xd8back", (1800, 1200), (1800, 1200))
IMAGES = [FRONT_IMAGE, BACK_IMAGE]


def answer(*entries: dict, code: object = "0") -> HttpResponse:
    body = {"data": list(entries), "errorCode": code, "errorMessage": ""}
    return HttpResponse(status=200, body=json.dumps(body, ensure_ascii=False).encode("utf-8"))


def summary(result) -> list[tuple]:
    return [(p.index, p.source, p.width, p.height, p.extras.get("side"),
             [(f.key, f.ocr_value, f.confidence) for f in p.fields], dict(p.images),
             p.error.code if p.error else None) for p in result.pages]


def test_provider_attributes_and_registry():
    assert get_provider("cvvn-vehicle-registrations") is PROVIDER
    assert (PROVIDER.id, PROVIDER.vendor, PROVIDER.image_count) == ("cvvn-vehicle-registrations", "cvvn", 2)
    assert PROVIDER.credential_names == ("cvvn_key", "cvvn_secret")
    assert (PROVIDER.accepts_pdf, PROVIDER.simulated) == (False, False)
    assert PROVIDER.doc_type == "vn_vehicle_registration"
    assert PROVIDER.default_endpoint == ENDPOINT


# --- requests -------------------------------------------------------------------------------------

def test_base64_request_front_is_img1():
    request = PROVIDER.build_request(IMAGES, {"format_type": "base64", "get_thumb": False}, CREDS, ENDPOINT)
    assert (request.method, request.url) == ("POST", ENDPOINT)
    assert request.params == {"format_type": "base64", "get_thumb": "false"}
    assert request.auth == (KEY, SECRET)
    assert request.json == {"img1": base64.b64encode(b"\xff\xd8front").decode("ascii"),
                            "img2": base64.b64encode(b"\xff\xd8back").decode("ascii")}
    assert request.files is None
    assert KEY not in repr(request) and SECRET not in repr(request)


def test_file_request_front_is_img1():
    request = PROVIDER.build_request(IMAGES, {"format_type": "file", "get_thumb": True}, CREDS, ENDPOINT)
    assert request.params == {"format_type": "file", "get_thumb": "true"}
    assert request.files == {"img1": ("img1.jpg", b"\xff\xd8front", "image/jpeg"),
                             "img2": ("img2.jpg", b"\xff\xd8back", "image/jpeg")}
    assert request.json is None
    assert request.auth == (KEY, SECRET)


def test_one_image_is_refused():
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([FRONT_IMAGE], {}, CREDS, ENDPOINT)
    assert caught.value.code == "input.image_count"


def test_url_format_is_refused():
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request(IMAGES, {"format_type": "url"}, CREDS, ENDPOINT)
    assert caught.value.code == "input.option"


# --- parsing --------------------------------------------------------------------------------------

EXPECTED = [
    (0, 0, 2000, 1300, "front",
     [("id", "045678", 0.99), ("plate", "29A-123.45", 0.94), ("name", "LÊ VĂN CƯỜNG", 0.96)],
     {"thumb": "RlJPTlQ="}, None),
    (1, 1, 1800, 1200, "back",
     [("plate", "29A-123.45", None), ("brand", "HYUNDAI", 0.97), ("engine", "G4FC-AB1234", 0.9),
      ("chassis", "KMH-778899", None), ("sit", "5", None)],
     {"thumb": "QkFDSw=="}, None),
]


def test_front_then_back():
    result = PROVIDER.parse(answer(FRONT, BACK), IMAGES)
    assert summary(result) == EXPECTED
    assert result.errors == [] and not result.partial
    assert result.pages[0].extras["type"] == "vehicle_registration_front"
    assert result.pages[1].extras["type"] == "vehicle_registration_back"


def test_back_then_front_gives_the_same_pages():
    assert summary(PROVIDER.parse(answer(BACK, FRONT), IMAGES)) == EXPECTED


def test_integer_error_code_zero():
    assert summary(PROVIDER.parse(answer(BACK, FRONT, code=0), IMAGES)) == EXPECTED


def test_missing_back_is_a_partial_result():
    result = PROVIDER.parse(answer(FRONT), IMAGES)
    assert summary(result)[0] == EXPECTED[0]
    back = result.pages[1]
    assert (back.index, back.source, back.width, back.height) == (1, 1, 1800, 1200)
    assert back.fields == [] and back.images == {}
    assert back.extras["side"] == "back"
    assert back.error is not None and back.error.code == "cvvn.1" and back.error.page == 1
    assert "vehicle_registration_back" in back.error.detail
    assert back.error.message_th  # the clerk's sentence in Thai
    assert result.errors == [back.error]
    assert result.partial


def test_missing_front_is_a_partial_result():
    result = PROVIDER.parse(answer(BACK), IMAGES)
    assert summary(result)[1] == EXPECTED[1]
    front = result.pages[0]
    assert front.fields == [] and front.extras["side"] == "front"
    assert front.error.code == "cvvn.1" and front.error.page == 0
    assert [e.page for e in result.errors] == [0]


def test_both_sides_missing_is_an_api_error():
    response = answer()
    with pytest.raises(ApiError) as caught:
        PROVIDER.parse(response, IMAGES)
    assert caught.value.code == "cvvn.1"
    assert (caught.value.http_status, caught.value.response_text) == (200, response.text)


def test_duplicate_side_first_wins_and_is_named():
    second_front = {"type": "vehicle_registration_front", "info": {"id": "999999"}}
    result = PROVIDER.parse(answer(FRONT, second_front, BACK), IMAGES)
    assert result.pages[0].field("id").ocr_value == "045678"
    assert result.pages[0].extras["ignored_entries"] == ["vehicle_registration_front"]


def test_one_untyped_entry_fills_the_one_missing_side():
    untyped = {"type": "vehicle_registrations", "info": {"name": "LÊ VĂN CƯỜNG", "plate": "29A-123.45"}}
    result = PROVIDER.parse(answer(BACK, untyped), IMAGES)
    front = result.pages[0]
    assert [f.key for f in front.fields] == ["plate", "name"]
    assert front.extras["side"] == "front" and front.extras["side_inferred"] is True
    assert result.errors == []


def test_sides_are_matched_on_type_even_when_the_keys_are_shared():
    back = {"type": "vehicle_registration_back", "info": {"name": "BACK NAME", "plate": "B-1"}}
    front = {"type": "vehicle_registration_front", "info": {"name": "FRONT NAME", "plate": "F-1"}}
    result = PROVIDER.parse(answer(back, front), IMAGES)
    assert [(p.extras["side"], p.field("name").ocr_value) for p in result.pages] == [
        ("front", "FRONT NAME"), ("back", "BACK NAME")]
    assert "side_inferred" not in result.pages[0].extras


def test_type_case_and_spaces_are_tolerated():
    back = {"type": " Vehicle_Registration_Back ", "info": {"name": "BACK NAME"}}
    front = {"type": "VEHICLE_REGISTRATION_FRONT", "info": {"name": "FRONT NAME"}}
    result = PROVIDER.parse(answer(back, front), IMAGES)
    assert [p.field("name").ocr_value for p in result.pages] == ["FRONT NAME", "BACK NAME"]
