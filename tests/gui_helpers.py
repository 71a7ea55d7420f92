"""Fixtures for the window's journey tests.

Each test gets its own settings file (and QSettings' default paths point into a temporary folder,
in case anything builds a `Settings()` without a path), a temporary HOME and in-memory keyring
(tests/conftest.py), a running stand-in on loopback, and a copy of the sample image in a temporary
folder so review files are saved there. Questions the window asks the clerk are answered by the
test: a window is created with `ask_unsaved` set to fail loudly unless a test replaces it.

Use: `pytest_plugins = ["gui_helpers"]` in a test module, then ask for the fixtures; the helper
functions come with the `journey` fixture (`journey.run_and_wait(qtbot, window)`), so the module
is never imported before pytest registers it (its asserts stay rewritten).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.core import secrets
from desktop_app.gui.state.settings import Settings
from desktop_app.resources import samples_dir
from desktop_app.standin.server import StandIn

TIMEOUT_MS = 20_000  # generous: a slow CI machine must never fail a journey on time alone
VEHICLE_PROVIDER = "aigen-vehicle-book-v2"


@pytest.fixture
def journey():
    """This module: the helper functions and constants below."""
    return sys.modules[__name__]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def standin():
    server = StandIn().start()
    yield server
    server.stop()


@pytest.fixture
def sample_image(tmp_path: Path) -> Path:
    """A copy of resources/samples/vehicle_book.png in a temporary folder (with its truth file)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    target = folder / "vehicle_book.png"
    shutil.copyfile(samples_dir() / "vehicle_book.png", target)
    return target


def use_standin(settings: Settings, standin: StandIn, provider_id: str = VEHICLE_PROVIDER) -> None:
    """Point `provider_id` at the stand-in and store a key in the (in-memory) keyring."""
    settings.set_endpoint(provider_id, standin.endpoint(provider_id))
    secrets.store_secret("aigen_key", "test-key-not-secret")
    secrets.store_secret("cvvn_key", "test-cvvn-key")
    secrets.store_secret("cvvn_secret", "test-cvvn-secret")


class UnexpectedQuestion(AssertionError):
    pass


@pytest.fixture
def make_window(qtbot, settings: Settings):
    """Build a MainWindow(settings, provider_id); closed and cleaned up after the test.

    (Not registered with qtbot.addWidget: pytest-qt would close it before this fixture's teardown,
    while it still answers questions with `UnexpectedQuestion`.)"""
    from desktop_app.gui.window.main_window import MainWindow

    windows: list[MainWindow] = []

    def factory(provider_id: str | None = None) -> MainWindow:
        window = MainWindow(settings, provider_id)

        def no_question(*_args: object) -> object:
            raise UnexpectedQuestion("the window asked a question the test did not expect")

        window.ask_unsaved = no_question  # type: ignore[method-assign]
        window.ask_rerun = no_question  # type: ignore[method-assign]
        window.ask_overwrite = no_question  # type: ignore[method-assign]
        window.ask_save_path = no_question  # type: ignore[method-assign]
        window.review.ask_signoff = no_question  # type: ignore[method-assign]
        window.batch.guard.ask_send = no_question  # type: ignore[method-assign]
        window.batch.guard.ask_quit = no_question  # type: ignore[method-assign]
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        # the start's provider choice (the keyring is asked after the first paint: window_start.py)
        qtbot.waitUntil(lambda: window.start.settled, timeout=TIMEOUT_MS)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
        window.batch.guard.ask_quit = lambda _n: True  # type: ignore[method-assign]
        window.runner.shutdown(10_000)
        window.batch.shutdown()
        window.image_loader.wait(10_000)
        window.pages.strip.wait(10_000)
        window.io.flush(10_000)
        window.close()
        window.deleteLater()
    qtbot.wait(1)  # let deleteLater run while the test's fixtures still exist
    secrets.forget_session()


def wait_io(qtbot, window) -> None:
    """Wait until the window's disk work (review-file saves and loads, drafts) is done: the window
    writes and reads review files on its IO worker, never in the GUI thread."""
    qtbot.waitUntil(lambda: window.io.idle, timeout=TIMEOUT_MS)


def wait_for_image(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.canvas.image().isNull(), timeout=TIMEOUT_MS)


def run_and_wait(qtbot, window) -> None:
    """Ctrl+R and wait for the result (fails with the message bar's text if an error came instead)."""
    with qtbot.waitSignal(window.runner.busyChanged, timeout=TIMEOUT_MS,
                          check_params_cb=lambda busy: not busy):
        window.act_run.trigger()
    assert window.session.document is not None, window.message_bar.text


def ime_type(widget, text: str) -> None:
    """Type `text` the way a Thai input method delivers it: a pre-edit, then a commit per character.

    (QTest.keyClicks only handles ASCII; real Thai typing arrives as QInputMethodEvents.)
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        preedit = QInputMethodEvent(char, [])
        QApplication.sendEvent(widget, preedit)
        commit = QInputMethodEvent("", [])
        commit.setCommitString(char)
        QApplication.sendEvent(widget, commit)
