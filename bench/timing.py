"""What every bench module shares: repeated runs, the row dict, an isolated user folder, the
test images (made on the fly, invented content: nothing outside the repository is read)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

KEY = "bench-key-not-secret"  # the stand-in checks a key is present, not which


def runs(quick: bool) -> int:
    """At least five runs per figure, three in quick mode (issue 12)."""
    return 3 if quick else 5


def timed(action: Callable[[], object], count: int, *, warm: int = 1) -> list[float]:
    """Seconds per call of `action`, `count` calls after `warm` unmeasured ones."""
    for _ in range(warm):
        action()
    seconds = []
    for _ in range(count):
        began = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - began)
    return seconds


def interleaved(ours: Callable[[], object], base: Callable[[], object], count: int,
                *, warm: int = 1) -> tuple[list[float], list[float]]:
    """Both sides alternately, so a noisy neighbour hurts both alike."""
    for _ in range(warm):
        ours()
        base()
    a: list[float] = []
    b: list[float] = []
    for _ in range(count):
        a += timed(ours, 1, warm=0)
        b += timed(base, 1, warm=0)
    return a, b


def row(what: str, unit: str, now: list[float], baseline: str, base: list[float], goal: str,
        met: bool) -> dict:
    return {"what": what, "unit": unit, "now": now, "baseline": baseline, "base": base,
            "goal": goal, "met": met}


def ratio_row(what: str, unit: str, now: list[float], baseline: str, base: list[float],
              limit: float) -> dict:
    """A row whose goal is `now <= limit x base` (medians)."""
    met = bool(base) and statistics.median(now) <= limit * statistics.median(base)
    return row(what, unit, now, baseline, base, f"≤ {limit:.2f}× baseline", met)


# Qt's offscreen platform shows a window on an 800x800 screen unless told otherwise: the window
# benches ran a 796x796 window (and the queue's dock, too wide for it, grew the window past the
# screen and back in one turn). The usual office laptop's screen, as the README says.
OFFSCREEN = "offscreen:configfile=" + str(Path(__file__).resolve().with_name("offscreen-1366x768.json"))


def isolated_env(home: Path) -> dict[str, str]:
    """Environment for a child process (or this one) with its own user folders, no keyring, offscreen."""
    env = dict(os.environ)
    # an installed app has its bytecode compiled (pip does it); compiling every module at every
    # start is not what a clerk's start costs
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({
        "QT_QPA_PLATFORM": OFFSCREEN, "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_STATE_HOME": str(home / ".local" / "state"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "AIGEN_API_KEY": KEY,
    })
    return env


def scratch(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-"))


def photo_jpeg(folder: Path, megapixels: int = 12) -> Path:
    """The ID card sample as a phone-like photo (grain, JPEG quality 92, ~4 MB), `megapixels`
    large, upright (no EXIF turn): the kind of file the engine can send unchanged."""
    from PIL import Image

    from desktop_app.resources import samples_dir

    path = folder / f"card-{megapixels}mp.jpg"
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        image = card.convert("RGB")
    width = round((megapixels * 1_000_000 * image.width / image.height) ** 0.5)
    height = round(width * image.height / image.width)
    base = image.resize((width, height), Image.Resampling.BILINEAR)
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    Image.blend(base, noise, 0.15).save(path, "JPEG", quality=92)
    return path


def card_png(folder: Path) -> Path:
    """The ID card sample as a ~1 MP RGB PNG."""
    from PIL import Image

    from desktop_app.resources import samples_dir

    path = folder / "card-1mp.png"
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        image = card.convert("RGB")
        scale = (1_000_000 / (image.width * image.height)) ** 0.5
        image.resize((round(image.width * scale), round(image.height * scale))).save(path, "PNG")
    return path


class StandInProcess:
    """The loopback stand-in in its own process (`python -m desktop_app.standin`), as a real
    service is elsewhere: its own work (it decodes each image to pick its answer) does not share
    this process's GIL with the client being measured."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> StandInProcess:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app.standin", "--delay", str(self.delay)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://127.0.0.1:"):
            self._process.kill()
            raise RuntimeError(f"the stand-in did not start: {self.url!r}")
        # it prints a line per request: keep reading, or a full pipe would stop it
        threading.Thread(target=self._process.stdout.read, daemon=True).start()
        return self

    def endpoint(self, provider_id: str) -> str:
        from desktop_app.standin import PATHS

        return self.url + PATHS[provider_id]

    def __exit__(self, *exc_info: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()


def small_card_jpeg(folder: Path) -> Path:
    """The ID card sample as a small scan (800x505 JPEG, ~60 KB): a batch's figure is about the
    overlap of waiting, so each document's own cost is kept small."""
    from PIL import Image

    from desktop_app.resources import samples_dir

    path = folder / "card-small.jpg"
    with Image.open(samples_dir() / "thai_id_card.png") as card:
        card.convert("RGB").resize((800, 505), Image.Resampling.LANCZOS).save(path, "JPEG", quality=88)
    return path
