"""The front door's early exit (entry.py, leaving.py): a one-document `desktop-app ocr` ends without the
interpreter's teardown, but only once what Python's own exit does that matters is done: the
threads that are not daemons finished, the atexit handlers run, stdout and stderr flushed, the
command's exit status kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = textwrap.dedent("""
    import atexit, sys, threading
    from pathlib import Path
    from desktop_app import cli, entry, leaving

    folder = Path(sys.argv[1])
    go = threading.Event()

    def late_worker():
        go.wait()
        (folder / "thread.txt").write_text("thread done")

    class Teardown:
        def __del__(self):
            (folder / "teardown.txt").write_text("torn down")

    keep = Teardown()  # a module's object: freed only by the interpreter's teardown

    def main(argv=None):
        threading.Thread(target=late_worker).start()
        atexit.register(lambda: (folder / "atexit.txt").write_text("atexit ran"))
        sys.stdout.write("review text, no newline")  # left in the buffer
        sys.stderr.write("a message, no newline")
        if sys.argv[2] == "leave":
            leaving.without_teardown()
        go.set()
        return 1

    cli.main = main
    raise SystemExit(entry.run())
""")


def _child(tmp_path: Path, mode: str, script: str = CHILD) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", script, str(tmp_path), mode], capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_leaving_early_keeps_status_output_threads_and_atexit(tmp_path):
    proc = _child(tmp_path, "leave")
    assert proc.returncode == 1
    assert proc.stdout == "review text, no newline"
    assert proc.stderr == "a message, no newline"
    assert (tmp_path / "thread.txt").read_text() == "thread done"
    assert (tmp_path / "atexit.txt").read_text() == "atexit ran"
    assert not (tmp_path / "teardown.txt").exists()  # the teardown itself was skipped


def test_without_the_request_the_exit_is_pythons_own(tmp_path):
    proc = _child(tmp_path, "stay")
    assert proc.returncode == 1
    assert proc.stdout == "review text, no newline"
    assert (tmp_path / "thread.txt").read_text() == "thread done"
    assert (tmp_path / "atexit.txt").read_text() == "atexit ran"
    assert (tmp_path / "teardown.txt").read_text() == "torn down"


def test_a_stdout_that_cannot_be_flushed_ends_as_python_ends_it(tmp_path):
    """Python's exit says it on stderr and ends with 120: the early exit does not hide that."""
    script = CHILD.replace('sys.stdout.write("review text, no newline")',
                           'sys.stdout = open(sys.argv[1] + "/full", "w", buffering=1 << 20); '
                           'sys.stdout.write("x"); sys.stdout.flush = lambda: 1 / 0')
    proc, stay = _child(tmp_path, "leave", script), _child(tmp_path, "stay", script)
    assert proc.returncode == stay.returncode == 120
    assert "ZeroDivisionError" in proc.stderr and "ZeroDivisionError" in stay.stderr


def test_under_a_profiler_the_exit_is_pythons_own(tmp_path):
    """`python -m cProfile` writes its figures after the program returns."""
    script = CHILD.replace("raise SystemExit(entry.run())",
                           "import cProfile\ncProfile.run('status = entry.run()', sys.argv[1] + '/prof')\n"
                           "raise SystemExit(status)")
    proc = _child(tmp_path, "leave", script)
    assert proc.returncode == 1
    assert (tmp_path / "prof").stat().st_size > 0
