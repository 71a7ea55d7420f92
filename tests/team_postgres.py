"""Fixtures for the team-queue journeys: a real PostgreSQL server started for the test session.

`pg_cluster` (session): initdb in a temporary folder, 127.0.0.1 only, its own port, stopped and
deleted at the end (bench/pg_cluster.py). Missing server binaries FAIL the tests with what to
install; nothing is skipped. `team_url` (per test): a new, empty database on it, migrated with
`team init`'s migrations, as the owner's URL. A test module asks for them with

    pytest_plugins = ("team_postgres",)
"""

from __future__ import annotations

import itertools

import pytest

from bench.pg_cluster import Cluster, ClusterError

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    try:
        cluster = Cluster().start()
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


def new_database(cluster: Cluster) -> str:
    import psycopg

    name = f"team_test_{next(_numbers)}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return cluster.url(name)


@pytest.fixture
def empty_url(pg_cluster) -> str:
    return new_database(pg_cluster)


@pytest.fixture
def team_url(empty_url) -> str:
    from desktop_app.core.team import db, migrations

    conn = db.connect(empty_url)
    try:
        migrations.migrate(conn)
    finally:
        conn.close()
    return empty_url
