"""A hostile answer: whatever parses can be checked, saved and reopened (issue 10).

The boundary where an answer enters the program (providers/common.py `decode_json`) turns it into
values that always round-trip; the verbatim bytes are kept as they came. A property-based test
mutates every vendor sample (and the stand-in's CVVN answers) and drives parse -> checks -> save
-> reopen for every provider: nothing but the program's own error type may come out.
"""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_app.core import reviewfile
from desktop_app.core.checks import run_checks
from desktop_app.core.errors import AppError, FileFormatError
from desktop_app.core.model import Document, OcrRecord, Source
from desktop_app.core.providers import get_provider
from desktop_app.core.providers.base import HttpResponse
from desktop_app.standin import answers_cvvn
from desktop_app.standin.reply import Upload
from desktop_app.standin.samples import load_samples
from tests.vendor_docs import IDCARD, PASSPORT, V1, V2, prepared, samples

AIGEN = {V1: "aigen-vehicle-book-v1", V2: "aigen-vehicle-book-v2", IDCARD: "aigen-idcard-v3",
         PASSPORT: "aigen-passport-v2"}


def _cvvn_answers() -> list[dict[str, Any]]:
    """The stand-in's CVVN answers for its Vietnamese samples: one side each, and both together."""
    entries = []
    for sample in load_samples():
        if sample.page_type:
            upload = Upload(image=Image.new("RGB", (8, 8)), sample=sample)
            entries.append(answers_cvvn.cvvn_entry(upload, thumb=False))
    bodies = [answers_cvvn.cvvn_body([entry]).body for entry in entries]
    bodies.append(answers_cvvn.cvvn_body(entries).body)
    return bodies


CORPUS: list[tuple[str, Any]] = (
    [(AIGEN[prefix], answer) for prefix in AIGEN for answer in samples(prefix)]
    + [("cvvn-vehicle-registration", body) for body in _cvvn_answers()]
    + [("cvvn-vehicle-registrations", body) for body in _cvvn_answers()]
)


def _images(provider_id: str) -> list:
    provider = get_provider(provider_id)
    return [prepared(1600, 1000, pages=3) if provider.accepts_pdf else prepared(1600, 1000)
            for _ in range(provider.image_count)]


def round_trip(provider_id: str, body: bytes, folder: Path) -> Document | None:
    """parse -> checks -> save -> reopen; None when the answer was refused (the program's own error)."""
    provider = get_provider(provider_id)
    images = _images(provider_id)
    response = HttpResponse(status=200, body=body)
    try:
        result = provider.parse(response, images)
    except AppError:
        return None
    document = Document(doc_type=result.doc_type or provider.doc_type,
                        sources=[Source(path=str(folder / f"scan{i}.jpg"), sha256="0" * 64, width=1600,
                                        height=1000, page_count=len(img.pages))
                                 for i, img in enumerate(images)],
                        provider_id=provider.id, endpoint=provider.default_endpoint, options={},
                        pages=result.pages, errors=result.errors,
                        ocr=OcrRecord(at="2026-01-01T00:00:00+07:00", http_status=200,
                                      response_text=response.text))
    run_checks(document)
    target = folder / "scan0.jpg.review.json"
    reviewfile.save(document, target)  # no exception at all: a parsed answer is always saved
    reopened = reviewfile.load(target)
    assert reopened.ocr is not None and reopened.ocr.response_text == response.text
    assert len(reopened.pages) == len(document.pages)
    return reopened


def _body(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=True, allow_nan=True).encode("utf-8")


# --- the reproduced cases -----------------------------------------------------------------------

def _first_value_path(answer: Any) -> list[Any]:
    """The path of the first text value in an answer (a field's value)."""
    def walk(node: Any, path: list[Any]) -> list[Any] | None:
        if isinstance(node, str) and path and path[-1] in ("value", "text", "plate", "name"):
            return path
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in items:
            found = walk(child, [*path, key])
            if found:
                return found
        return None
    return walk(answer, []) or []


def _set(answer: Any, path: list[Any], value: Any) -> Any:
    answer = copy.deepcopy(answer)
    node = answer
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return answer


@pytest.mark.parametrize("provider_id,answer", [c for c in CORPUS if c[0] != "cvvn-vehicle-registrations"][:6]
                         + [CORPUS[-1]])
def test_a_lone_surrogate_in_a_value_is_saved_and_reopened(tmp_path, provider_id, answer):
    path = _first_value_path(answer)
    if not path:
        pytest.skip("no text value in this sample")
    reopened = round_trip(provider_id, _body(_set(answer, path, "Som\ud800chai")), tmp_path)
    assert reopened is not None
    values = [f.value for _, f in reopened.all_fields()]
    assert any(v and "Som\ufffdchai" in v for v in values)  # made valid, and visibly so


@pytest.mark.parametrize("depth", [50, 500, 990])
def test_an_answer_nested_deep_is_refused_or_saved(tmp_path, depth):
    answer = samples(V2)[0]
    path = _first_value_path(answer)
    # beside the value, where a provider keeps what it does not know (a field's `extra`)
    answer = _set(answer, [*path[:-1], "unknown_part"], "NESTED")
    body = _body(answer).replace(b'"NESTED"', b"[" * depth + b'"x"' + b"]" * depth)
    round_trip(AIGEN[V2], body, tmp_path)  # must not raise


@pytest.mark.parametrize("number", ["1" + "0" * 400, "-" + "9" * 5000, "1e999", "NaN", "-Infinity"])
def test_huge_and_non_finite_numbers_in_an_answer(tmp_path, number):
    for provider_id, answer in (CORPUS[0], CORPUS[-1], CORPUS[-3]):
        text = json.dumps(answer, ensure_ascii=True)
        # every confidence becomes the hostile number
        mutated = text.replace('"confidence": 0.', '"confidence": ' + number + ', "_c": 0.')
        mutated = mutated.replace('_confidence": 0.', '_confidence": ' + number + ', "_c": 0.')
        assert mutated != text
        round_trip(provider_id, mutated.encode(), tmp_path)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_a_review_file_holding_nan_is_refused_on_open(tmp_path, text):
    reopened = round_trip(CORPUS[0][0], _body(CORPUS[0][1]), tmp_path)
    assert reopened is not None
    target = tmp_path / "scan0.jpg.review.json"
    content = target.read_text(encoding="utf-8")
    content, count = re.subn(r'"seconds_spent": [0-9.]+', '"seconds_spent": ' + text, content, count=1)
    assert count == 1
    target.write_text(content, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        reviewfile.load(target)
    assert caught.value.code == "file.unreadable"


# --- the property: mutate every sample, every provider -------------------------------------------

HOSTILE_VALUES = st.one_of(
    st.sampled_from(["\ud800", "a\udfffb", "\u202eSomchai\u202c", "1101\u200b700123456", "", " ", "NaN",
                     "9" * 5000, "<html>", "\x00", "ก" * 3000]),
    st.integers(min_value=-(10 ** 400), max_value=10 ** 400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.none(),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.integers(min_value=1, max_value=120).map(lambda depth: json.loads("[" * depth + "]" * depth)),
    st.text(max_size=20),
)


def _paths(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, child in node.items():
            found += _paths(child, (*path, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += _paths(child, (*path, index))
    return found


@st.composite
def mutated_answers(draw) -> tuple[str, bytes]:
    provider_id, answer = draw(st.sampled_from(CORPUS))
    answer = copy.deepcopy(answer)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = _paths(answer)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "replace", "delete", "insert"]))
        if not path:
            answer = draw(HOSTILE_VALUES) if action == "replace" else answer
            continue
        parent = answer
        for key in path[:-1]:
            parent = parent[key]
        if action == "replace":
            parent[path[-1]] = draw(HOSTILE_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["value", "confidence", "bboxes", "\ud800", "key", "data"]))] = \
                draw(HOSTILE_VALUES)
        else:
            parent.insert(path[-1], draw(HOSTILE_VALUES))
    body = _body(answer)
    if draw(st.integers(min_value=0, max_value=9)) == 0:  # now and then, damage the bytes too
        cut = draw(st.integers(min_value=0, max_value=len(body)))
        body = body[:cut] + draw(st.binary(max_size=4))
    return provider_id, body


# 200 examples run in about two seconds; HOSTILE_EXAMPLES=20000 for a long hunt by hand.
@settings(max_examples=int(os.environ.get("HOSTILE_EXAMPLES", "200")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=mutated_answers())
def test_every_mutated_answer_that_parses_is_saved_and_reopened(tmp_path, case):
    provider_id, body = case
    round_trip(provider_id, body, tmp_path)


def test_the_corpus_covers_every_provider():
    from desktop_app.core.providers import all_providers

    covered = {provider_id for provider_id, _ in CORPUS}
    assert covered == {p.id for p in all_providers() if not p.simulated}


@pytest.mark.parametrize("poison", ["deep", "surrogate"])
def test_a_review_file_that_could_not_be_saved_again_is_refused_on_open(tmp_path, poison):
    reopened = round_trip(CORPUS[0][0], _body(CORPUS[0][1]), tmp_path)
    assert reopened is not None
    target = tmp_path / "scan0.jpg.review.json"
    content = target.read_text(encoding="utf-8")
    hostile = "[" * 500 + "1" + "]" * 500 if poison == "deep" else '"Som\\ud800chai"'
    assert '"extra": {}' in content
    content = content.replace('"extra": {}', '"extra": {"poison": ' + hostile + "}", 1)
    target.write_text(content, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        reviewfile.load(target)
    assert caught.value.code == "file.unreadable"
