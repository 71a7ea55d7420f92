"""Atomic writes: the target is the old file or the complete new one, never a half-written one."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.core import atomic
from desktop_app.core.atomic import write_bytes_atomic, write_text_atomic
from desktop_app.core.errors import AppError

ROOT = Path(__file__).resolve().parent.parent


def test_writes_new_file_and_replaces_existing(tmp_path):
    target = tmp_path / "out.json"
    write_text_atomic(target, "สวัสดี\n")
    assert target.read_text(encoding="utf-8") == "สวัสดี\n"
    write_bytes_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_private_file_is_0600(tmp_path):
    target = tmp_path / "personal.json"
    write_text_atomic(target, "{}", private=True)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    target.chmod(0o644)
    write_text_atomic(target, "{}", private=True)  # replacing a looser file tightens it
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_existing_mode_is_preserved(tmp_path):
    target = tmp_path / "shared.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert target.read_text() == "new"


def test_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_text_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "a.txt").st_mode) == 0o640


def test_failure_removes_temp_file_and_keeps_old_one(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    target.write_text("old")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(AppError) as info:
        write_text_atomic(target, "new")
    assert info.value.code == "file.write"
    assert isinstance(info.value.__cause__, OSError)
    assert info.value.__cause__.errno == errno.ENOSPC
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_missing_folder_is_file_write_error(tmp_path):
    with pytest.raises(AppError) as info:
        write_text_atomic(tmp_path / "no" / "such" / "dir.txt", "x")
    assert info.value.code == "file.write"
    assert isinstance(info.value.__cause__, OSError)


def test_replace_failure_cleans_up(tmp_path):
    target = tmp_path / "is_a_dir"
    target.mkdir()
    (target / "keep").write_text("x")
    with pytest.raises(AppError):
        write_text_atomic(target, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["is_a_dir"]


CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from desktop_app.core import atomic

    target, ready = Path(sys.argv[1]), Path(sys.argv[2])
    real_fsync = os.fsync

    def stall(fd):
        ready.write_text("writing")
        time.sleep(60)  # killed here, after the data went to the temporary file
        real_fsync(fd)

    atomic.os.fsync = stall
    atomic.write_text_atomic(target, '{"new": "' + "x" * 5_000_000 + '"}')
""")


def test_a_crash_mid_write_leaves_the_previous_file_intact(tmp_path):
    target = tmp_path / "review.json"
    target.write_text(json.dumps({"old": "กข 1234"}), encoding="utf-8")
    ready = tmp_path.parent / f"{tmp_path.name}.ready"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(ready)], env=env)
    try:
        deadline = time.monotonic() + 30
        while not ready.exists():
            assert child.poll() is None, "the child finished before it stalled"
            assert time.monotonic() < deadline, "the child never started writing"
            time.sleep(0.02)
        temps = [p for p in tmp_path.iterdir() if p.name != "review.json"]
        assert temps and temps[0].stat().st_size > 5_000_000  # it really was mid-write
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    assert json.loads(target.read_text(encoding="utf-8")) == {"old": "กข 1234"}
    # the interrupted temporary file is hidden and never takes the target's name
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "review.json"]
    assert all(name.startswith(".review.json.") and name.endswith(".tmp") for name in leftovers)
