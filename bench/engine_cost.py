"""The engine per document against the vendor's example client, and `desktop-app ocr` as a whole
process against a bare script doing the same request.

The vendor's example (AIGEN's API documents) is `requests.post(api, json={"image": b64}, headers=
{"x-aigen-key": key})`: read the file, base64 it, post it, read the JSON. Both sides post to the
same loopback stand-in, interleaved run by run; the stand-in's own work (it decodes the image to
pick its answer) is in both figures alike.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from pathlib import Path

from .timing import (
    KEY,
    StandInProcess,
    card_png,
    interleaved,
    isolated_env,
    photo_jpeg,
    ratio_row,
    runs,
    scratch,
)

PROVIDER = "aigen-idcard-v3"

BARE_SCRIPT = """
import base64, sys
import requests
data = base64.b64encode(open(sys.argv[2], "rb").read()).decode("ascii")
res = requests.post(sys.argv[1], json={"image": data}, headers={"x-aigen-key": sys.argv[3]})
res.json()
"""


def vendor_answer(endpoint: str, path: Path) -> object:
    """The vendor's example client, as its API document gives it (plus a timeout)."""
    import requests

    data = base64.b64encode(path.read_bytes()).decode("ascii")
    res = requests.post(endpoint, json={"image": data}, headers={"x-aigen-key": KEY}, timeout=60)
    res.raise_for_status()
    return res.json()


def vendor_client(endpoint: str, path: Path) -> None:
    vendor_answer(endpoint, path)


def engine_once(endpoint: str, path: Path) -> None:
    from desktop_app.core.engine import OcrJob, run_ocr
    from desktop_app.core.providers.base import Credentials

    document = run_ocr(OcrJob(paths=[path], provider_id=PROVIDER, endpoint=endpoint),
                       credentials=Credentials({"aigen_key": KEY}))
    assert document.pages and not document.errors, document.errors


def rows(quick: bool) -> list[dict]:
    count = runs(quick)
    folder = scratch("engine")
    out = []
    try:
        files = {"12 MP JPEG": photo_jpeg(folder, 12), "1 MP PNG": card_png(folder)}
        with StandInProcess() as standin:
            endpoint = standin.endpoint(PROVIDER)
            for label, path in files.items():
                ours, base = interleaved(lambda p=path: engine_once(endpoint, p),
                                         lambda p=path: vendor_client(endpoint, p), count)
                out.append(ratio_row(f"engine per document, {label}", "ms", _ms(ours),
                                     "vendor's example client (requests.post of the base64 file)",
                                     _ms(base), 1.10))
            for label, path in files.items():
                ours, base = interleaved(lambda p=path: _cli(endpoint, p, folder),
                                         lambda p=path: _bare(endpoint, p, folder), count)
                out.append(ratio_row(f"`desktop-app ocr` whole process, {label}", "s", ours,
                                     "bare script: python -c 'requests.post(...)'", base, 1.3))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


def _ms(seconds: list[float]) -> list[float]:
    return [s * 1000 for s in seconds]


def _cli(endpoint: str, path: Path, folder: Path) -> None:
    env = isolated_env(folder / "home")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "ocr", "--provider", PROVIDER,
                             "--endpoint", endpoint, "--fresh", "--out", str(folder / "out.review.json"),
                             str(path)],
                            env=env, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]


def _bare(endpoint: str, path: Path, folder: Path) -> None:
    env = isolated_env(folder / "home")
    subprocess.run([sys.executable, "-c", BARE_SCRIPT, endpoint, str(path), KEY], env=env, check=True,
                   capture_output=True, timeout=120)
