"""The tests' own PostgreSQL server (bench/pg_cluster.py): missing binaries are a clear failure
that says what to install, never a silent skip."""

from __future__ import annotations

import pytest

from bench import pg_cluster


def test_missing_server_binaries_say_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PG_BIN", str(tmp_path))
    with pytest.raises(pg_cluster.ClusterError, match="holds no initdb and pg_ctl"):
        pg_cluster.server_bin()
    monkeypatch.delenv("PG_BIN")
    monkeypatch.setattr(pg_cluster.glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(pg_cluster.shutil, "which", lambda _name: None)
    with pytest.raises(pg_cluster.ClusterError, match=r"install Debian's `postgresql` package"):
        pg_cluster.Cluster()
