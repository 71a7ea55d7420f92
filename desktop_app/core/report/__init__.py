"""The report stakeholders look at: one self-contained HTML file that opens offline.

    write_report(documents, out) -> ReportStats

Charts are inline SVG (charts.py) with their text left as text; the bundled Noto Sans and Noto
Sans Thai are embedded with @font-face, so Thai labels are shaped by the browser and nothing is
fetched. Simulated results (demo provider, stand-in) are marked in a banner and beside every
provider. Written atomically, owner-only: field names and counts only, but it names providers
and review times.
"""

from __future__ import annotations

import base64
import html
import os
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from ... import __version__
from ...resources import fonts_dir
from ..atomic import write_text_atomic
from ..model import Document
from . import charts
from .stats import CORRECTED, KEPT, MIN_SAMPLES, MISSING, TARGET_ERROR, ReportStats, collect

__all__ = ["ReportStats", "collect", "render_html", "write_report"]

SHOWN_THRESHOLDS = (0.80, 0.85, 0.90, 0.95, 0.98)
_FONTS = (("Noto Sans", "NotoSans-Regular.ttf"), ("Noto Sans Thai", "NotoSansThai-Regular.ttf"))

_CSS = """
body { font-family: 'Noto Sans', 'Noto Sans Thai', sans-serif; margin: 24px auto; max-width: 980px;
       color: #222; line-height: 1.45; padding: 0 16px; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 19px; margin-top: 32px;
     border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.sub { color: #666; margin-top: 0; }
.simulated { background: #fff3e0; border: 2px solid #e65100; color: #8a2b00; padding: 10px 14px;
             font-weight: bold; border-radius: 6px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 10px 16px; min-width: 170px; }
.card b { display: block; font-size: 26px; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 4px 10px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.tag { background: #e65100; color: white; border-radius: 3px; padding: 0 5px; font-size: 12px; }
svg { width: 100%; height: auto; }
.note { color: #555; font-size: 13px; }
"""


def _font_faces() -> str:
    faces = []
    for family, name in _FONTS:
        path = fonts_dir() / name
        if path.exists():
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            faces.append(f"@font-face {{ font-family: '{family}'; src: url(data:font/ttf;base64,{data}) "
                         "format('truetype'); }")
    return "\n".join(faces)


def _e(text: object) -> str:
    return html.escape(str(text))


def _pct(share: float) -> str:
    return f"{share * 100:.0f} %"


def _seconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} s"


def _provider(name: str, simulated: bool) -> str:
    return _e(name) + (' <span class="tag">SIMULATED</span>' if simulated else "")


def _provider_table(stats: ReportStats) -> str:
    rows = ["<table><tr><th>provider</th><th>documents</th><th>signed off</th><th>straight-through</th>"
            "<th>fields kept</th><th>corrected</th><th>missing</th><th>median review time</th></tr>"]
    for p in stats.providers.values():
        rows.append(f"<tr><td>{_provider(p.label, p.simulated)}</td><td class=n>{p.documents}</td>"
                    f"<td class=n>{p.signed_off}</td><td class=n>{_pct(p.straight_through_rate)}</td>"
                    f"<td class=n>{_pct(p.counts.share(KEPT))}</td>"
                    f"<td class=n>{_pct(p.counts.share(CORRECTED))}</td>"
                    f"<td class=n>{_pct(p.counts.share(MISSING))}</td>"
                    f"<td class=n>{_seconds(p.median_seconds)}</td></tr>")
    return "".join(rows) + "</table>"


def _field_table(stats: ReportStats) -> str:
    rows = ["<table><tr><th>field</th><th>readings</th><th>kept</th><th>corrected</th>"
            "<th>missing</th><th>suggested threshold</th></tr>"]
    for group, p in stats.providers.items():
        fields = [f for key, f in stats.fields.items() if key[:2] == group]
        if not fields:
            continue
        rows.append(f'<tr><th colspan="6">{_provider(p.label, p.simulated)}</th></tr>')
        for f in sorted(fields, key=lambda f: (-f.counts.share(CORRECTED) - f.counts.share(MISSING), f.name)):
            suggested = f.suggested()
            shown = f"{suggested:.2f}" if suggested is not None else f"– ({len(f.readings)} of {MIN_SAMPLES})"
            rows.append(f"<tr><td>{_e(f.label_th)} · {_e(f.label_en)} <code>{_e(f.name)}</code></td>"
                        f"<td class=n>{f.counts.total}</td><td class=n>{f.counts.kept}</td>"
                        f"<td class=n>{f.counts.corrected}</td><td class=n>{f.counts.missing}</td>"
                        f"<td class=n>{shown}</td></tr>")
    return "".join(rows) + "</table>"


def _calibration_sentences(stats: ReportStats) -> str:
    by_t = {t: (a, w) for t, a, w in stats.calibration()}
    items = []
    for t in SHOWN_THRESHOLDS:
        accepted, wrong = by_t.get(round(t, 2), (0.0, 0.0))
        items.append(f"<li>At threshold <b>{t:.2f}</b>, <b>{_pct(accepted)}</b> of fields would be "
                     f"accepted without review and <b>{_pct(wrong)}</b> of those were wrong.</li>")
    return "<ul>" + "".join(items) + "</ul>"


def render_html(stats: ReportStats, *, generated: str | None = None) -> str:
    generated = generated or datetime.now(UTC).astimezone().isoformat(timespec="seconds")
    banner = ""
    if stats.simulated:
        banner = (f'<p class="simulated">SIMULATED: {stats.simulated} of {stats.documents} documents come '
                  "from the demo provider or the stand-in (invented sample answers), not real OCR. Their "
                  "figures say nothing about a real service.</p>")
    overall_st = (sum(p.straight_through for p in stats.providers.values()) / stats.signed_off
                  if stats.signed_off else 0.0)
    seconds = sorted(s for p in stats.providers.values() for s in p.seconds)
    median = seconds[len(seconds) // 2] if seconds else None
    body = [
        "<h1>OCR review report</h1>",
        f'<p class="sub">{stats.documents} documents, {stats.signed_off} signed off · generated '
        f"{_e(generated)} by desktop-app {_e(__version__)}</p>",
        banner,
        '<div class="cards">'
        f'<div class="card"><b>{stats.signed_off}</b>signed off of {stats.documents}</div>'
        f'<div class="card"><b>{_pct(overall_st)}</b>straight through (no correction)</div>'
        f'<div class="card"><b>{_seconds(median)}</b>median review time per document</div></div>',
        "<h2>What happened to the OCR values</h2>",
        charts.outcomes_by_provider(stats) if stats.signed_off else "<p>No signed-off document yet.</p>",
        _provider_table(stats),
        "<h2>Fields the clerks correct most</h2>",
        charts.fields_corrected(list(stats.fields.values())) if stats.fields else "",
        '<p class="note">Suggested thresholds need at least ' f"{MIN_SAMPLES}"
        " readings of a field; until then the table says how many there are.</p>",
        "<h2>Threshold calibration</h2>",
        '<p class="note">From the clerks\' own corrections: a field the service was at least t sure of '
        "would be accepted without review; it was wrong if the clerk corrected it. The suggested "
        f"threshold is the lowest t at which at most {TARGET_ERROR * 100:.0f} % of the accepted fields "
        f"were wrong, given at least {MIN_SAMPLES} readings of that field.</p>",
        charts.calibration(stats) if stats.readings else "<p>No confidences to calibrate.</p>",
        _calibration_sentences(stats),
        "<h2>Review time</h2>",
        charts.review_time(stats) if seconds else "<p>No review time recorded.</p>",
        "<h2>Per field</h2>",
        _field_table(stats),
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\"><title>OCR review report</title>"
            f"<style>{_font_faces()}\n{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def write_report(documents: Iterable[Document], out: str | os.PathLike[str]) -> ReportStats:
    """Collect the figures of `documents` and write the HTML report to `out`."""
    stats = collect(documents)
    write_text_atomic(Path(out), render_html(stats), private=True)
    return stats
