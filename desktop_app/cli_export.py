"""`desktop-app export` and `desktop-app report`: results that leave the desk.

    desktop-app export REVIEW_FILES_OR_FOLDERS... --format csv|xlsx|jsonl --out FILE [--all]
    desktop-app report REVIEW_FILES_OR_FOLDERS... --out report.html

Folders are searched for `*.review.json`. A review file that cannot be read is named on stderr and
left out (exit status 1); no review file at all, or nothing signed off to export, is exit 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .cli_language import add_option as add_language_option
from .cli_language import clerk_language
from .cli_say import set_language
from .core import words
from .core.errors import InputError
from .core.export import FORMATS, ExportItem, ExportResult, export_documents, load_review_files, review_files
from .core.model import Document


def load_all(inputs: list[str], say: Callable[[str], None],
             language: str = "en") -> tuple[list[tuple[Path, Document]], int]:
    """(path, document) for every review file found; the count of files that could not be read."""
    paths = review_files(inputs)
    if not paths:
        raise InputError("export.no_input", ", ".join(inputs))
    loaded, bad = load_review_files(paths)
    for path, exc in bad:
        say(f"{path}: {exc.message('en')}" + (f" ({exc.detail})" if exc.detail else ""))
        if language != "en":
            say(f"{path}: {exc.message(language)}")
    return loaded, len(bad)


def _out(parser: argparse.ArgumentParser, out: str) -> Path:
    path = Path(out)
    if path.is_dir():
        parser.error(f"--out {out} is a folder; give a file name")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        parser.error(f"the folder of --out {out} does not exist")
    return path


def run_export(argv: list[str], parser_class: type[argparse.ArgumentParser], prog: str,
               say: Callable[[str], None]) -> int:
    parser = parser_class(prog=f"{prog} export", description="One row per document, one column per "
                          "canonical field (docs/canonical-fields.md), normalised values. Only signed-off "
                          "documents unless --all.")
    parser.add_argument("inputs", nargs="+", metavar="REVIEW_FILE_OR_FOLDER")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="csv (UTF-8 with BOM, for Excel), xlsx or jsonl (default: from --out's suffix)")
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--all", action="store_true", dest="include_unsigned",
                        help="include documents not signed off (their status says so)")
    add_language_option(parser)
    ns = parser.parse_args(argv)
    language = clerk_language(ns.language)
    set_language(ns.language)  # error sentences too (cli_say._report)
    fmt, out = format_and_out(parser, ns)
    loaded, bad = load_all(ns.inputs, say, language)
    signed = sum(1 for _, d in loaded if str(d.review.status) == "reviewed")
    if loaded and not signed and not ns.include_unsigned:
        raise InputError("export.none_signed_off")
    result = export_documents([ExportItem(d, str(p)) for p, d in loaded], out, fmt,
                              include_unsigned=ns.include_unsigned)
    say_exported(result, fmt, say, "export.left_out_unsigned", language)
    return 1 if bad else 0


def format_and_out(parser: argparse.ArgumentParser, ns: argparse.Namespace) -> tuple[str, Path]:
    """--format (else --out's suffix) and the checked --out path of an export command."""
    fmt = ns.format or Path(ns.out).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        parser.error(f"give --format ({', '.join(FORMATS)}); {ns.out!r} does not say which")
    return fmt, _out(parser, ns.out)


def say_exported(result: ExportResult, fmt: str, say: Callable[[str], None], left_out: str,
                 language: str = "en") -> None:
    """The disagreements found, then one line: how many, where, and how many are simulations.
    `left_out`: the words key saying what was left out (`export.left_out_*`, core/words_cli.py)."""
    for source, disagreement in result.disagreements:
        say(f"disagreement in {source}: {disagreement.text()}")
    simulated = sum(1 for row in result.rows if row["simulated"])
    say(words.text(
        "export.done", documents=words.text("count.documents", count=result.exported), path=result.path,
        format=fmt, columns=words.text("count.columns", count=len(result.columns)),
        left_out=words.text(left_out, count=result.skipped) if result.skipped else words.EMPTY,
        simulated=words.text("export.simulated", count=simulated) if simulated else words.EMPTY,
    ).get(language))


def run_report(argv: list[str], parser_class: type[argparse.ArgumentParser], prog: str,
               say: Callable[[str], None]) -> int:
    from .core.report import write_report

    parser = parser_class(prog=f"{prog} report", description="An HTML report of what the clerks' "
                          "corrections say about the OCR: kept / corrected / missing per provider and "
                          "field, straight-through rate, review time, threshold calibration.")
    parser.add_argument("inputs", nargs="+", metavar="REVIEW_FILE_OR_FOLDER")
    parser.add_argument("--out", required=True, metavar="FILE")
    add_language_option(parser)
    ns = parser.parse_args(argv)
    language = clerk_language(ns.language)
    set_language(ns.language)  # error sentences too (cli_say._report)
    out = _out(parser, ns.out)
    loaded, bad = load_all(ns.inputs, say, language)
    stats = write_report([d for _, d in loaded], out)
    simulated = words.text("report.simulated") if stats.simulated else words.EMPTY
    say(words.text("report.done", documents=words.text("count.documents", count=stats.documents), out=out,
                   simulated=simulated).get(language))
    return 1 if bad else 0
