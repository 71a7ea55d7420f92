"""Journey: the office's PostgreSQL speaks TLS and the clerks' machines check it is the right
server (`sslmode=verify-full`): a CA made in the test signs the server's certificate; the right
CA and host name connect (and the session is encrypted), a wrong CA or a wrong name is refused
with one sentence. openssl comes with Debian's postgresql package (ssl-cert depends on it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bench.pg_cluster import Cluster, ClusterError
from desktop_app import cli
from desktop_app.core.team import db
from desktop_app.core.team.errors import TeamError


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca_and_server(folder: Path, name: str) -> None:
    """`name`.crt/.key signed by `name`-ca.crt, for localhost and 127.0.0.1."""
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name} test CA",
            "-keyout", f"{name}-ca.key", "-out", f"{name}-ca.crt", cwd=folder)
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", f"{name}.key",
            "-out", f"{name}.csr", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{name}-ca.crt", "-CAkey", f"{name}-ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", f"{name}.crt", cwd=folder)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.fail("openssl is needed to make the test CA: install Debian's openssl package", pytrace=False)
    certs = tmp_path_factory.mktemp("certs")
    make_ca_and_server(certs, "office")
    make_ca_and_server(certs, "other")  # a CA that did not sign the server
    try:
        cluster = Cluster(settings={"ssl": "on"})
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    for suffix in ("crt", "key"):
        target = cluster.root / f"server.{suffix}"
        shutil.copy(certs / f"office.{suffix}", target)
        os.chmod(target, 0o600)
        if os.geteuid() == 0:
            shutil.chown(target, "postgres", "postgres")
    cluster.settings.update(ssl_cert_file=str(cluster.root / "server.crt"),
                            ssl_key_file=str(cluster.root / "server.key"))
    cluster.start()
    yield cluster, certs
    cluster.stop()


def url(cluster: Cluster, host: str, ca: Path) -> str:
    base = cluster.url().replace("@127.0.0.1:", f"@{host}:")
    return f"{base}?sslmode=verify-full&sslrootcert={ca}"


def test_verify_full_with_the_office_ca_connects_encrypted(tls_server):
    cluster, certs = tls_server
    conn = db.connect(url(cluster, "localhost", certs / "office-ca.crt"))
    try:
        encrypted, = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    finally:
        conn.close()
    assert encrypted is True


@pytest.mark.parametrize("host, ca", [("localhost", "other-ca.crt"),  # signed by someone else
                                      ("elsewhere.example", "office-ca.crt")])  # not the name it has
def test_a_server_that_cannot_prove_who_it_is_is_refused(tls_server, host, ca, capsys):
    cluster, certs = tls_server
    target = url(cluster, host, certs / ca) + "&hostaddr=127.0.0.1"  # the same server either way
    with pytest.raises(TeamError) as refused:
        db.connect(target)
    assert refused.value.code == "team.connect"
    assert cli.main(["team", "status", "--db", target]) == 3
    err = capsys.readouterr().err
    assert "could not be reached" in err and cluster.password not in err
