"""`desktop-app team ...`: the team queue on one PostgreSQL database (core/team, docs/team-queue.md).

    team init    --db URL [--qa-share SHARE] [--lease-seconds N]   create or upgrade the schema
    team add     FILES_OR_FOLDERS... --db URL --provider ID         queue documents
    team next    --db URL --clerk NAME --out FILE                   claim one, OCR it, write FILE
    team submit  --db URL --clerk NAME FILE                         submit a signed-off review file
    team status  --db URL [--json]                                  the queue and figures per clerk
    team grant   --db URL (--clerk NAME | --supervisor NAME)        a login role with least rights
    team disputes / team decide --document ID --choose first|second four-eyes disagreements
    team purge   --db URL --older-than DAYS                         retention
    team export  --db URL --format csv|xlsx|jsonl --out FILE        the finished documents' results

Exit statuses: 0 done · 2 bad input, or the claim was lost (`submit`), or no right to do it ·
3 the database, the network or the OCR service failed · 4 nothing is waiting (`next`).
`--db` defaults to $DESKTOP_APP_TEAM_DB. A password never needs to be in the URL: PGPASSWORD,
~/.pgpass or the keyring (`desktop-app team password --db URL`) supply it.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

from .cli_ocr import _parse_options, _positive_float
from .cli_say import PROG, UsageError, _Parser, _say, _write_stdout

NOTHING_WAITING = 4
DB_ENV = "DESKTOP_APP_TEAM_DB"


def main(argv: list[str]) -> int:
    commands = {"init": _init, "add": _add, "next": _next, "submit": _submit, "status": _status,
                "grant": _grant, "disputes": _disputes, "decide": _decide, "purge": _purge,
                "password": _password, "export": _export}
    if not argv or argv[0] in ("-h", "--help"):
        _write_stdout(__doc__.split("\n\n")[1] + "\n")
        return 0 if argv else 2
    if argv[0] not in commands:
        raise UsageError(f"{PROG} team: unknown command {argv[0]!r}; one of {', '.join(commands)}")
    return commands[argv[0]](argv[1:])


def _parser(name: str, description: str) -> _Parser:
    parser = _Parser(prog=f"{PROG} team {name}", description=description)
    parser.add_argument("--db", metavar="URL", default=os.environ.get(DB_ENV),
                        help=f"postgresql://USER@HOST:PORT/DB (default ${DB_ENV})")
    return parser


def _connect(ns):
    from .core.team import db, migrations

    if not ns.db:
        raise UsageError(f"{PROG} team: give --db URL (or set {DB_ENV})")
    conn = db.connect(ns.db)
    if getattr(ns, "_skip_check", False):
        return conn
    try:
        migrations.check_current(conn)
    except Exception:
        db.close_quietly(conn)
        raise
    return conn


# --- init -------------------------------------------------------------------------------------

def _init(argv: list[str]) -> int:
    from .core.team import admin, migrations

    parser = _parser("init", "Create the team schema, or upgrade it to this program's version "
                             "(safe to run again: it changes nothing when the schema is current).")
    parser.add_argument("--qa-share", type=float, metavar="SHARE",
                        help="share of signed-off documents a second clerk checks (0 to 1; default 0.1)")
    parser.add_argument("--lease-seconds", type=_positive_float, metavar="N",
                        help="how long a claim lasts without a heartbeat (default 120)")
    ns = parser.parse_args(argv)
    ns._skip_check = True
    conn = _connect(ns)
    try:
        applied = migrations.migrate(conn)
        if ns.qa_share is not None:
            admin.set_setting(conn, "qa_share", ns.qa_share)
        if ns.lease_seconds is not None:
            admin.set_setting(conn, "lease_seconds", ns.lease_seconds)
        current = admin.settings(conn)
    finally:
        conn.close()
    if applied:
        _say(f"Applied migrations {', '.join(f'{m.version} ({m.name})' for m in applied)}; the schema is at "
             f"version {migrations.LATEST}.")
    else:
        _say(f"The schema is already at version {migrations.LATEST}: nothing to do.")
    _say(f"Second clerk checks {current['qa_share']:.0%} of signed-off documents (and every one with open "
         f"problems); a lease lasts {current['lease_seconds']:g} s.")
    return 0


# --- add --------------------------------------------------------------------------------------

def _add(argv: list[str]) -> int:
    from .core.team import intake

    parser = _parser("add", "Queue documents for the team: images, PDFs and folders (front then back "
                            "in pairs for a two-sided provider). The same scan twice is one document.")
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_FOLDER")
    parser.add_argument("--provider", required=True, metavar="ID", help=f"see `{PROG} providers`")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE")
    ns = parser.parse_args(argv)
    options = _parse_options(ns.option)
    conn = _connect(ns)
    try:
        report = intake.add_documents(conn, [os.path.abspath(p) for p in ns.inputs], ns.provider, options)
    finally:
        conn.close()
    for document_id, names in report.queued:
        _write_stdout(f"queued   {document_id:>6}  {names}\n")
    for document_id, names in report.already:
        _write_stdout(f"already  {document_id:>6}  {names}\n")
    _say(f"{len(report.queued)} document(s) queued, {len(report.already)} already in the queue.")
    return 0


# --- next / submit ------------------------------------------------------------------------------

def _next(argv: list[str]) -> int:
    from .core.team import clerk, db

    parser = _parser("next", "Claim the next waiting document, OCR it (or take the team's stored "
                             "answer) and write its review file. Exit 4 when nothing is waiting.")
    parser.add_argument("--clerk", metavar="NAME", help="who works on it (your login role by default)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the review file to write")
    parser.add_argument("--endpoint", metavar="URL", help="override the OCR service address")
    parser.add_argument("--timeout", type=_positive_float, default=60.0, metavar="SECONDS")
    ns = parser.parse_args(argv)
    out = Path(ns.out)
    if out.is_dir() or not Path(os.path.abspath(out)).parent.is_dir():
        raise UsageError(f"{PROG} team next: --out {ns.out} must be a file in an existing folder")
    conn = _connect(ns)
    try:
        taken = clerk.take_next(conn, ns.clerk, out, connect=lambda: db.connect(ns.db),
                                endpoint=ns.endpoint, timeout=ns.timeout)
    finally:
        conn.close()
    if taken is None:
        _say("Nothing is waiting in the team queue.")
        return NOTHING_WAITING
    claim = taken.claim
    how = "the team's stored answer reused, nothing sent" if taken.from_store else "read by the service"
    kind = "second check (four eyes)" if claim.kind == "qa" else "review"
    names = " + ".join(s.name for s in claim.sources)
    _say(f"Claimed document {claim.document_id} ({kind}) {names} until {claim.lease_until:%H:%M:%S %Z}: "
         f"wrote {out} ({how}).")
    if taken.document.simulated:
        _say("SIMULATED results (demo): invented sample answers, not real OCR.")
    return 0


def _submit(argv: list[str]) -> int:
    from .core.team import claims, clerk

    parser = _parser("submit", "Submit a signed-off (or rejected) review file and release the claim. "
                               "Exit 2 if the claim was lost.")
    parser.add_argument("--clerk", metavar="NAME", help="who worked on it (your login role by default)")
    parser.add_argument("file", metavar="FILE")
    ns = parser.parse_args(argv)
    text = clerk.read_review_text(ns.file)
    conn = _connect(ns)
    try:
        result = claims.submit(conn, text, ns.clerk)
    finally:
        conn.close()
    after = {"done": "it is done", "rejected": "it is recorded as rejected",
             "qa_waiting": "a second clerk will check it", "disputed": "the two reviews differ "
             f"in {result.disagreements} place(s): a supervisor decides"}.get(result.state, result.state)
    _say(f"Submitted document {result.document_id}: {after}.")
    return 0


# --- status -----------------------------------------------------------------------------------

def _status(argv: list[str]) -> int:
    from .core.team import figures

    parser = _parser("status", "The queue by state and each clerk's figures (documents, fields "
                               "corrected, time per document, four-eyes disagreement rate), per day.")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ns = parser.parse_args(argv)
    conn = _connect(ns)
    try:
        report = figures.status(conn)
    finally:
        conn.close()
    if ns.json:
        _write_stdout(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return 0
    _write_stdout("  ".join(f"{state} {count}" for state, count in report["states"].items()) + "\n")
    for name, f in sorted(report["clerks"].items()):
        rate = "-" if f["qa_disagreement_rate"] is None else f"{f['qa_disagreement_rate']:.0%}"
        per = "-" if f["seconds_per_document"] is None else f"{f['seconds_per_document']:g} s"
        _write_stdout(f"{name:<20} {f['documents']:>6} documents  {f['fields_corrected']:>6} corrected  "
                      f"{per:>8}/document  disagreement {rate} of {f['qa_checked']} checked\n")
        for day, d in sorted(f["days"].items()):
            _write_stdout(f"  {day}  {d['documents']:>6} documents  {d['fields_corrected']:>6} corrected\n")
    return 0


# --- grant / password ---------------------------------------------------------------------------

def _read_new_password(env: str | None, who: str) -> str | None:
    if env:
        value = os.environ.get(env)
        if not value:
            raise UsageError(f"{PROG} team: the environment variable {env} is empty or not set")
        return value
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"New password for {who} (empty: none): ")
    if first and getpass.getpass("Again: ") != first:
        raise UsageError(f"{PROG} team: the two passwords differ; nothing was changed")
    return first or None


def _grant(argv: list[str]) -> int:
    from .core.team import admin

    parser = _parser("grant", "Create (or update) a PostgreSQL login role for a clerk or a supervisor, "
                              "with the least rights that work needs. Run as the schema's owner.")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--clerk", metavar="NAME")
    who.add_argument("--supervisor", metavar="NAME")
    parser.add_argument("--password-env", metavar="VAR", help="read the new password from this "
                        "environment variable (default: asked without echo on a terminal)")
    ns = parser.parse_args(argv)
    kind, name = ("clerk", ns.clerk) if ns.clerk else ("supervisor", ns.supervisor)
    password = _read_new_password(ns.password_env, name)
    conn = _connect(ns)
    try:
        created = admin.grant(conn, name, kind, password)
    finally:
        conn.close()
    what = "Created login role" if created else "Updated role"
    _say(f"{what} {name} as a {kind}" + ("" if password else " (no password set)") + ".")
    return 0


def _password(argv: list[str]) -> int:
    from .core.secrets import SERVICE
    from .core.team import db

    parser = _parser("password", "Keep the password of --db's user in the system keyring, so the URL "
                                 "never needs it.")
    ns = parser.parse_args(argv)
    name = db.keyring_name(ns.db or "")
    if name is None:
        raise UsageError(f"{PROG} team password: --db must name a user (postgresql://USER@HOST/DB)")
    secret = getpass.getpass(f"Password for {db.safe_url(ns.db)}: ")
    if not secret:
        raise UsageError(f"{PROG} team password: no password given; nothing was stored")
    import keyring

    keyring.set_password(SERVICE, name, secret)
    _say(f"Stored the password for {db.safe_url(ns.db)} in the system keyring (service {SERVICE!r}).")
    return 0


# --- disputes / decide ---------------------------------------------------------------------------

def _disputes(argv: list[str]) -> int:
    from .core.team import admin

    ns = _parser("disputes", "Documents whose two reviews differ, waiting for a supervisor.").parse_args(argv)
    conn = _connect(ns)
    try:
        rows = admin.disputes(conn)
    finally:
        conn.close()
    for d in rows:
        _write_stdout(f"{d.document_id:>6}  {d.names}  first {d.first_clerk}, second {d.second_clerk}: "
                      f"{d.disagreements} difference(s)\n")
    _say(f"{len(rows)} document(s) wait for a decision.")
    return 0


def _decide(argv: list[str]) -> int:
    from .core.team import admin

    parser = _parser("decide", "Decide a four-eyes disagreement: which review is final.")
    parser.add_argument("--document", type=int, required=True, metavar="ID")
    parser.add_argument("--choose", required=True, choices=("first", "second"))
    parser.add_argument("--note", metavar="TEXT")
    ns = parser.parse_args(argv)
    conn = _connect(ns)
    try:
        state = admin.decide(conn, ns.document, ns.choose, ns.note)
    finally:
        conn.close()
    _say(f"Document {ns.document}: the {ns.choose} review is final ({state}).")
    return 0


# --- purge ------------------------------------------------------------------------------------------

def _purge(argv: list[str]) -> int:
    from .core.team import admin

    parser = _parser("purge", "Delete finished documents past retention: their images, stored "
                              "answers and review files. The access log is kept.")
    parser.add_argument("--older-than", type=float, required=True, metavar="DAYS")
    parser.add_argument("--json", action="store_true")
    ns = parser.parse_args(argv)
    conn = _connect(ns)
    try:
        result = admin.purge(conn, ns.older_than)
    finally:
        conn.close()
    if ns.json:
        _write_stdout(json.dumps(result.as_dict()) + "\n")
    _say(f"Removed {result.documents} document(s) finished more than {ns.older_than:g} days ago: "
         f"{result.images} image(s) ({result.image_bytes / 1e6:.1f} MB), {result.answers} stored answer(s), "
         f"{result.reviews} review file(s), {result.claims} claim(s).")
    return 0


# --- export -----------------------------------------------------------------------------------------

def _export(argv: list[str]) -> int:
    """The final review of every finished document, through the same export as review files."""
    from .cli_export import format_and_out, say_exported
    from .cli_language import clerk_language
    from .core.errors import InputError
    from .core.export import FORMATS, export_documents
    from .core.team.export import signed_off_reviews

    parser = _parser("export", "One row per finished document, one column per canonical field "
                               "(docs/canonical-fields.md), as `desktop-app export` writes.")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="csv (UTF-8 with BOM, for Excel), xlsx or jsonl (default: from --out's suffix)")
    parser.add_argument("--out", required=True, metavar="FILE")
    ns = parser.parse_args(argv)
    fmt, out = format_and_out(parser, ns)
    conn = _connect(ns)
    try:
        reviews = list(signed_off_reviews(conn))  # each handed out is in the access log
    finally:
        conn.close()
    if not any((r.get("review") or {}).get("status") == "reviewed" for r in reviews):
        raise InputError("export.none_signed_off")
    say_exported(export_documents(reviews, out, fmt), fmt, _say, "export.left_out_rejected", clerk_language())
    return 0
