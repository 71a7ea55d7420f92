"""`python -m bench`: run the benchmarks and write the figures into README.md between
`<!-- bench:start -->` and `<!-- bench:end -->` (the section is added at the end if missing;
nothing else in the README is touched). `--no-write` only prints."""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import date
from pathlib import Path

from . import cases

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def render(throughput: list[dict[str, float]], first: dict[str, float], documents: int,
           delay: float) -> str:
    base = throughput[0]["docs_per_second"]
    lines = [
        f"Measured {date.today().isoformat()} with `python -m bench` on {os.cpu_count()} CPU(s), "
        f"Python {platform.python_version()}, against the loopback stand-in (simulated answers).",
        "",
        f"**Batch throughput**: {documents} ID cards, the stand-in taking {delay:.2f} s per answer, "
        "no cache.",
        "",
        "| requests in flight | total | documents / s | vs. one at a time |",
        "|---|---|---|---|",
    ]
    for row in throughput:
        lines.append(f"| {row['jobs']}{' (sequential)' if row['jobs'] == 1 else ''} | {row['seconds']:.2f} s "
                     f"| {row['docs_per_second']:.2f} | ×{row['docs_per_second'] / base:.2f} |")
    lines += [
        "",
        f"**Open a folder of {first['count']} phone photos until the first is reviewable** (listed, "
        f"prepared, OCR'd with a {first['delay']:.2f} s answer, its page rendered for display):",
        "",
        "| approach | seconds to the first reviewable document |",
        "|---|---|",
        f"| queue: each document prepared as it is sent (this app) | {first['pipelined']:.2f} s |",
        f"| naive: prepare all {first['count']} first, then OCR the first | {first['naive']:.2f} s |",
        "",
        "The window's own share (loading the image into Qt, drawing) is not included.",
    ]
    return "\n".join(lines)


def write_readme(text: str, readme: Path = README) -> None:
    block = f"{START}\n{text}\n{END}"
    current = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in current and END in current:
        head, rest = current.split(START, 1)
        tail = rest.split(END, 1)[1]
        updated = head + block + tail
    else:
        updated = current.rstrip("\n") + "\n\n## Benchmarks\n\n" + block + "\n"
    readme.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--no-write", action="store_true", help="print the figures, leave README.md alone")
    ns = parser.parse_args(argv)
    documents, delay = 20, 0.25
    print(f"batch throughput: {documents} documents, {delay} s per answer...", file=sys.stderr)
    throughput = cases.batch_throughput(documents, delay)
    print("first reviewable document in a folder of 100...", file=sys.stderr)
    first = cases.first_reviewable()
    text = render(throughput, first, documents, delay)
    print(text)
    if not ns.no_write:
        write_readme(text)
        print(f"written to {README}", file=sys.stderr)
    from . import keystrokes  # keystrokes per reviewed document: its own README section

    keystrokes.main(["--no-write"] if ns.no_write else [])
    from . import first_reviewable  # the window's own share: its own README section

    first_reviewable.main(["--no-write"] if ns.no_write else [])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
