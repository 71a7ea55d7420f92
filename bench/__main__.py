"""`python -m bench [--quick] [--no-write] [--only NAME,...]`: every speed figure of issue 12 in
one table, each beside a fair baseline measured in the same run, written into README.md between
`<!-- bench:start -->` and `<!-- bench:end -->` (nothing else in the README is touched).

Each module in `MODULES` exposes `rows(quick) -> list[dict]` (bench/timing.py `row`): `now` and
`base` hold one figure per run (at least 5; 3 with `--quick`); the table shows medians with
min–max. A module that is not there (written in parallel, not merged yet) is listed as not
measured; one that fails is listed with its error, and the others still run.
The keystroke count (`python -m bench.keystrokes`) and the team load test
(`python -m bench.team_load`) keep their own sections.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import statistics
import sys
import time
import traceback
from datetime import date
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# the table's rows, in this order: ours, then the workers' and guispeed's helpers' modules
MODULES = ("bench.engine_cost", "bench.window_start", "bench.ocr_stall", "bench.batch_k",
           "bench.open_stalls", "bench.gui_keys", "bench.gui_queue")


def collect(quick: bool, modules: tuple[str, ...] = MODULES) -> tuple[list[dict], list[str]]:
    """The rows of every module, and a line for each module that gave none."""
    rows: list[dict] = []
    missing: list[str] = []
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            why = "not in this tree" if exc.name == name else f"cannot import {exc.name}"
            missing.append(f"{name}: not measured ({why})")
            print(missing[-1], file=sys.stderr)
            continue
        print(f"{name}...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        try:
            got = module.rows(quick)
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            missing.append(f"{name}: failed ({type(exc).__name__}: {exc})")
            continue
        print(f"{name}: {len(got)} row(s) in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        rows += got
    return rows, missing


def figure(values: list[float], unit: str) -> str:
    if not values:
        return "—"
    digits = 2 if unit in ("s", "of K") else (1 if statistics.median(values) < 100 else 0)

    def f(v: float) -> str:
        return f"{v:.{digits}f}"

    suffix = "" if unit == "of K" else f" {unit}"
    return f"{f(statistics.median(values))}{suffix} ({f(min(values))}–{f(max(values))})"


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__} (Qt {qVersion()})"
    except ImportError:
        qt = "no Qt"
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f} at the start"
    return (f"{os.cpu_count()} CPU(s), {model}, {platform.system()}, Python "
            f"{platform.python_version()}, {qt}{load}")


def render(rows: list[dict], missing: list[str], quick: bool, about: str) -> str:
    runs = "3 runs a figure (`--quick`)" if quick else "5 runs a figure"
    lines = [
        f"Measured {date.today().isoformat()} with `python -m bench{' --quick' if quick else ''}` "
        f"({runs}; median, min–max in brackets) on {about}. Against the loopback stand-in "
        "(simulated answers, its own process); GUI figures offscreen on a 1366x768 screen "
        "(bench/offscreen-1366x768.json). A stall is the longest gap "
        "the window's event loop did not turn (gui/window/stall_watch.py).",
        "",
        "| what | now median (min–max) | baseline median (min–max) | goal | met |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        met = "—" if r.get("met") is None else ("✓" if r["met"] else "✗")
        baseline = f"{r['baseline']}: {figure(r['base'], r['unit'])}" if r.get("base") else r["baseline"]
        lines.append(f"| {r['what']} | {figure(r['now'], r['unit'])} | {baseline} | {r['goal']} | {met} |")
    for line in missing:
        name, _, why = line.partition(": ")
        lines.append(f"| `{name}` | {why} | | | |")
    return "\n".join(lines)


def write_readme(text: str, readme: Path = README) -> None:
    block = f"{START}\n{text}\n{END}"
    current = readme.read_text(encoding="utf-8") if readme.exists() else ""
    if START in current and END in current:
        head, rest = current.split(START, 1)
        updated = head + block + rest.split(END, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n## Benchmarks\n\n" + block + "\n"
    readme.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 runs a figure instead of 5")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave README.md alone")
    parser.add_argument("--only", metavar="NAME[,NAME]",
                        help="only these modules (e.g. gui_keys,engine_cost); implies --no-write")
    ns = parser.parse_args(argv)
    about = machine()
    modules = MODULES
    if ns.only:
        modules = tuple(f"bench.{n.strip().removeprefix('bench.')}" for n in ns.only.split(","))
        ns.no_write = True
    rows, missing = collect(ns.quick, modules)
    text = render(rows, missing, ns.quick, about)
    print(text)
    if not ns.no_write:
        write_readme(text)
        print(f"written to {README}", file=sys.stderr)
    return 0 if rows and all(r.get("met") is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
