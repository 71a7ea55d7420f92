"""The report's charts, drawn by matplotlib as SVG with the text left as text.

matplotlib lays Thai out letter by letter (no shaping), so the SVG keeps every label as a `<text>`
element (`svg.fonttype = none`) in the bundled Noto Sans / Noto Sans Thai, which the HTML page
embeds with @font-face: the browser shapes the Thai. matplotlib is used through `Figure` objects
only (no pyplot): no global state, safe on a worker thread, no display needed.
"""

from __future__ import annotations

import io
import re
from functools import cache

from ...resources import fonts_dir
from .stats import CORRECTED, KEPT, MISSING, FieldStats, ProviderStats, ReportStats

FAMILY = ["Noto Sans", "Noto Sans Thai"]
COLORS = {KEPT: "#2e7d32", CORRECTED: "#e65100", MISSING: "#9e9e9e"}
SHORT_TYPES = {"vehicle_book": "book", "thai_id_card": "ID card", "passport": "passport",
               "vn_vehicle_registration": "VN reg."}
WIDTH = 9.0  # inches at 72 dpi in the SVG: 648 px, the report's column


@cache
def _setup() -> None:
    import matplotlib
    from matplotlib import font_manager

    for name in ("NotoSans-Regular.ttf", "NotoSansThai-Regular.ttf"):
        path = fonts_dir() / name
        if path.exists():
            font_manager.fontManager.addfont(str(path))
    matplotlib.rcParams.update({"svg.fonttype": "none", "font.family": FAMILY, "font.size": 10,
                                "axes.spines.top": False, "axes.spines.right": False,
                                "svg.hashsalt": "desktop-app"})


def _figure(height: float):
    from matplotlib.figure import Figure

    _setup()
    return Figure(figsize=(WIDTH, height), dpi=72, layout="constrained")


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]  # drop the XML prolog and DOCTYPE: the SVG is inline in HTML
    return re.sub(r'(<svg[^>]*?) width="[^"]*" height="[^"]*"', r'\1', text, count=1)


def provider_label(p: ProviderStats) -> str:
    return p.label + ("\n[SIMULATED]" if p.simulated else "")


def outcomes_by_provider(stats: ReportStats) -> str:
    """Stacked horizontal bars: the share of fields kept, corrected and missing, per provider."""
    providers = [p for p in stats.providers.values() if p.counts.total]
    figure = _figure(0.8 + 0.55 * max(1, len(providers)))
    axes = figure.add_subplot()
    names = [provider_label(p) for p in providers]
    left = [0.0] * len(providers)
    for result, label in ((KEPT, "kept"), (CORRECTED, "corrected"), (MISSING, "missing")):
        shares = [p.counts.share(result) * 100 for p in providers]
        bars = axes.barh(names, shares, left=left, color=COLORS[result], label=label)
        axes.bar_label(bars, labels=[f"{s:.0f}%" if s >= 6 else "" for s in shares], label_type="center",
                       color="white", fontsize=9)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of fields in signed-off documents")
    axes.invert_yaxis()
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, frameon=False)
    return _svg(figure)


def fields_corrected(fields: list[FieldStats], limit: int = 15) -> str:
    """The fields corrected most often (share of their readings), Thai and English label."""
    wrong = [f for f in fields if f.counts.corrected or f.counts.missing]
    ranked = sorted(wrong, key=lambda f: (-f.counts.share(CORRECTED) - f.counts.share(MISSING), f.name))
    ranked = ranked[:limit]
    figure = _figure(0.8 + 0.32 * max(1, len(ranked)))
    axes = figure.add_subplot()
    names = [f"{f.label_th} · {f.name} ({SHORT_TYPES.get(f.doc_type, f.doc_type)})" for f in ranked]
    corrected = [f.counts.share(CORRECTED) * 100 for f in ranked]
    missing = [f.counts.share(MISSING) * 100 for f in ranked]
    axes.barh(names, corrected, color=COLORS[CORRECTED], label="corrected")
    axes.barh(names, missing, left=corrected, color=COLORS[MISSING], label="missing")
    axes.set_xlim(0, 100)
    axes.set_xlabel("% of readings")
    axes.invert_yaxis()
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, frameon=False)
    return _svg(figure)


def calibration(stats: ReportStats) -> str:
    """Every field pooled: accepted without review, and wrong among those, by threshold."""
    rows = stats.calibration()
    figure = _figure(3.2)
    axes = figure.add_subplot()
    ts = [t for t, _, _ in rows]
    axes.plot(ts, [a * 100 for _, a, _ in rows], color="#1565c0", label="accepted without review")
    axes.plot(ts, [w * 100 for _, _, w in rows], color=COLORS[CORRECTED], label="of those, wrong")
    axes.set_xlabel("confidence threshold")
    axes.set_ylabel("%")
    axes.set_ylim(0, 100)
    axes.grid(alpha=0.3)
    axes.legend(frameon=False)
    return _svg(figure)


def review_time(stats: ReportStats) -> str:
    """Seconds of review per signed-off document, per provider (one dot per document)."""
    providers = [p for p in stats.providers.values() if p.seconds]
    figure = _figure(0.8 + 0.55 * max(1, len(providers)))
    axes = figure.add_subplot()
    for row, p in enumerate(providers):
        axes.scatter(p.seconds, [row] * len(p.seconds), color="#1565c0", alpha=0.6, s=22)
        if p.median_seconds is not None:
            axes.plot([p.median_seconds] * 2, [row - 0.3, row + 0.3], color="black", linewidth=2)
    axes.set_yticks(range(len(providers)), [provider_label(p) for p in providers])
    axes.set_ylim(len(providers) - 0.5, -0.5)
    axes.set_xlim(left=0)
    axes.set_xlabel("seconds of review per document (bar: median)")
    return _svg(figure)
