"""Two windows, two clerks, one team queue, under a real X server (the issue's "done when" check).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/team_two_windows.py --out DIR

Starts a throwaway PostgreSQL (bench/pg_cluster.py; lease 5 s), grants clerks anna and bob,
queues three demo scans, and starts two `desktop-app` windows as separate processes (QT_QPA_PLATFORM
xcb, openbox as the window manager when installed), each connected to the queue as its own
clerk, side by side. Then: screenshot 1 (each window on a different document), SIGKILL bob's
window, wait past the lease, Ctrl+Enter in anna's window with xdotool (sign off, submit, claim
next), screenshot 2 (anna now has the document bob held), and prints what the database says.
Settings, keyring (in memory) and data folders are temporary.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSWORDS = {"anna": "anna-x-pw", "bob": "bob-x-pw"}


def window_main(url: str, clerk: str, x: int, language: str) -> int:
    """One clerk's window (a child process)."""
    import keyring
    from keyring.backend import KeyringBackend
    from PySide6.QtWidgets import QApplication

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(Memory())
    from desktop_app.gui.state.settings import Settings
    from desktop_app.gui.window.main_window import MainWindow

    app = QApplication([f"desktop-app-{clerk}"])
    settings = Settings(Path(os.environ["HOME"]) / "settings.ini")
    settings.language = language
    window = MainWindow(settings, "demo")
    window.ask_unsaved = lambda *a: "discard"  # type: ignore[method-assign]
    window.setWindowTitle(f"{clerk} — OCR Review Desk")
    window.resize(683, 740)
    window.move(x, 0)
    window.show()
    window.team.connect(url, PASSWORDS[clerk])
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=".", help="folder for the screenshots")
    parser.add_argument("--language", choices=("en", "th"), default="en")
    parser.add_argument("--window", nargs=3, metavar=("URL", "CLERK", "X"), help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    if ns.window:
        return window_main(ns.window[0], ns.window[1], int(ns.window[2]), ns.language)
    from bench.pg_cluster import Cluster
    from bench.team_work import make_scans
    from desktop_app.core.team import admin, db, intake, migrations

    out = Path(ns.out)
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="team-two-windows-"))
    cluster = Cluster().start()
    children: dict[str, subprocess.Popen] = {}
    manager = None
    try:
        if shutil.which("openbox"):
            manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        conn = db.connect(cluster.url())
        migrations.migrate(conn)
        admin.set_setting(conn, "lease_seconds", 5)
        admin.set_setting(conn, "qa_share", 0)
        for name, password in PASSWORDS.items():
            admin.grant(conn, name, "clerk", password)
        intake.add_documents(conn, make_scans(root / "scans", 3), "demo")
        base = cluster.url().rpartition("@")[2]
        for clerk, x in (("anna", 0), ("bob", 683)):
            home = root / clerk
            home.mkdir()
            env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                   "XDG_DATA_HOME": str(home / ".local/share"), "QT_QPA_PLATFORM": "xcb"}
            children[clerk] = subprocess.Popen(
                [sys.executable, __file__, "--language", ns.language, "--window",
                 f"postgresql://{clerk}@{base}", clerk, str(x)], env=env)

        def held() -> dict[str, int]:
            rows = conn.execute("SELECT claimed_by, id FROM team.documents "
                                "WHERE claim_id IS NOT NULL").fetchall()
            return {str(c): int(i) for c, i in rows}

        deadline = time.monotonic() + 90
        while len(held()) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(3)  # the review files open and draw
        before = held()
        print(f"each window claimed: {before}")
        subprocess.run(["import", "-window", "root", str(out / "team-two-windows-1.png")], check=True)
        children["bob"].send_signal(signal.SIGKILL)
        children["bob"].wait()
        print("bob's window killed with SIGKILL; waiting past the 5 s lease")
        time.sleep(7)
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(children["anna"].pid)],
                               capture_output=True, text=True).stdout.split()
        print("anna's window:", found)
        if found:
            subprocess.run(["xdotool", "windowactivate", "--sync", found[-1]], check=False)
            time.sleep(0.5)
            subprocess.run(["xdotool", "key", "ctrl+Return"], check=False)  # to the focused window
        deadline = time.monotonic() + 60
        while held().get("anna") in (None, before.get("anna")) and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(3)
        after = held()
        print(f"after anna's Ctrl+Enter: {after}")
        claims_rows = conn.execute("SELECT document_id, clerk, outcome FROM team.claims "
                                   "ORDER BY id").fetchall()
        print("claims:", claims_rows)
        subprocess.run(["import", "-window", "root", str(out / "team-two-windows-2.png")], check=True)
        ok = after.get("anna") == before.get("bob")
        print("anna got bob's document after the lease:", ok)
        return 0 if ok else 1
    finally:
        for child in children.values():
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(10)
                except subprocess.TimeoutExpired:
                    child.kill()
        if manager is not None:
            manager.terminate()
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
