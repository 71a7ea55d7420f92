"""The providers' names listed without their modules (issue 12: the window lists every service
before its first paint and loads only the one chosen)."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.core.providers import get_provider, provider_ids, provider_names


def test_names_are_the_providers_own_in_the_registry_order():
    names = provider_names()
    assert [n.id for n in names] == list(provider_ids())
    for name in names:
        provider = get_provider(name.id)
        assert (name.title_en, name.title_th) == (provider.title_en, provider.title_th)


def test_listing_the_names_loads_no_provider_module():
    code = ("import sys; from desktop_app.core.providers import provider_names; provider_names(); "
            "print(sorted(m for m in sys.modules if m.startswith('desktop_app.core.providers.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "['desktop_app.core.providers.base']"
