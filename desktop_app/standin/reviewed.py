"""Simulated reviews of the bundled samples: the demo provider's answer, then a clerk who corrects
every field to the sample's truth and signs off. For the report's demo, the tests and the docs.

Every document made here is `simulated` (the demo provider), and says so wherever it goes.
"""

from __future__ import annotations

from pathlib import Path

from ..core import engine, reviewfile
from ..core import review as changes
from ..core.attention import Attention, Thresholds
from ..core.checks import run_checks
from ..core.model import Document
from ..demo import register_demo
from ..resources import samples_dir
from .samples import load_samples

REVIEWER = "demo-clerk"
AT = "2026-11-30T10:00:00+07:00"
# (sample names of one document, invented seconds of review)
DOCUMENTS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("vehicle_book",), 74.0), (("vehicle_book_photo",), 118.0), (("thai_id_card",), 41.0),
    (("passport",), 63.0), (("vn_registration_front", "vn_registration_back"), 96.0),
)


def _image(name: str) -> Path:
    return next(p for p in (samples_dir() / f"{name}{ext}" for ext in (".png", ".jpg")) if p.exists())


def reviewed_document(names: tuple[str, ...], seconds: float, *, sign_off: bool = True) -> Document:
    """One sample document read by the demo provider and corrected to its truth."""
    register_demo()
    paths = [_image(n) for n in names]
    if len(names) == 1:
        document = engine.run_ocr(engine.OcrJob(paths=paths, provider_id="demo"))
    else:  # front + back: the two-sided route of the demo's own stand-in
        from ..core.providers.base import Credentials
        from .demo_provider import DEMO_CREDENTIALS, standin

        pair = "cvvn-vehicle-registrations"
        job = engine.OcrJob(paths=paths, provider_id=pair, endpoint=standin().endpoint(pair))
        document = engine.run_ocr(job, credentials=Credentials(dict(DEMO_CREDENTIALS)))
    truth: dict[str, str] = {}
    for sample in load_samples():
        if sample.name in names:
            for item in sample.fields:
                if item.get("value") is not None:
                    truth.setdefault(item["key"], item["value"])
    for p, page in enumerate(document.pages):
        for i, f in enumerate(page.fields):
            wanted = truth.get(f.key)
            if wanted is not None and wanted != f.value:
                patch = changes.plan_edit(document, (p, i), wanted)
                if patch is not None:
                    changes.apply(document, patch, REVIEWER, AT)
    run_checks(document)
    if sign_off:
        untouched = Attention(document, Thresholds()).untouched()
        signoff = changes.plan_signoff(document, untouched, REVIEWER)
        if signoff is not None:
            changes.apply(document, signoff, REVIEWER, AT)
    document.review.seconds_spent = seconds
    document.review.created = document.review.updated = AT
    return document


def write_reviewed_samples(folder: Path) -> list[Path]:
    """Every demo document, reviewed and signed off, saved in `folder` as review files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for names, seconds in DOCUMENTS:
        document = reviewed_document(names, seconds)
        target = folder / f"{names[0]}{reviewfile.SUFFIX}"
        reviewfile.save(document, target)
        paths.append(target)
    return paths
