"""Computer Vision Vietnam, one side (`cvvn-vehicle-registration`): request and parsing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from desktop_app.core.errors import ApiError, InputError
from desktop_app.core.prepared import PageGeometry, PreparedImage
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.base import Credentials, HttpResponse, ParseResult
from desktop_app.core.providers.cvvn_vehicle_registration import PROVIDER

KEY, SECRET = "cvvn-key-4417", "cvvn-secret-9d2e"
CREDS = Credentials({"cvvn_key": KEY, "cvvn_secret": SECRET})
ENDPOINT = "https://cloud.computervision.com.vn/api/v2/ocr/vehicle_registration"
THUMB = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=="

FRONT_INFO = {
    "name": "NGUYỄN VĂN AN", "name_confidence": 0.97,
    "address": "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh", "address_confidence": 0.91,
    "id": "012345", "id_confidence": 0.99,
    "plate": "51F-123.45", "plate_confidence": 0.95,
    "issued_at": "TP Hồ Chí Minh", "issued_at_confidence": 0.88,
}


def image(data: bytes = b"\xff\xd8one", display: tuple[int, int] = (1600, 1000),
          sent: tuple[int, int] = (800, 500), mime: str = "image/jpeg") -> PreparedImage:
    return PreparedImage(path=Path("/tmp/Nguyen Van An.jpg"), sha256="a" * 64, data=data, mime=mime,
                         pages=[PageGeometry(display[0], display[1], sent[0], sent[1])],
                         original_width=display[0], original_height=display[1])


def answer(*entries: dict, code: object = "0", status: int = 200) -> HttpResponse:
    body = {"data": list(entries), "errorCode": code, "errorMessage": ""}
    return HttpResponse(status=status, body=json.dumps(body, ensure_ascii=False).encode("utf-8"))


# --- the provider ---------------------------------------------------------------------------------

def test_provider_attributes_and_registry():
    assert get_provider("cvvn-vehicle-registration") is PROVIDER
    assert PROVIDER.id == "cvvn-vehicle-registration"
    assert PROVIDER.vendor == "cvvn"
    assert PROVIDER.credential_names == ("cvvn_key", "cvvn_secret")
    assert PROVIDER.doc_type == "vn_vehicle_registration"
    assert PROVIDER.image_count == 1
    assert PROVIDER.accepts_pdf is False
    assert PROVIDER.simulated is False
    assert PROVIDER.default_endpoint == ENDPOINT
    options = {spec.name: spec for spec in PROVIDER.options}
    assert options["get_thumb"].kind == "bool" and options["get_thumb"].default is False
    assert options["format_type"].kind == "choice" and options["format_type"].default == "base64"
    assert options["format_type"].choices == ("base64", "file")
    assert all(spec.label_th and spec.label_en and spec.label_th != spec.label_en
               for spec in PROVIDER.options)


# --- requests -------------------------------------------------------------------------------------

def test_base64_request():
    request = PROVIDER.build_request([image(b"\xff\xd8one")], {}, CREDS, ENDPOINT)
    assert request.method == "POST"
    assert request.url == ENDPOINT
    assert request.params == {"format_type": "base64", "get_thumb": "false"}
    assert request.auth == (KEY, SECRET)
    assert request.json == {"img": base64.b64encode(b"\xff\xd8one").decode("ascii")}
    assert request.files is None
    assert KEY not in repr(request) and SECRET not in repr(request)
    assert KEY not in repr(CREDS) and SECRET not in repr(CREDS)


def test_file_request_with_thumb_uses_a_neutral_file_name():
    request = PROVIDER.build_request([image(b"\x89PNGx", mime="image/png")],
                                     {"format_type": "file", "get_thumb": True}, CREDS,
                                     "http://127.0.0.1:8765/api/v2/ocr/vehicle_registration")
    assert request.url == "http://127.0.0.1:8765/api/v2/ocr/vehicle_registration"
    assert request.params == {"format_type": "file", "get_thumb": "true"}
    assert request.files == {"img": ("img.png", b"\x89PNGx", "image/png")}
    assert request.json is None
    assert request.auth == (KEY, SECRET)


def test_get_thumb_as_text_is_accepted():
    request = PROVIDER.build_request([image()], {"get_thumb": "true"}, CREDS, ENDPOINT)
    assert request.params["get_thumb"] == "true"


@pytest.mark.parametrize("options", [{"format_type": "url"}, {"format_type": "xml"},
                                     {"get_thumb": "maybe"}, {"get_thumb": 1}])
def test_bad_options_are_refused(options):
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([image()], options, CREDS, ENDPOINT)
    assert caught.value.code == "input.option"
    assert caught.value.exit_status == 2


def test_url_format_says_why():
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([image()], {"format_type": "url"}, CREDS, ENDPOINT)
    assert "url" in caught.value.detail and "base64 or file" in caught.value.detail


@pytest.mark.parametrize("values", [{}, {"cvvn_key": KEY}, {"cvvn_secret": SECRET},
                                    {"cvvn_key": KEY, "cvvn_secret": "  "}])
def test_missing_key_or_secret(values):
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([image()], {}, Credentials(values), ENDPOINT)
    assert caught.value.code == "key.missing"
    assert SECRET not in str(caught.value.detail) and KEY not in str(caught.value.detail)


def test_wrong_image_count_and_pdf_are_refused():
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([image(), image()], {}, CREDS, ENDPOINT)
    assert caught.value.code == "input.image_count"
    with pytest.raises(InputError) as caught:
        PROVIDER.build_request([image(mime="application/pdf")], {}, CREDS, ENDPOINT)
    assert caught.value.code == "input.unsupported"


# --- parsing --------------------------------------------------------------------------------------

def test_front_side():
    result = PROVIDER.parse(answer({"type": "vehicle_registration_front", "info": FRONT_INFO}), [image()])
    assert isinstance(result, ParseResult) and result.errors == []
    [page] = result.pages
    assert (page.index, page.width, page.height, page.source) == (0, 1600, 1000, 0)  # display size
    assert page.extras["side"] == "front"
    assert page.extras["type"] == "vehicle_registration_front"
    assert [f.key for f in page.fields] == ["id", "plate", "name", "address", "issued_at"]  # catalogue order
    name = page.field("name")
    assert (name.ocr_value, name.value, name.confidence) == ("NGUYỄN VĂN AN", "NGUYỄN VĂN AN", 0.97)
    assert (name.label_th, name.label_en) == ("ชื่อเจ้าของรถ", "Owner name (Tên chủ xe)")
    assert page.field("plate").confidence == 0.95
    assert all(f.boxes == [] for f in page.fields)
    assert page.images == {}


def test_back_side_with_odd_case_numbers_nulls_and_unknown_keys():
    info = {"Address_Town_Code": "79", "ADDRESS_DISTRICT": "Quận 1", "engine": "1NZ-1234567",
            "engine_confidence": "x", "sit": 5, "sit_confidence": 0.8, "stand": None, "lie": 0,
            "chassis": "RLA12345", "chassis_confidence": 0.93, "new_thing": "abc",
            "image": THUMB}
    result = PROVIDER.parse(answer({"type": "vehicle_registration_back", "info": info}), [image()])
    [page] = result.pages
    assert page.extras["side"] == "back"
    town = page.field("address_town_code")
    assert (town.ocr_value, town.label_en) == ("79", "Address province/city code")
    assert page.field("address_district").ocr_value == "Quận 1"
    assert page.field("Address_Town_Code") is None
    engine = page.field("engine")
    assert (engine.ocr_value, engine.confidence) == ("1NZ-1234567", None)  # "x" dropped, value kept
    assert (page.field("sit").ocr_value, page.field("sit").confidence) == ("5", 0.8)
    assert page.field("lie").ocr_value == "0"
    stand = page.field("stand")
    assert stand.missing and stand.value is None
    unknown = page.field("new_thing")
    assert (unknown.label_en, unknown.label_th, unknown.known) == ("new_thing", "new_thing", False)
    assert page.fields[-1].key == "new_thing"  # unknown keys after the catalogue's
    assert page.images == {"thumb": THUMB}
    assert page.field("image") is None
    assert not any(f.key.endswith("_confidence") for f in page.fields)


def test_info_as_a_list_of_dicts_is_merged():
    info = [{"name": "TRẦN THỊ BÌNH", "name_confidence": 0.9}, "junk", {"plate": "30A-999.99"}]
    result = PROVIDER.parse(answer({"type": "vehicle_registration_front", "info": info}), [image()])
    page = result.pages[0]
    assert [(f.key, f.ocr_value, f.confidence) for f in page.fields] == [
        ("plate", "30A-999.99", None), ("name", "TRẦN THỊ BÌNH", 0.9)]


def test_integer_error_code_zero_is_success():
    result = PROVIDER.parse(answer({"type": "vehicle_registration_front", "info": FRONT_INFO}, code=0),
                            [image()])
    assert result.pages[0].field("id").ocr_value == "012345"


def test_unknown_type_side_is_inferred_from_back_only_keys():
    result = PROVIDER.parse(answer({"type": "vehicle_registrations", "info": {"engine": "E1"}}), [image()])
    page = result.pages[0]
    assert (page.extras["side"], page.extras["side_inferred"]) == ("back", True)
    assert page.extras["type"] == "vehicle_registrations"


def test_extra_entries_are_named_not_merged():
    result = PROVIDER.parse(answer({"type": "vehicle_registration_back", "info": {"engine": "E1"}},
                                   {"type": "vehicle_registration_front", "info": {"id": "9"}}), [image()])
    [page] = result.pages
    assert [f.key for f in page.fields] == ["engine"]
    assert page.extras["ignored_entries"] == ["vehicle_registration_front"]


def test_empty_data_is_no_content():
    response = answer()
    with pytest.raises(ApiError) as caught:
        PROVIDER.parse(response, [image()])
    assert caught.value.code == "cvvn.1"
    assert caught.value.http_status == 200 and caught.value.response_text == response.text
