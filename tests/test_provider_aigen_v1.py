"""AIGEN vehicle registration book v1: the vendor's sample, box choice, scaling, errors."""

from __future__ import annotations

import copy

import pytest
import vendor_docs as vd

from desktop_app.core import catalogue
from desktop_app.core.catalogue.vehicle_book import FIELDS
from desktop_app.core.errors import ApiError, ResponseError
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.aigen_vehicle_book_v1 import PROVIDER

# The sample's pixel boxes reach x=1296, y=1185; its rect_norm implies a page of about 1654×2339.
PAGE = (1654, 2339)


@pytest.fixture
def sample() -> dict:
    (answer,) = vd.samples(vd.V1)
    return answer


def parse(body, status: int = 200, image=None):
    return PROVIDER.parse(vd.response(body, status), [image or vd.prepared(*PAGE)])


def test_registry_and_contract():
    assert get_provider("aigen-vehicle-book-v1") is PROVIDER
    assert (PROVIDER.vendor, PROVIDER.credential_names, PROVIDER.image_count) == ("aigen", ("aigen_key",), 1)
    assert PROVIDER.accepts_pdf is False and PROVIDER.simulated is False  # one page an answer
    assert PROVIDER.doc_type == "vehicle_book"
    assert PROVIDER.default_endpoint == "https://apis.aigen.online/aiscript/vehicle-registration-book/v1"


def test_catalogue_has_every_key_of_the_vendor_table_and_the_samples():
    table = dict(vd.v1_key_table())
    assert len(table) == 38
    assert set(table) <= set(FIELDS)
    for typo in ("ownership_adress", "owner_adress", "gas_tank_positio", "date_of_posession"):
        assert typo in FIELDS
    sample_keys = {item["key"] for item in vd.samples(vd.V1)[0]["data"]}
    sample_keys |= {key for answer in vd.samples(vd.V2) for page in answer["data"] for key in page}
    assert sample_keys <= set(FIELDS)
    # the label typo is fixed, the key is not
    assert FIELDS["ownership_birthday_date"][0] == "วันเกิดผู้ถือกรรมสิทธิ์"
    assert table["ownership_birthday_date"] == "วัดเกิดผู้ถือกรรมสิทธิ์"
    for label_th, label_en, _label_vi in FIELDS.values():
        assert label_th and label_en and label_en[0].isupper()


def test_sample_parses_to_every_field_in_catalogue_order(sample):
    result = parse(sample)
    assert result.errors == [] and not result.partial
    (page,) = result.pages
    assert (page.index, page.width, page.height) == (0, *PAGE)
    assert len(page.fields) == len(sample["data"]) == 28
    keys = [f.key for f in page.fields]
    assert keys == sorted(keys, key=lambda k: catalogue.order("vehicle_book", k))
    assert keys[:3] == ["registration_date", "registration_number_car", "province"]
    assert all(f.known and len(f.boxes) == 1 for f in page.fields)

    plate = page.field("registration_number_car")
    assert (plate.ocr_value, plate.value, plate.label_th, plate.label_en) == (
        "2กด 6465", "2กด 6465", "เลขทะเบียน", "Registration number")
    assert plate.confidence == pytest.approx(0.9989588750974612)
    assert page.field("color").confidence == pytest.approx(0.8881569579705229)
    assert page.field("ownership_adress").ocr_value.startswith("252/6 ถนนรัชดาภิเษก")
    assert page.field("date_of_posession").ocr_value == "1 สิงหาคม 2556"


def test_registration_date_box_is_the_pixel_bbox_not_rect_norm(sample):
    field = parse(sample).pages[0].field("registration_date")
    assert field.boxes == [((246.0, 217.0), (470.0, 217.0), (470.0, 254.0), (246.0, 254.0))]
    # what rect_norm would have said: far narrower than the text
    x, y, w, h = sample["data"][0]["rect_norm"]
    assert w * PAGE[0] < 30


def test_key_thai_kept_only_when_it_differs_from_the_catalogue(sample):
    page = parse(sample).pages[0]
    assert page.field("car_number_position").extra == {"key_thai": "อยู่ที่_ของเลขตัวรถ"}
    assert page.field("car_number_position").label_th == "ตำแหน่งเลขตัวรถ"
    assert page.field("registration_number_car").extra == {}  # key_thai == our label
    assert page.field("date_of_posession").extra == {}


def test_rect_then_rect_norm_when_bbox_is_missing_or_malformed(sample):
    answer = copy.deepcopy(sample)
    first = answer["data"][0]  # registration_date
    first["bbox"] = "garbage"
    box = parse(answer).pages[0].field("registration_date").boxes
    assert box == [((246.0, 217.0), (470.0, 217.0), (470.0, 254.0), (246.0, 254.0))]  # from rect
    del first["bbox"]
    first["rect"] = [246, 217, "w", 37]
    first["rect_norm"] = [0.1, 0.2, 0.3, 0.1]
    (box,) = parse(answer).pages[0].field("registration_date").boxes
    expected = ((165.4, 467.8), (661.6, 467.8), (661.6, 701.7), (165.4, 701.7))
    for point, want in zip(box, expected, strict=True):
        assert point == pytest.approx(want, abs=0.01)
    first["rect_norm"] = None
    assert parse(answer).pages[0].field("registration_date").boxes == []


def test_boxes_are_mapped_back_to_the_displayed_image():
    item = {"key": "province", "key_thai": "จังหวัด", "text": "กรุงเทพมหานคร", "confidence": 0.9,
            "bbox": [[100, 50], [300, 50], [300, 80], [100, 80]], "rect": [100, 50, 200, 30]}
    image = vd.prepared(2000, 1500, sent=(1000, 750))
    (page,) = parse({"status": "1", "message": "success", "data": [item]}, image=image).pages
    assert (page.width, page.height) == (2000, 1500)
    assert page.field("province").boxes == [((200.0, 100.0), (600.0, 100.0), (600.0, 160.0), (200.0, 160.0))]
    # normalised only: the page's displayed size, not the sent one
    item = {**item, "bbox": None, "rect": None, "rect_norm": [0.05, 0.1, 0.1, 0.02]}
    (box,) = parse({"status": "1", "data": [item]}, image=image).pages[0].field("province").boxes
    assert box[0] == pytest.approx((100.0, 150.0)) and box[2] == pytest.approx((300.0, 180.0))


def test_unknown_key_is_kept_with_its_thai_name_and_missing_text_is_missing():
    data = [{"key": "new_field", "key_thai": "ช่องใหม่", "text": "x", "confidence": "abc"},
            {"key": "owner", "text": None, "confidence": 5000},
            {"key": 12, "text": "no key"}, "not an item", {"text": "no key at all"}]
    page = parse({"status": "1", "message": "success", "data": data}).pages[0]
    assert [f.key for f in page.fields] == ["owner", "new_field"]
    unknown = page.field("new_field")
    assert not unknown.known and unknown.label_en == "new_field" and unknown.label_th == "ช่องใหม่"
    assert unknown.confidence is None and unknown.ocr_value == "x"
    owner = page.field("owner")
    assert owner.missing and owner.confidence is None and owner.label_en == "Possessor"


@pytest.mark.parametrize(("status", "body", "code", "retry"), [
    (400, {"error_code": "1001", "error_message": "Too low image resolution"}, "aigen.1001", False),
    (400, {"error_code": 1002, "error_message": "Image quality not acceptable"}, "aigen.1002", False),
    (400, {"error": [{"code": "1003", "message": "cannot convert image"}]}, "aigen.1003", False),
    (400, {"status": "0", "code": 1001, "message": "Too low"}, "aigen.1001", False),
    (500, {"error_code": 2001, "error_message": "some error occur in serverside"}, "aigen.2001", True),
    (500, "<html><body>Bad gateway</body></html>", "http.5xx", True),
    (400, b"", "http.400", False),
    (413, {"error": [{"code": 20000, "message": "too large"}]}, "aigen.20000", False),
    (429, {"error_code": "1001"}, "http.429", False),
    (200, {"status": "1", "message": "success", "data": []}, "aigen.not_a_document", False),
])
def test_errors(status, body, code, retry):
    with pytest.raises(ApiError) as caught:
        parse(body, status)
    assert caught.value.code == code and caught.value.retry is retry
    assert caught.value.http_status == status
    assert caught.value.response_text == vd.response(body, status).text


@pytest.mark.parametrize("body", [{"status": "1", "data": "nope"}, [1, 2], {"status": "1"}])
def test_unusable_shapes_are_response_errors(body):
    with pytest.raises(ResponseError) as caught:
        parse(body)
    assert caught.value.code == "resp.shape"
