"""The clerk's preferences as the core reads them (core/preferences.py): what the window's QSettings
writes, the command line reads back without Qt, value for value (docs/adr/0016)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.attention import DEFAULT_THRESHOLD
from desktop_app.core.paths import user_folders
from desktop_app.core.preferences import IniStore, Preferences
from desktop_app.gui.state.settings import Settings

PROVIDER = "aigen-idcard-v3"


def test_what_the_window_saves_the_core_reads_without_qt(tmp_path):
    path = tmp_path / "settings.ini"
    window = Settings(path)
    window.reviewer = "สมศรี Nguyễn"
    window.language = "th"
    window.threshold = 0.85
    window.set_field_thresholds({"thai_id_card": {"id_number": 0.99}})
    window.timeout = 12.5
    window.set_endpoint(PROVIDER, "http://127.0.0.1:9/ocr?a=1,b=2;c")
    window.set_option(PROVIDER, "return_gender", True)
    window.set_option(PROVIDER, "censor_field", ["id_number", "name_th"])
    window.set_option(PROVIDER, "image_file_conversion", "png")
    window.retention_days = 12
    window.set_geometry(b"\x01\x02binary")  # the window's own: skipped by the core's reader
    window.sync()

    core = Preferences(IniStore(path))
    assert core.reviewer == "สมศรี Nguyễn" and core.language == "th"
    assert core.threshold == 0.85
    assert core.thresholds().for_key("thai_id_card", "id_number") == 0.99
    assert core.timeout == 12.5 and core.retention_days == 12
    assert core.endpoint(PROVIDER) == "http://127.0.0.1:9/ocr?a=1,b=2;c"
    assert core.chosen_options(PROVIDER) == window.chosen_options(PROVIDER) == {
        "return_gender": True, "censor_field": ["id_number", "name_th"], "image_file_conversion": "png"}


def test_nothing_saved_gives_the_defaults(tmp_path):
    core = Preferences(IniStore(tmp_path / "none.ini"))
    assert core.threshold == DEFAULT_THRESHOLD == 0.90
    assert core.endpoint(PROVIDER) is None and core.chosen_options(PROVIDER) == {}
    assert core.reviewer == "" and core.reviewer_or_user()


def test_a_damaged_value_falls_back_instead_of_being_sent(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[review]\nthreshold=lots\n[options]\naigen-idcard-v3\\image_file_conversion=gif\n"
                    "aigen-idcard-v3\\return_face=perhaps\n", encoding="utf-8")
    core = Preferences(IniStore(path))
    assert core.threshold == DEFAULT_THRESHOLD
    assert core.chosen_options(PROVIDER) == {}  # not a choice, not a bool: left out


def test_the_job_is_built_from_the_preferences_and_overridden_by_what_is_given(tmp_path):
    window = Settings(tmp_path / "settings.ini")
    window.set_endpoint(PROVIDER, "http://127.0.0.1:9/saved")
    window.set_option(PROVIDER, "return_face", True)
    window.timeout = 30
    job = window.job_for([tmp_path / "card.png"], PROVIDER)
    assert (job.endpoint, job.options, job.timeout) == ("http://127.0.0.1:9/saved", {"return_face": True}, 30)
    assert job.paths == [Path(tmp_path / "card.png")]
    given = window.job_for(["card.png"], PROVIDER, options={"return_gender": "yes"},
                           endpoint="http://127.0.0.1:9/given", timeout=5)
    assert given.endpoint == "http://127.0.0.1:9/given" and given.timeout == 5
    assert given.options == {"return_face": True, "return_gender": "yes"}  # the engine types "yes"


def test_the_user_folders_follow_the_platform_conventions(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = user_folders()
    assert folders.data == tmp_path / "data" / "desktop-app"
    assert folders.settings_file == tmp_path / "config" / "desktop-app" / "desktop-app.ini"


@pytest.mark.parametrize("line, value", [
    ('key="a, b"', "a, b"), ("key=a, b", ["a", "b"]), ('key="@@x"', "@x"), ('key="q\\"t\\\\"', 'q"t\\'),
    ("key=@ByteArray(\\x1)", None), ('key="tab\\there"', "tab\there"),
])
def test_the_ini_reader_reads_qsettings_quoting(tmp_path, line, value):
    from desktop_app.core.ini_read import read_ini

    path = tmp_path / "x.ini"
    path.write_text(f"[g]\n{line}\n", encoding="utf-8")
    assert read_ini(path)["g/key"] == value
