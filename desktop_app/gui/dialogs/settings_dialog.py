"""Settings: language, reviewer, threshold, timeout; per service its endpoint; the API keys;
per-field thresholds by document type.

Keys go only to the OS keyring (core.secrets); the entry fields are masked and never show a stored
key. With no keyring backend the dialog says so plainly and offers to keep a typed key for this run
only (memory, nothing on disk). Everything else is written to QSettings on OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import secrets
from ...core.errors import AppError, InputError
from ...core.http import carries_secret
from ...core.providers.base import Credentials, Provider
from ...core.retention import MAX_DAYS, MIN_DAYS
from .. import i18n
from ..state.session import os_user
from ..state.settings import Settings
from ..widgets.buttons import ask_yes_no, localize
from ..widgets.provider_bar import available_providers, provider_title
from .connection_test import ConnectionTester
from .threshold_editor import ThresholdEditor

# The words of the computed keys set.key.* (scripts/codemod_tr.py)
_SET_KEY_WORDS: dict[str, str] = {
    "set.key.aigen_key": i18n.QT_TRANSLATE_NOOP("i18n", "AIGEN API key:"),
    "set.key.cvvn_key": i18n.QT_TRANSLATE_NOOP("i18n", "CVVN API key:"),
    "set.key.cvvn_secret": i18n.QT_TRANSLATE_NOOP("i18n", "CVVN API secret:"),
    "set.key.stored": i18n.QT_TRANSLATE_NOOP("i18n", "A key is stored; type to replace it"),
    "set.key.empty": i18n.QT_TRANSLATE_NOOP("i18n", "Not set"),
    "set.key.forget": i18n.QT_TRANSLATE_NOOP("i18n", "Remove"),
}

KEY_NAMES = ("aigen_key", "cvvn_key", "cvvn_secret")


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 provider_id: str | None = None) -> None:
        """`provider_id`: the service chosen in the toolbar, shown first on the Services tab."""
        super().__init__(parent)
        self._settings = settings
        self._first_provider = provider_id
        self._providers = [p for p in available_providers() if not p.simulated]
        self._endpoints: dict[str, str] = {p.id: settings.endpoint(p.id) or "" for p in self._providers}
        self.setWindowTitle(i18n.tr("Settings"))
        self.setMinimumWidth(620)
        self.tester = ConnectionTester(self)
        self.tester.finished.connect(self._on_tested)

        tabs = self.tabs = QTabWidget()
        tabs.addTab(self._general_tab(), i18n.tr("General"))
        self.services_tab = self._services_tab()
        tabs.addTab(self.services_tab, i18n.tr("Services"))
        self.field_thresholds = ThresholdEditor(settings.field_thresholds())
        tabs.addTab(self.field_thresholds, i18n.tr("Thresholds"))
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel)
        localize(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    # --- tabs ------------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._settings.language)))
        self.reviewer = QLineEdit(self._settings.reviewer)
        self.reviewer.setPlaceholderText(os_user())  # who is recorded when no name is given
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(self._settings.threshold)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(5.0, 600.0)
        self.timeout.setDecimals(0)
        self.timeout.setSuffix(i18n.tr(" s"))
        self.timeout.setValue(self._settings.timeout)
        form.addRow(i18n.tr("Language:"), self.language)
        form.addRow(i18n.tr("Reviewer name:"), self.reviewer)
        form.addRow(i18n.tr("Confidence threshold:"), self.threshold)
        form.addRow(i18n.tr("Timeout:"), self.timeout)
        self.looped_font = QCheckBox(i18n.tr("Show values in a looped Thai font (Sarabun), easier to "
                                             "proof-read"))
        self.looped_font.setChecked(self._settings.looped_font)
        form.addRow("", self.looped_font)
        self.retention = QSpinBox()
        self.retention.setRange(MIN_DAYS, MAX_DAYS)
        self.retention.setSuffix(i18n.tr(" days"))
        self.retention.setValue(self._settings.retention_days)
        form.addRow(i18n.tr("Keep stored answers and logs:"), self.retention)
        return page

    def _services_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)

        endpoint_box = QGroupBox(i18n.tr("Endpoint:").rstrip(":"))
        endpoint_form = QFormLayout(endpoint_box)
        self.provider = QComboBox()
        for provider in self._providers:
            self.provider.addItem(provider_title(provider), provider.id)
        self.provider.setCurrentIndex(max(0, self.provider.findData(self._first_provider)))
        self.endpoint = QLineEdit()
        self.endpoint_hint = QLabel()
        self.endpoint_hint.setWordWrap(True)
        self.test_button = QPushButton(i18n.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        endpoint_form.addRow(i18n.tr("Service:"), self.provider)
        endpoint_form.addRow(i18n.tr("Endpoint:"), self.endpoint)
        endpoint_form.addRow("", self.endpoint_hint)
        self.problem_label = QLabel()  # an address refused on OK (one holding a key)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { background: #fde2e1; color: #7a1c14; padding: 6px; }")
        self.problem_label.hide()  # (shown under the tabs, where it has room)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        endpoint_form.addRow(test_row)
        self._shown_provider: str | None = None
        self.provider.currentIndexChanged.connect(self._on_provider)
        self._on_provider()

        key_box = QGroupBox(i18n.tr("API keys (stored only in the system keyring)"))
        key_form = QFormLayout(key_box)
        self.keyring_ok = secrets.keyring_available()
        self.no_keyring = QLabel(i18n.tr("This computer has no system keyring, so keys cannot be stored. A "
                                         "key typed here can be kept for this run only; nothing is written "
                                         "to disk."))
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setStyleSheet("QLabel { background: #fff4d6; color: #6b4a00; padding: 6px; }")
        self.session_only = QCheckBox(i18n.tr("Keep the key for this run only"))
        self.session_only.setChecked(True)
        key_form.addRow(self.no_keyring)
        key_form.addRow(self.session_only)
        self.no_keyring.setVisible(not self.keyring_ok)
        self.session_only.setVisible(not self.keyring_ok)
        self.key_edits: dict[str, QLineEdit] = {}
        self._removed: set[str] = set()
        for name in KEY_NAMES:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            stored = secrets.lookup(name) is not None
            edit.setPlaceholderText(
                i18n.tr("A key is stored; type to replace it") if stored else i18n.tr("Not set"))
            remove = QPushButton(i18n.tr("Remove"))
            remove.clicked.connect(lambda _=False, n=name: self._remove_key(n))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(remove)
            key_form.addRow(i18n.tr_from(_SET_KEY_WORDS, f"set.key.{name}"), row)
            self.key_edits[name] = edit

        layout.addWidget(endpoint_box)
        layout.addWidget(key_box)
        layout.addStretch(1)
        return page

    # --- endpoints and test ----------------------------------------------------------------------
    def _current_provider(self) -> Provider | None:
        provider_id = self.provider.currentData()
        return next((p for p in self._providers if p.id == provider_id), None)

    def _on_provider(self) -> None:
        if self._shown_provider is not None:
            self._endpoints[self._shown_provider] = self.endpoint.text().strip()
        provider = self._current_provider()
        self._shown_provider = provider.id if provider else None
        self.endpoint.setText(self._endpoints.get(self._shown_provider or "", ""))
        default = provider.default_endpoint if provider else ""
        self.endpoint.setPlaceholderText(default)
        self.endpoint_hint.setText(i18n.tr("default: {url}").format(url=default))
        self.test_result.clear()

    def _typed_credentials(self, provider: Provider) -> Credentials | None:
        """The keys typed in the dialog, when every one the provider needs was typed."""
        values = {n: self.key_edits[n].text().strip() for n in provider.credential_names}
        return Credentials(values) if all(values.values()) else None

    def test_connection(self) -> None:
        provider = self._current_provider()
        if provider is None:
            return
        endpoint = self.endpoint.text().strip() or provider.default_endpoint
        self.test_result.setText(i18n.tr("Testing…"))
        self.test_button.setEnabled(False)
        self.tester.start(provider, endpoint, min(self.timeout.value(), 30.0),
                          self._typed_credentials(provider))

    def _on_tested(self, status: int, error: AppError | None) -> None:
        self.test_button.setEnabled(True)
        if error is None:
            self.test_result.setText(i18n.tr("Connected: the service accepted the "
                                             "key.").format(status=status))
        else:
            self.test_result.setText(error.message(i18n.language()))

    # --- keys ------------------------------------------------------------------------------------
    def _remove_key(self, name: str) -> None:
        secrets.delete_secret(name)
        self.key_edits[name].clear()
        self.key_edits[name].setPlaceholderText(i18n.tr("Not set"))

    def store_keys(self) -> list[AppError]:
        """Store every typed key; with no keyring, keep it for this run when the clerk agreed."""
        problems: list[AppError] = []
        for name, edit in self.key_edits.items():
            value = edit.text().strip()
            if not value:
                continue
            try:
                secrets.store_secret(name, value)
            except AppError as exc:
                if exc.code == "keyring.unavailable" and self.session_only.isChecked():
                    secrets.remember_for_session(name, value)
                else:
                    problems.append(exc)
            edit.clear()
        return problems

    # --- OK --------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._shown_provider is not None:
            self._endpoints[self._shown_provider] = self.endpoint.text().strip()
        with_key = next((pid for pid, url in self._endpoints.items() if url and carries_secret(url)), None)
        if with_key is not None:  # never written to the settings file: keys go to the keyring
            self.provider.setCurrentIndex(max(0, self.provider.findData(with_key)))
            self.problem_label.setText(InputError("input.endpoint_secret").message(i18n.language()))
            self.problem_label.show()
            return
        problems = self.store_keys()
        if problems:
            self.no_keyring.setText(problems[0].message(i18n.language()))
            self.no_keyring.show()
            self.session_only.show()
            return
        self.tester.cancel()
        s = self._settings
        s.language = str(self.language.currentData())
        s.reviewer = self.reviewer.text()
        s.threshold = self.threshold.value()
        s.timeout = self.timeout.value()
        s.looped_font = self.looped_font.isChecked()
        s.retention_days = self.retention.value()
        s.set_field_thresholds(self.field_thresholds.table())
        for provider_id, url in self._endpoints.items():
            s.set_endpoint(provider_id, url or None)
        s.sync()
        super().accept()

    def has_changes(self) -> bool:
        """Anything typed or chosen that OK would save (a key typed, an endpoint, a threshold...)."""
        if self._shown_provider is not None:
            self._endpoints[self._shown_provider] = self.endpoint.text().strip()
        s = self._settings
        saved_endpoints = {p.id: s.endpoint(p.id) or "" for p in self._providers}
        return (str(self.language.currentData()) != s.language
                or self.reviewer.text().strip() != s.reviewer
                or round(self.threshold.value(), 4) != round(s.threshold, 4)
                or self.timeout.value() != s.timeout
                or self._endpoints != saved_endpoints
                or any(edit.text().strip() for edit in self.key_edits.values())
                or self.field_thresholds.table() != s.field_thresholds())

    def ask_discard(self) -> bool:
        """Escape with unsaved changes: True to throw them away. Replaced in tests."""
        return ask_yes_no(self, i18n.tr("Discard the changes?"), i18n.tr("Settings were changed (endpoints, "
                                                                         "keys or preferences) and not "
                                                                         "saved. Throw the changes away?"))

    def reject(self) -> None:
        """Escape or Cancel: asks first when something typed would be thrown away."""
        if self.has_changes() and not self.ask_discard():
            return
        self.tester.cancel()
        super().reject()
