"""Every preference survives a restart: the settings are written, the program ends, and a new
process re-creates the settings store on the same file and reads them all back.

(A new process, not a second `Settings` object: QSettings caches a file per process, which hid
that the `general/` group was written as Qt's reserved `[General]` section and read back as
`General/...` at the next start, so the language and the reviewer's name were forgotten.)
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop_app.gui.state.settings import Settings

READ_BACK = textwrap.dedent("""
    import json, sys
    from desktop_app.gui.state.settings import Settings
    s = Settings(sys.argv[1])
    print(json.dumps({
        "language": s.language, "reviewer": s.reviewer, "threshold": s.threshold,
        "field_thresholds": s.field_thresholds(), "timeout": s.timeout,
        "batch_concurrency": s.batch_concurrency, "labels_visible": s.labels_visible,
        "low_first": s.low_first, "provider_id": s.provider_id,
        "endpoint": s.endpoint("aigen-idcard-v3"), "options": s.options("aigen-passport-v2"),
        "recent": s.recent_files(), "geometry": (s.geometry() or b"").hex(),
        "state": (s.window_state() or b"").hex(),
    }, ensure_ascii=False))
""")


def restart_and_read(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", READ_BACK, str(path)], capture_output=True, text=True,
                          timeout=120, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                         "PATH": "/usr/bin:/bin", "HOME": str(path.parent)})
    return json.loads(done.stdout)


def test_every_preference_survives_a_restart(tmp_path):
    path = tmp_path / "settings.ini"
    s = Settings(path)
    s.language = "th"
    s.reviewer = "สมชาย ใจดี"
    s.threshold = 0.75
    s.set_field_thresholds({"vehicle_book": {"color": 0.5}})
    s.timeout = 42.0
    s.batch_concurrency = 5
    s.labels_visible = True
    s.low_first = True
    s.provider_id = "aigen-idcard-v3"
    s.set_endpoint("aigen-idcard-v3", "https://gateway.example.test/idcard")
    s.set_option("aigen-passport-v2", "mrz_only", "true")
    s.add_recent(tmp_path / "scan.png")
    s.set_geometry(b"\x01\xd9\xd0\xcb")
    s.set_window_state(b"\x00\xff")
    s.sync()
    del s

    back = restart_and_read(path)
    assert back == {
        "language": "th", "reviewer": "สมชาย ใจดี", "threshold": 0.75,
        "field_thresholds": {"vehicle_book": {"color": 0.5}}, "timeout": 42.0, "batch_concurrency": 5,
        "labels_visible": True, "low_first": True, "provider_id": "aigen-idcard-v3",
        "endpoint": "https://gateway.example.test/idcard", "options": {"mrz_only": "true"},
        "recent": [str(tmp_path / "scan.png")], "geometry": "01d9d0cb", "state": "00ff",
    }


def test_a_file_written_by_the_old_version_gives_the_language_and_name_back(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[%General]\nlanguage=th\nreviewer=Somsri\n", encoding="utf-8")  # what it wrote
    back = restart_and_read(path)
    assert (back["language"], back["reviewer"]) == ("th", "Somsri")
