"""The clerk's preferences, without Qt: thresholds, endpoints, provider options, reviewer name,
timeout, retention... read by the window and by `desktop-app ocr` alike
(docs/adr/0016-preferences-in-the-core.md). Secrets are never stored here (core/secrets.py).

`Preferences(store)` gives typed values with defaults over a key-value store; a damaged or
hand-edited value falls back to its default instead of raising. The window's store is its QSettings
(gui/state/settings.py, the one writer); the command line's is `IniStore`, the same INI file read
without Qt (core/ini_read.py). `job_for` builds the OCR job from them: the one place it is built.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .attention import DEFAULT_FIELD_THRESHOLDS, DEFAULT_THRESHOLD, Thresholds, copy_table
from .errors import InputError
from .ini_read import read_ini
from .lazy import lazy_module
from .paths import user_folders
from .providers import get_provider
from .retention import DEFAULT_DAYS, clamp_days
from .review import os_user

if TYPE_CHECKING:
    from . import engine, http
else:  # the OCR engine and the HTTP client at the first job, not at the window's start (issue 12)
    engine = lazy_module("desktop_app.core.engine")
    http = lazy_module("desktop_app.core.http")

DEFAULT_TIMEOUT = 60.0
LANGUAGES = ("en", "th", "vi")

# Not "general/": QSettings writes a group of that name as Qt's reserved [General] section
# ("[%General]"), which the next start reads back as "General/...": every such preference was lost
# at each restart. The old keys are still read, so a clerk's language and name come back.
_OLD_KEYS = {"clerk/language": "General/language", "clerk/reviewer": "General/reviewer"}


class PreferenceStore(Protocol):
    def value(self, key: str) -> Any: ...
    def set_value(self, key: str, value: Any) -> None: ...
    def remove(self, key: str) -> None: ...
    def child_keys(self, group: str) -> list[str]: ...


class IniStore:
    """The window's settings file, read once without Qt; writes stay in memory (the command line
    never changes the clerk's preferences)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else user_folders().settings_file
        self._values = read_ini(self.path)

    def value(self, key: str) -> Any:
        return self._values.get(key)

    def set_value(self, key: str, value: Any) -> None:
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def child_keys(self, group: str) -> list[str]:
        prefix = group.rstrip("/") + "/"
        return [k[len(prefix):] for k in self._values if k.startswith(prefix) and "/" not in k[len(prefix):]]


def to_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    return default


def to_float(value: Any, default: float, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    if number != number or not low <= number <= high:  # NaN or out of range
        return default
    return number


class Preferences:
    """Typed access to the preferences. Never holds a secret."""

    def __init__(self, store: PreferenceStore | None = None) -> None:
        self.store: PreferenceStore = store if store is not None else IniStore()

    def _get(self, key: str, default: Any = None) -> Any:
        value = self.store.value(key)
        if value is None and key in _OLD_KEYS:  # written by a version that lost it at restart
            value = self.store.value(_OLD_KEYS[key])
        return default if value is None else value

    def _set(self, key: str, value: Any) -> None:
        self.store.set_value(key, value)

    # --- the clerk -------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._get("clerk/language", "en") or "en")
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._set("clerk/language", value if value in LANGUAGES else "en")

    @property
    def reviewer(self) -> str:
        return str(self._get("clerk/reviewer", "") or "")

    @reviewer.setter
    def reviewer(self, value: str) -> None:
        self._set("clerk/reviewer", value.strip())

    def reviewer_or_user(self) -> str:
        """Who is recorded in a field's history and as the review's reviewer: the reviewer name,
        or the login name."""
        return self.reviewer or os_user()

    # --- thresholds ------------------------------------------------------------------------------
    @property
    def threshold(self) -> float:
        return to_float(self._get("review/threshold"), DEFAULT_THRESHOLD, 0.0, 1.0)

    @threshold.setter
    def threshold(self, value: float) -> None:
        self._set("review/threshold", round(float(value), 4))

    def field_thresholds(self) -> dict[str, dict[str, float]]:
        """Per-field thresholds by document type (doc type -> key -> 0..1): the clerk's table, or
        the defaults (core/attention.py) when none was saved or the saved one is damaged."""
        raw = self._get("review/field_thresholds")
        if not raw:
            return copy_table(DEFAULT_FIELD_THRESHOLDS)
        try:
            data = json.loads(str(raw))
            return {str(doc): {str(k).lower(): to_float(v, -1.0, 0.0, 1.0) for k, v in keys.items()
                               if to_float(v, -1.0, 0.0, 1.0) >= 0}
                    for doc, keys in data.items() if isinstance(keys, dict)}
        except (ValueError, TypeError, AttributeError):
            return copy_table(DEFAULT_FIELD_THRESHOLDS)

    def set_field_thresholds(self, table: dict[str, dict[str, float]] | None) -> None:
        """Save the clerk's table; None goes back to the defaults."""
        if table is None:
            self.store.remove("review/field_thresholds")
        else:
            clean = {doc: {k.lower(): round(float(v), 4) for k, v in keys.items()}
                     for doc, keys in table.items() if keys}
            self._set("review/field_thresholds", json.dumps(clean, sort_keys=True))

    def thresholds(self) -> Thresholds:
        return Thresholds(self.threshold, self.field_thresholds())

    # --- network ---------------------------------------------------------------------------------
    @property
    def timeout(self) -> float:
        return to_float(self._get("network/timeout"), DEFAULT_TIMEOUT, 1.0, 3600.0)

    @timeout.setter
    def timeout(self, value: float) -> None:
        self._set("network/timeout", float(value))

    @property
    def batch_concurrency(self) -> int:
        """Requests in flight for the batch queue (1-8, default 2)."""
        return int(to_float(self._get("network/batch_concurrency"), 2, 1, 8))

    @batch_concurrency.setter
    def batch_concurrency(self, value: int) -> None:
        self._set("network/batch_concurrency", max(1, min(8, int(value))))

    # --- providers -------------------------------------------------------------------------------
    @property
    def provider_id(self) -> str | None:
        value = self._get("ocr/provider")
        return str(value) if value else None

    @provider_id.setter
    def provider_id(self, value: str | None) -> None:
        self._set("ocr/provider", value or "")

    def endpoint(self, provider_id: str) -> str | None:
        """The clerk's endpoint override for `provider_id`, or None for the provider's default."""
        value = self._get(f"endpoints/{provider_id}")
        value = str(value).strip() if value else ""
        return value or None

    def set_endpoint(self, provider_id: str, url: str | None) -> None:
        """Raises `InputError("input.endpoint_secret")` for an address holding a key: the settings
        file never holds a secret."""
        if url and http.carries_secret(url):
            raise InputError("input.endpoint_secret", provider_id)
        if url and url.strip():
            self._set(f"endpoints/{provider_id}", url.strip())
        else:
            self.store.remove(f"endpoints/{provider_id}")

    def options(self, provider_id: str) -> dict[str, Any]:
        """Saved option values for `provider_id` (name -> value as stored)."""
        group = f"options/{provider_id}"
        return {key: self.store.value(f"{group}/{key}") for key in self.store.child_keys(group)}

    def set_option(self, provider_id: str, name: str, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = ",".join(str(v) for v in value)
        self._set(f"options/{provider_id}/{name}", value)

    def chosen_options(self, provider_id: str) -> dict[str, Any]:
        """The option values to send, typed: only those the clerk set to something other than the
        default (a damaged value is left out, not sent)."""
        provider = get_provider(provider_id)
        saved = self.options(provider.id)
        chosen: dict[str, Any] = {}
        for spec in provider.options:
            if spec.name not in saved:
                continue
            try:
                value = engine.option_value(spec, "" if saved[spec.name] is None else saved[spec.name])
            except InputError:
                continue
            if value not in (None, "", []) and value != spec.default:
                chosen[spec.name] = value
        return chosen

    # --- retention and the team queue ------------------------------------------------------------
    @property
    def retention_days(self) -> int:
        """Days stored answers and log entries are kept (core/retention.py)."""
        return clamp_days(self._get("retention/days", DEFAULT_DAYS))

    @retention_days.setter
    def retention_days(self, value: int) -> None:
        self._set("retention/days", clamp_days(value))

    @property
    def team_url(self) -> str:
        return str(self._get("team/url", "") or "")

    @team_url.setter
    def team_url(self, value: str) -> None:
        self._set("team/url", value)

    # --- the OCR job -----------------------------------------------------------------------------
    def job_for(self, paths: Sequence[str | os.PathLike[str]], provider_id: str, *,
                options: dict[str, Any] | None = None, endpoint: str | None = None,
                timeout: float | None = None) -> engine.OcrJob:
        """The OCR job for `paths` (one document): the clerk's saved options, endpoint and timeout,
        each overridden by what is given (`desktop-app ocr --option/--endpoint/--timeout`)."""
        chosen = self.chosen_options(provider_id)
        chosen.update(options or {})
        return engine.OcrJob(paths=[Path(os.path.abspath(os.fspath(p))) for p in paths],
                             provider_id=provider_id, options=chosen,
                             endpoint=endpoint or self.endpoint(provider_id),
                             timeout=self.timeout if timeout is None else timeout)

    def jobs_for(self, files: Sequence[Path], provider_id: str, **overrides: Any) -> list[engine.OcrJob]:
        """One job per document of a batch (`batch.jobs_for`: a file, or a front/back pair), each
        built as `job_for` builds one."""
        from . import batch  # the batch's runner (its thread pool): not in `desktop-app ocr` of one file

        return batch.jobs_like(files, self.job_for([], provider_id, **overrides))
