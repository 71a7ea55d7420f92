"""The toolbar's service part: which OCR service, its options, and the SIMULATED badge.

Options come from the provider's `OptionSpec`s: a bool is a checkable menu entry, a choice a
submenu, a list or text a small line edit. Only values that differ from the provider's default are
sent, and every choice is remembered per provider in the settings.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...core.provider_names import option_label
from ...core.provider_names import provider_title as core_provider_title
from ...core.providers import ProviderName, get_provider, provider_ids, provider_names
from ...core.providers.base import OptionSpec, Provider
from .. import i18n
from ..state.settings import Settings
from ..window.toolbar_fit import limit_combo

log = logging.getLogger(__name__)

_BADGE_STYLE = ("QLabel { background: #b00020; color: white; font-weight: bold; padding: 3px 8px; "
                "border-radius: 3px; }")


def available_providers() -> list[Provider]:
    """Every provider whose module loads (a broken one is left out of the list, not a crash)."""
    providers = []
    for provider_id in provider_ids():
        try:
            providers.append(get_provider(provider_id))
        except Exception:  # noqa: BLE001
            log.exception("provider %s could not be loaded", provider_id)
    return providers


def listed_providers() -> list[ProviderName]:
    """Every provider's id and titles, for the lists of services: no built-in provider's module is
    loaded (only the chosen one is, when it is used; issue 12: start to mapped window)."""
    try:
        return provider_names()
    except Exception:  # noqa: BLE001 - a registered one that does not load: left out, as ever
        return [ProviderName(p.id, p.title_en, p.title_th) for p in available_providers()]


def _option_label(spec: OptionSpec) -> str:
    return option_label(spec, i18n.language())


def provider_title(provider: Provider | ProviderName) -> str:
    return core_provider_title(provider, i18n.language())


class ProviderBar(QWidget):
    providerChanged = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._providers = listed_providers()
        self.label = QLabel()
        self.combo = QComboBox()
        for provider in self._providers:
            self.combo.addItem(provider_title(provider), provider.id)
        self.combo.currentIndexChanged.connect(self._on_combo)
        self.options_button = QToolButton()
        self.options_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.badge = QLabel()
        self.badge.setStyleSheet(_BADGE_STYLE)
        self.badge.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.options_button)
        layout.addWidget(self.badge)
        self._document_simulated = False
        # the options and the badge are the chosen service's: made when the start chooses it
        # (set_provider_id, gui/window/window_start.py), not for the one listed first, whose module
        # was loaded for nothing (issue 12: start to mapped window)
        self._retranslate_texts()

    # --- provider --------------------------------------------------------------------------------
    def provider_id(self) -> str:
        return str(self.combo.currentData())

    def provider(self) -> Provider:
        return get_provider(self.provider_id())

    def set_provider_id(self, provider_id: str) -> None:
        index = self.combo.findData(provider_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._rebuild_options()
            self._update_badge()

    def _on_combo(self, _index: int) -> None:
        self.combo.setToolTip(self.combo.currentText())
        self._rebuild_options()
        self._update_badge()
        self.providerChanged.emit(self.provider_id())

    # --- badge -----------------------------------------------------------------------------------
    def set_document_simulated(self, simulated: bool) -> None:
        self._document_simulated = simulated
        self._update_badge()

    def badge_visible(self) -> bool:
        return not self.badge.isHidden()

    def _update_badge(self) -> None:
        simulated = self._document_simulated or bool(getattr(self.provider(), "simulated", False))
        self.badge.setVisible(simulated)

    # --- options ---------------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        """The option values to send: only those the clerk set to something other than the default
        (typed by the core's one conversion, core/preferences.py `chosen_options`)."""
        return self._settings.chosen_options(self.provider().id)

    def set_option(self, name: str, value: Any) -> None:
        self._settings.set_option(self.provider_id(), name, value)

    def _rebuild_options(self) -> None:
        provider = self.provider()
        menu = QMenu(self)
        current = self.options()
        for spec in provider.options:
            if spec.kind == "bool":
                action = QAction(_option_label(spec), menu)
                action.setCheckable(True)
                action.setChecked(bool(current.get(spec.name, spec.default)))
                action.toggled.connect(lambda checked, name=spec.name: self.set_option(name, checked))
                menu.addAction(action)
            elif spec.kind == "choice":
                sub = menu.addMenu(_option_label(spec))
                group = QActionGroup(sub)
                value = current.get(spec.name, spec.default)
                for choice in (None, *spec.choices):
                    text = choice if choice is not None else "—"
                    action = QAction(text, sub)
                    action.setCheckable(True)
                    action.setChecked(choice == value)
                    group.addAction(action)
                    action.triggered.connect(lambda _=False, name=spec.name, c=choice:
                                             self.set_option(name, c or ""))
                    sub.addAction(action)
            else:
                box = QWidget(menu)
                row = QHBoxLayout(box)
                row.setContentsMargins(8, 2, 8, 2)
                row.addWidget(QLabel(_option_label(spec)))
                edit = QLineEdit()
                value = current.get(spec.name)
                edit.setText(",".join(value) if isinstance(value, list) else (value or ""))
                edit.editingFinished.connect(lambda name=spec.name, e=edit: self.set_option(name, e.text()))
                row.addWidget(edit)
                widget_action = QWidgetAction(menu)
                widget_action.setDefaultWidget(box)
                menu.addAction(widget_action)
        old = self.options_button.menu()
        self.options_button.setMenu(menu)
        if old is not None:
            old.deleteLater()
        self.options_button.setVisible(bool(provider.options))

    def retranslate(self) -> None:
        self._retranslate_texts()
        self._rebuild_options()
        self._update_badge()

    def _retranslate_texts(self) -> None:
        self.label.setText(i18n.tr("Service:"))
        for i, provider in enumerate(self._providers):
            self.combo.setItemText(i, provider_title(provider))
        limit_combo(self.combo)  # long titles must not push Threshold off a narrow toolbar
        self.options_button.setText(i18n.tr("Options"))
        self.badge.setText(i18n.tr("SIMULATED — demo results / ผลจำลอง"))
        self.badge.setToolTip(i18n.tr("These results come from the built-in simulation, not from a real OCR "
                                      "service."))
