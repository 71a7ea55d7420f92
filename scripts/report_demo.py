"""The report (and an export) of the demo samples, for a look at them without real data.

    .venv/bin/python scripts/report_demo.py [--out-dir DIR]

Reads every bundled sample with the demo provider (the in-process stand-in: no key, no network),
corrects each field to the sample's truth as a clerk would and signs it off
(desktop_app/standin/reviewed.py), then writes DIR/reviews/*.review.json, DIR/report.html and
DIR/export.xlsx. Everything made here is SIMULATED and marked so. The data folder is temporary.
To look at the report as an image: chromium --headless --screenshot=report.png DIR/report.html
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default="report-demo")
    args = parser.parse_args(argv)
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="desktop-app-report-")

    from desktop_app.core.export import export_documents
    from desktop_app.core.report import write_report
    from desktop_app.core.reviewfile import load
    from desktop_app.standin.reviewed import write_reviewed_samples

    out = Path(args.out_dir)
    paths = write_reviewed_samples(out / "reviews")
    documents = [load(p) for p in paths]
    write_report(documents, out / "report.html")
    export_documents(documents, out / "export.xlsx", "xlsx")
    print(f"wrote {out / 'report.html'} and {out / 'export.xlsx'} from {len(paths)} simulated reviews")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
