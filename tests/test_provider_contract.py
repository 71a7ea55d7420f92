"""Every provider keeps the same contract: OCR (`build_request` -> send -> `parse`) and the
connection test (`build_connection_test` -> send -> `parse_connection_test`), here over real HTTP
against the stand-in, for every provider the program offers (the simulated demo included).
"""

from __future__ import annotations

import pytest

from desktop_app.core.connection_test import check_connection
from desktop_app.core.errors import AppError
from desktop_app.core.providers import all_providers, get_provider, provider_ids
from desktop_app.core.providers.base import Credentials
from desktop_app.standin import StandIn

GOOD = {"aigen": {"aigen_key": "test-key-not-secret"},
        "cvvn": {"cvvn_key": "test-cvvn-key", "cvvn_secret": "test-cvvn-secret"}, "demo": {}}
# what the stand-in does with these keys: standin/aigen_route.py, standin/cvvn_route.py
REFUSED = {
    "aigen": [({}, "http.401"), ({"aigen_key": "forbidden"}, "http.403"),
              ({"aigen_key": "exhausted"}, "http.429")],
    "cvvn": [({"cvvn_key": "wrong", "cvvn_secret": "s"}, "http.401"), ({}, "http.401"),
             ({"cvvn_key": "exhausted", "cvvn_secret": "s"}, "cvvn.4")],
}
IDS = list(provider_ids())


@pytest.fixture(scope="module")
def standin():
    with StandIn() as server:
        yield server


@pytest.fixture(autouse=True)
def normal_answers(standin):
    standin.set_scenario(None)
    yield
    standin.set_scenario(None)


def test_every_provider_is_covered():
    assert {p.id for p in all_providers()} == set(IDS)
    assert "demo" in IDS and len(IDS) == 7


@pytest.mark.parametrize("provider_id", IDS)
def test_the_lifecycle_is_the_same_for_every_provider(provider_id):
    provider = get_provider(provider_id)
    for operation in ("build_request", "parse", "build_connection_test", "parse_connection_test"):
        assert callable(getattr(provider, operation)), operation
    assert provider.simulated is (provider_id == "demo")


@pytest.mark.parametrize("provider_id", IDS)
def test_the_connection_test_sends_no_image_and_reports_the_status(standin, provider_id):
    provider = get_provider(provider_id)
    seen = len(standin.requests)
    status = check_connection(provider, standin.endpoint(provider_id), timeout=10,
                              credentials=Credentials(dict(GOOD[provider.vendor])))
    (record,) = standin.requests[seen:]
    assert status == record.status and status > 0
    assert record.method == "POST" and record.images == 0 and record.body_size == 2  # `{}`
    if provider.vendor == "aigen":
        assert record.auth == "header" and status == 400  # "bad request": no image, key let through
    elif provider.vendor == "cvvn":
        assert record.auth == "basic" and status == 200  # errorCode 6: no format_type, key let through
    else:
        assert record.route is None  # the demo's base address: the stand-in is there, no key needed


@pytest.mark.parametrize("provider_id", [p for p in IDS if p != "demo"])
def test_a_refused_key_is_the_vendors_own_code(standin, provider_id):
    provider = get_provider(provider_id)
    for values, code in REFUSED[provider.vendor]:
        with pytest.raises(AppError) as caught:
            check_connection(provider, standin.endpoint(provider_id), timeout=10,
                             credentials=Credentials(values))
        assert caught.value.code == code, values


@pytest.mark.parametrize("provider_id", ["cvvn-vehicle-registration", "cvvn-vehicle-registrations"])
def test_cvvn_refusing_at_http_200_is_read_from_the_body(standin, provider_id):
    provider = get_provider(provider_id)
    standin.set_scenario("cvvn_5")  # HTTP 200, errorCode "5"
    with pytest.raises(AppError) as caught:
        check_connection(provider, standin.endpoint(provider_id), timeout=10,
                         credentials=Credentials(dict(GOOD["cvvn"])))
    assert caught.value.code == "cvvn.5" and standin.requests[-1].status == 200


@pytest.mark.parametrize("provider_id", IDS)
def test_credit_used_up_is_http_429_for_every_provider(standin, provider_id):
    provider = get_provider(provider_id)
    if provider_id == "demo":
        pytest.skip("the demo's base address is no route: scenarios do not reach it")
    standin.set_scenario("429")
    with pytest.raises(AppError) as caught:
        check_connection(provider, standin.endpoint(provider_id), timeout=10,
                         credentials=Credentials(dict(GOOD[provider.vendor])))
    assert caught.value.code == "http.429"
