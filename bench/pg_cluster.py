"""A throwaway PostgreSQL cluster for the tests and the team load test: initdb in a temporary
folder, listening on 127.0.0.1 only, on a port of its own, stopped and deleted at the end.

Standard library only (no pytest, no Qt), so `tests/` and `bench/` share it. As root the server
binaries run as the `postgres` user through `runuser` (PostgreSQL refuses to run as root); the
folder is created owned by that user. Missing binaries are a `ClusterError` that says what to
install, never a skip.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "desktop_app_test"
START_TIMEOUT = 60  # seconds pg_ctl waits for the server (-t)


class ClusterError(RuntimeError):
    pass


def server_bin() -> Path:
    """The folder holding initdb and pg_ctl: $PG_BIN, Debian's /usr/lib/postgresql/*/bin (the
    newest), or the PATH."""
    if os.environ.get("PG_BIN"):
        folder = Path(os.environ["PG_BIN"])
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
        raise ClusterError(f"PG_BIN is {folder}, which holds no initdb and pg_ctl: point it at "
                           "PostgreSQL's bin folder, or unset it to use Debian's `postgresql` package.")
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
                         reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise ClusterError("PostgreSQL server binaries (initdb, pg_ctl) were not found: install Debian's "
                       "`postgresql` package (sudo apt-get install -y postgresql; .ci/run does this) or "
                       "set PG_BIN to the folder that holds them.")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """`start()` → `url(dbname)` → `stop()` (also on garbage: use it as a context manager)."""

    def __init__(self, *, settings: dict[str, str] | None = None) -> None:
        self.bin = server_bin()
        self.password = secrets.token_urlsafe(18)
        self.port = free_port()
        self.settings = {"max_connections": "60", "shared_buffers": "32MB", "fsync": "on",
                         **(settings or {})}
        self.root = Path(tempfile.mkdtemp(prefix="desktop-app-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_postgres = os.geteuid() == 0
        self.running = False

    # --- running the server binaries -------------------------------------------------------------
    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                                env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        if check and result.returncode != 0:
            raise ClusterError(f"{tool} failed ({result.returncode}): {result.stderr.strip()[-800:]}"
                               + self._log_tail())
        return result

    def _log_tail(self) -> str:
        try:
            return "\nserver log: " + self.log.read_text(errors="replace")[-800:]
        except OSError:
            return ""

    def start(self) -> Cluster:
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o700)
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        os.chmod(pwfile, 0o600)
        if self._as_postgres:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "scram-sha-256",
                  f"--pwfile={pwfile}", "-E", "UTF8", "--no-instructions")
        pwfile.unlink()
        self.start_server()
        return self

    def options(self) -> str:
        extra = " ".join(f"-c {name}={value}" for name, value in self.settings.items())
        return f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} {extra}"

    def start_server(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", self.options(), "-w",
                  "-t", str(START_TIMEOUT), "start")
        self.running = True

    def stop_server(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)
            self.running = False

    def restart(self, mode: str = "fast") -> None:
        """Stop the server (dropping every connection) and start it again on the same port."""
        self.stop_server(mode)
        self.start_server()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.stop_server("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # --- addresses ---------------------------------------------------------------------------------
    def url(self, dbname: str = "postgres", *, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None and user == SUPERUSER else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
