"""`python -m bench` collects rows from the modules in its tuple: a module not in the tree (a
helper's, not merged yet) is listed as not measured, the others still make the table."""

from __future__ import annotations

import sys
import types

from bench import __main__ as bench_main


def test_a_missing_module_is_not_measured_and_the_rest_is_tabled(monkeypatch):
    fake = types.ModuleType("bench.fake_rows")
    fake.rows = lambda quick: [{"what": "engine per document", "unit": "ms", "now": [3.0, 1.0, 2.0],
                               "baseline": "vendor's client", "base": [1.0, 2.0, 2.0],
                               "goal": "≤ 1.10× baseline", "met": False}]
    monkeypatch.setitem(sys.modules, "bench.fake_rows", fake)
    rows, missing = bench_main.collect(True, ("bench.fake_rows", "bench.no_such_helper_module"))
    assert [r["what"] for r in rows] == ["engine per document"]
    assert missing == ["bench.no_such_helper_module: not measured (not in this tree)"]
    text = bench_main.render(rows, missing, True, "2 CPU(s)")
    assert "| what | now median (min–max) | baseline median (min–max) | goal | met |" in text
    assert "| engine per document | 2.0 ms (1.0–3.0) | vendor's client: 2.0 ms (1.0–2.0) |" in text
    assert "✗" in text and "not measured" in text and "--quick" in text


def test_the_readme_keeps_everything_outside_its_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# A\nbefore\n{bench_main.START}\nold\n{bench_main.END}\nafter\n", encoding="utf-8")
    bench_main.write_readme("new table", readme)
    assert readme.read_text(encoding="utf-8") == (
        f"# A\nbefore\n{bench_main.START}\nnew table\n{bench_main.END}\nafter\n")
