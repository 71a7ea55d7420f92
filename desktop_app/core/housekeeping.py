"""At every start of the program: remove what killed saves left in the app's own data folder.

A save (draft, stored answer, settings) killed mid-write leaves a full temporary copy of personal
data; `atomic.remove_stale_temporaries` tells a dead writer's copy from a save under way. Review
files beside the user's images are cleaned the same way on their next save. Never raises.
"""

from __future__ import annotations

import os

from .atomic import remove_stale_temporaries
from .paths import data_dir


def sweep_at_start() -> int:
    """Remove stale temporary copies under the data folder; how many were removed."""
    try:
        root = data_dir()
        folders = [root, root / "drafts", root / "logs", root / "responses"]
        responses = root / "responses"
        if responses.is_dir():  # the stored answers' shards: <2 hex>/ (at most 256)
            with os.scandir(responses) as entries:
                folders += [responses / e.name for e in entries if len(e.name) == 2 and e.is_dir()]
        return sum(remove_stale_temporaries(folder) for folder in folders)
    except OSError:
        return 0
