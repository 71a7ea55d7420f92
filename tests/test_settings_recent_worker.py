"""Opening a file puts it first in the recent list without the GUI thread writing the settings file:
the list is written (and synced to disk) on the window's disk worker, read back at once by the
window, and found by the next start."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.gui.state import settings as settings_module
from desktop_app.gui.state.settings import Settings
from tests.test_settings_restart import restart_and_read

pytest_plugins = ["gui_helpers"]


def test_an_opened_file_is_written_to_the_recent_list_on_the_disk_worker(qtbot, make_window, settings,
                                                                         sample_image, monkeypatch):
    gui = threading.get_ident()
    synced_in: list[int] = []
    real_sync = settings_module._WorkerWrites.sync

    def sync(self) -> None:
        synced_in.append(threading.get_ident())
        real_sync(self)

    monkeypatch.setattr(settings_module._WorkerWrites, "sync", sync)
    window = make_window("demo")

    assert window.open_paths([str(sample_image)])
    assert settings.recent_files()[0] == str(sample_image)  # at once, before the worker wrote it
    assert window.io.flush(30_000)
    assert synced_in and all(thread != gui for thread in synced_in)
    assert restart_and_read(Path(settings.file_name))["recent"][0] == str(sample_image)


def test_without_a_worker_the_recent_list_is_written_as_before(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    s.add_recent(tmp_path / "a.png")
    s.add_recent(tmp_path / "b.png")
    s.sync()
    assert restart_and_read(tmp_path / "settings.ini")["recent"] == [str(tmp_path / "b.png"),
                                                                     str(tmp_path / "a.png")]


def test_after_the_window_closed_the_list_is_written_here_and_read_back(tmp_path):
    s = Settings(tmp_path / "settings.ini")
    writes: list = []
    s.write_elsewhere = writes.append  # a worker that has not run yet
    s.add_recent(tmp_path / "a.png")
    assert s.recent_files() == [str(tmp_path / "a.png")]
    for write in writes:
        write()
    s.write_elsewhere = None  # the window closed
    s.add_recent(tmp_path / "b.png")
    assert s.recent_files() == [str(tmp_path / "b.png"), str(tmp_path / "a.png")]
