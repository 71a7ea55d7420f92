"""The team queue under load: 20 clerk processes, 2,000 documents, clerks killed, the server restarted.

`python -m bench.team_load [--clerks 20] [--documents 2000] [--kills 20] [--no-write]` starts a
throwaway PostgreSQL server (bench/pg_cluster.py), queues distinct scans the demo reads, and runs
one OS process per clerk (`python -m bench.team_load --worker ...`): claim (timed), OCR through
the team's stored answers, sign off, submit, with a heartbeat renewing the lease. Meanwhile it
SIGKILLs a random clerk now and then (a new process takes the same clerk's place, as a clerk
restarting a laptop) and restarts the PostgreSQL server once. A few clerks correct a field
differently now and then, so four-eyes disputes happen; the supervisor decides them at the end.

At the end it checks, in the database: every document is finished and was signed off exactly
once (one first review each, at most one second), nothing lost or duplicated, every killed
clerk's lease expired and was re-claimed by someone, and the figures of `team status` add up.
Claim latency (the `team.claim_next` call, from the clerk's side) p50/p99 goes into README.md
between `<!-- bench:team:start -->` and `<!-- bench:team:end -->`, a section of its own. Not a
test: nothing asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:team:start -->", "<!-- bench:team:end -->"
LEASE_SECONDS = 5.0  # short, so killed clerks' documents come back within the run
QA_SHARE = 0.10
DISSENT = 0.05  # chance a clerk reads the colour differently from the others (a four-eyes dispute)


# --- one clerk process ----------------------------------------------------------------------------

def _connect_retrying(url: str, deadline: float):
    from desktop_app.core.team import db
    from desktop_app.core.team.errors import TeamError

    while True:
        try:
            return db.connect(url)
        except TeamError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def worker(url: str, name: str, folder: Path, latencies: Path) -> int:
    """Work until nothing is left; survives the server going away (reconnects)."""
    from bench.team_work import FIXES, sign_off
    from desktop_app.core.team import claims, clerk
    from desktop_app.core.team.claims import Heartbeat
    from desktop_app.core.team.db import close_quietly
    from desktop_app.core.team.errors import TeamError

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{name}-{os.getpid()}")
    conn = _connect_retrying(url, time.monotonic() + 120)
    log = latencies.open("a", buffering=1)
    count = 0
    idle_until = time.monotonic() + 600  # bounded: give up after 10 idle minutes
    while time.monotonic() < idle_until:
        try:
            started = time.perf_counter()
            claim = claims.claim_next(conn, name)
            log.write(f"{(time.perf_counter() - started) * 1000:.3f} {int(claim is not None)}\n")
            if claim is None:
                (open_,) = conn.execute("SELECT count(*) FROM team.documents WHERE state IN "
                                        "('waiting', 'claimed', 'qa_waiting', 'qa_claimed')").fetchone()
                if open_ == 0:
                    return 0
                time.sleep(0.2)
                continue
            idle_until = time.monotonic() + 600
            count += 1
            out = folder / f"{os.getpid()}-{count:05d}.review.json"
            beat = Heartbeat(lambda: _connect_retrying(url, time.monotonic() + 5), claim,
                             LEASE_SECONDS / 3).start()
            try:
                clerk.prepare(conn, claim, out)
                edits = dict(FIXES)
                if rng.random() < DISSENT:
                    edits["color"] = "ดำ"
                sign_off(out, name, edits=edits, seconds=round(rng.uniform(20, 90), 1))
                if beat.lost.is_set():
                    continue  # the lease went to someone else meanwhile: their review counts
                claims.submit(conn, out.read_text(encoding="utf-8"), name)
            finally:
                beat.stop()
                for path in folder.iterdir():  # keep the disk small: the database has it all
                    path.unlink()
        except TeamError as exc:
            if exc.code == "team.claim_lost":
                continue
            if exc.code != "team.connect":
                raise
            close_quietly(conn)  # the server restarted: connect again and carry on
            conn = _connect_retrying(url, time.monotonic() + 120)
    return 1


# --- the run ----------------------------------------------------------------------------------------

def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def run(clerks: int, documents: int, kills: int) -> dict:
    from bench.pg_cluster import Cluster
    from bench.team_work import scan_bytes
    from desktop_app.core.team import admin, db, figures, intake, migrations
    from desktop_app.demo import register_demo

    register_demo()  # the queue's documents are read by the demo

    root = Path(tempfile.mkdtemp(prefix="team-load-"))
    cluster = Cluster(settings={"max_connections": str(3 * clerks + 20)}).start()
    processes: dict[str, subprocess.Popen] = {}
    try:
        conn = db.connect(cluster.url())
        conn.execute("CREATE DATABASE load")
        conn.close()
        url = cluster.url("load")
        conn = db.connect(url)
        migrations.migrate(conn)
        admin.set_setting(conn, "lease_seconds", LEASE_SECONDS)
        admin.set_setting(conn, "qa_share", QA_SHARE)
        scans = root / "scans"
        scans.mkdir()
        print(f"queueing {documents} documents...", file=sys.stderr)
        added = time.monotonic()
        for start in range(0, documents, 100):
            paths = []
            for number in range(start, min(documents, start + 100)):
                path = scans / f"scan{number:05d}.jpg"
                path.write_bytes(scan_bytes(number))
                paths.append(path)
            intake.add_documents(conn, paths, "demo")
            for path in paths:
                path.unlink()
        add_seconds = time.monotonic() - added
        latencies = root / "latency"
        latencies.mkdir()
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
               "XDG_DATA_HOME": str(root / "data"), "HOME": str(root)}

        def spawn(name: str) -> None:
            processes[name] = subprocess.Popen(
                [sys.executable, "-m", "bench.team_load", "--worker", "--db", url, "--clerk", name,
                 "--folder", str(root / "clerks" / name), "--latencies", str(latencies / f"{name}.txt")],
                cwd=Path(__file__).resolve().parent.parent, env=env, stdout=subprocess.DEVNULL,
                stderr=open(root / f"{name}.err", "a"))  # noqa: SIM115 - the child owns it

        names = [f"clerk{n:02d}" for n in range(1, clerks + 1)]
        print(f"{clerks} clerks at work...", file=sys.stderr)
        began = time.monotonic()
        for name in names:
            spawn(name)
        killed: list[tuple[str, int]] = []
        orphaned: list[int] = []  # claims a clerk held when it was killed
        restarted = {"at_done": None, "seconds": None}
        rng = random.Random(16)

        def done_count() -> int:
            (n,) = conn.execute("SELECT count(*) FROM team.documents WHERE state IN ('done', 'rejected', "
                                "'disputed')").fetchone()
            return n

        deadline = time.monotonic() + 3600
        # kills spread evenly over the run, by progress (not by time: the machine's speed varies)
        kill_at = [round(documents * 0.9 * (i + 1) / (kills + 1)) for i in range(kills)]
        while time.monotonic() < deadline:
            try:
                finished = done_count()
            except Exception:  # noqa: BLE001 - the server is restarting
                conn = _connect_retrying(url, time.monotonic() + 120)
                continue
            if all(p.poll() is not None for p in processes.values()):
                break
            while kill_at and finished >= kill_at[0]:
                kill_at.pop(0)
                victim = rng.choice(names)
                process = processes[victim]
                if process.poll() is None:
                    held = [i for (i,) in conn.execute("SELECT id FROM team.claims WHERE clerk = %s AND "
                                                       "ended_at IS NULL", (victim,))]
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    killed.append((victim, finished))
                    orphaned.extend(held)
                    spawn(victim)  # the clerk starts again, under the same name
            if restarted["at_done"] is None and finished >= documents * 0.4:
                conn.close()
                t0 = time.monotonic()
                cluster.restart("fast")  # every connection drops; clerks reconnect
                restarted.update(at_done=finished, seconds=round(time.monotonic() - t0, 2))
                conn = _connect_retrying(url, time.monotonic() + 120)
                print(f"PostgreSQL restarted at {finished} documents done", file=sys.stderr)
            time.sleep(0.5)
        for process in processes.values():
            try:
                process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                process.kill()
        work_seconds = time.monotonic() - began
        for dispute in admin.disputes(conn):
            admin.decide(conn, dispute.document_id, "second", "load test: the second look")
        return {**_verify(conn, documents, orphaned), "clerks": clerks, "documents": documents,
                "kills": len(killed), "restart": restarted, "work_seconds": round(work_seconds, 1),
                "add_seconds": round(add_seconds, 1), "latency_ms": _latency(latencies),
                "status": figures.status(conn), "cpus": os.cpu_count(),
                "exit_codes": sorted({p.returncode for p in processes.values()}, key=str)}
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.kill()
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def _latency(folder: Path) -> dict:
    """Over the calls that claimed a document (`calls` also counts the ones that found none)."""
    rows = [line.split() for path in folder.glob("*.txt") for line in path.read_text().splitlines()]
    rows = [(float(ms), hit == "1") for ms, hit in (r for r in rows if len(r) == 2)]
    values = [ms for ms, hit in rows if hit]
    return {"calls": len(rows), "claims": len(values), "p50": round(_percentile(values, 0.50), 2),
            "p99": round(_percentile(values, 0.99), 2), "max": round(max(values), 2)}


def _verify(conn, documents: int, orphaned: list[int]) -> dict:
    from desktop_app.core.team import figures

    one = lambda query: conn.execute(query).fetchone()  # noqa: E731
    checks = {
        "every document finished": one("SELECT count(*) FROM team.documents WHERE state IN "
                                       "('done', 'rejected')") == (documents,),
        "signed off exactly once": one("SELECT count(*) FROM (SELECT document_id FROM team.reviews WHERE "
                                       "kind = 'review' GROUP BY 1 HAVING count(*) = 1) x") == (documents,),
        "no second look twice": one("SELECT count(*) FROM (SELECT document_id FROM team.reviews WHERE "
                                    "kind = 'qa' GROUP BY 1 HAVING count(*) > 1) x") == (0,),
        "none lost": one("SELECT count(*) FROM team.documents WHERE final_review_id IS NULL") == (0,),
        "second clerk never the first": one(
            "SELECT count(*) FROM team.reviews f JOIN team.reviews q ON q.document_id = f.document_id "
            "AND q.kind = 'qa' WHERE f.kind = 'review' AND f.clerk = q.clerk") == (0,),
        "expired leases re-claimed": one(
            "SELECT count(*) FROM team.claims e WHERE e.outcome = 'expired' AND NOT EXISTS (SELECT 1 FROM "
            "team.claims l WHERE l.document_id = e.document_id AND l.id > e.id)") == (0,),
        "no live claim left": one("SELECT count(*) FROM team.claims WHERE ended_at IS NULL") == (0,),
    }
    ends = conn.execute("SELECT outcome, count(*) FROM team.claims WHERE id = ANY(%s) GROUP BY 1",
                        (orphaned,)).fetchall()
    checks["killed clerks' documents came back"] = all(outcome is not None for outcome, _ in ends)
    status = figures.status(conn)
    reviews = one("SELECT count(*), count(*) FILTER (WHERE kind = 'review') FROM team.reviews")
    clerks = status["clerks"].values()
    checks["figures add up"] = (sum(c["documents"] for c in clerks) == reviews[0]
                                and sum(c["first_reviews"] for c in clerks) == reviews[1] == documents
                                and sum(status["states"].values()) == documents
                                and all(sum(d["documents"] for d in c["days"].values()) == c["documents"]
                                        for c in clerks))
    counts = one("SELECT (SELECT count(*) FROM team.claims WHERE outcome = 'expired'), "
                 "(SELECT count(*) FROM team.claims WHERE outcome = 'released'), "
                 "(SELECT count(*) FROM team.reviews WHERE kind = 'qa'), "
                 "(SELECT count(*) FROM team.decisions), (SELECT count(*) FROM team.answers), "
                 "(SELECT count(*) FROM team.claims)")
    return {"checks": checks, "killed_holding": {str(o): n for o, n in ends}, "expired": counts[0],
            "released": counts[1], "second_looks": counts[2],
            "decisions": counts[3], "answers_paid": counts[4], "claims_total": counts[5]}


# --- the README --------------------------------------------------------------------------------------

def render(r: dict) -> str:
    passed = all(r["checks"].values())
    lat = r["latency_ms"]
    rate = r["documents"] / r["work_seconds"] * 60
    lines = [
        f"Measured {date.today().isoformat()} with `python -m bench.team_load` on {r['cpus']} CPU(s) shared "
        f"by the server and every clerk, Python {platform.python_version()}, PostgreSQL from Debian, the "
        "demo provider (simulated answers).",
        "",
        f"**{r['clerks']} clerk processes, {r['documents']} documents**, lease {LEASE_SECONDS:g} s, "
        f"{QA_SHARE:.0%} checked by a second clerk: {r['kills']} clerks killed with SIGKILL at random (each "
        f"started again; {sum(r['killed_holding'].values())} of them held a lease, "
        f"{r['killed_holding'].get('expired', 0)} of those expired and were re-claimed), the PostgreSQL "
        f"server restarted once (at {r['restart']['at_done']} documents "
        f"done, {r['restart']['seconds']} s down).",
        "",
        "| claim latency (`team.claim_next` that got a document, seen by the clerk) | ms |",
        "|---|---|",
        f"| p50 | {lat['p50']:.2f} |",
        f"| p99 | {lat['p99']:.2f} |",
        f"| max (includes the restart) | {lat['max']:.0f} |",
        "",
        f"{lat['claims']} claims ({lat['calls']} calls, the rest found nothing waiting) in "
        f"{r['work_seconds']:.0f} s ({rate:.0f} documents a minute, OCR and "
        f"sign-off included); {r['expired']} leases expired and were re-claimed, {r['second_looks']} second "
        f"looks, {r['decisions']} disputes decided, {r['answers_paid']} answers paid for (one per "
        "document: the second looks and re-claims reused them).",
        "",
        "At the end: " + ", ".join(f"{name} {'✓' if ok else '✗'}" for name, ok in r["checks"].items())
        + (". All held." if passed else ". NOT ALL HELD."),
    ]
    return "\n".join(lines)


def write_readme(text: str, readme: Path = README) -> None:
    block = f"{START}\n{text}\n{END}"
    current = readme.read_text(encoding="utf-8")
    if START in current and END in current:
        head, rest = current.split(START, 1)
        updated = head + block + rest.split(END, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n## The team queue under load\n\n" + block + "\n"
    readme.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.team_load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--clerks", type=int, default=20)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--clerk", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--latencies", help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    if ns.worker:
        return worker(ns.db, ns.clerk, Path(ns.folder), Path(ns.latencies))
    result = run(ns.clerks, ns.documents, ns.kills)
    text = render(result)
    print(text)
    print(json.dumps({k: v for k, v in result.items() if k != "status"}, indent=1, default=str),
          file=sys.stderr)
    if not ns.no_write:
        write_readme(text)
        print(f"written to {README}", file=sys.stderr)
    return 0 if all(result["checks"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
