"""Keys to move about without the mouse: the Service menu (Alt+1 .. Alt+7 choose a service), next
and previous page (Ctrl+Page Down / Ctrl+Page Up), next and previous document of the queue
(Ctrl+Shift+Page Down / Ctrl+Shift+Page Up). All carry modifiers: a Thai input method never
loses a letter to them. They are listed in the shortcut sheet (gui/dialogs/shortcut_sheet.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from .. import i18n
from ..widgets.provider_bar import listed_providers, provider_title
from ..workers.batch_runner import EntryState

if TYPE_CHECKING:
    from ..widgets.fields_panel import FieldsPanel
    from ..widgets.page_strip import PageStrip
    from ..window.window_services import WindowServices
    from .batch_panel import BatchFlow

SERVICE_KEYS = "Alt+{n}"  # n = 1.. in the order of the toolbar's list (the sheet's "service" row)
_REVIEWABLE = (EntryState.DONE, EntryState.IN_REVIEW, EntryState.REVIEWED)


class Navigation(QObject):
    def __init__(self, services: WindowServices, fields: FieldsPanel, strip: PageStrip,
                 queue: BatchFlow) -> None:
        window = services.host  # the service keys' QActions belong to it
        super().__init__(window)
        self.services, self.fields, self.strip, self.queue = services, fields, strip, queue
        bar = services.provider_bar
        self.menu_service = services.commands.menu("service")
        self.group = QActionGroup(self)
        self.service_actions: dict[str, QAction] = {}
        self.providers = listed_providers()  # the toolbar list's order
        for number, provider in enumerate(self.providers, start=1):
            action = QAction(window)
            action.setCheckable(True)
            if number <= 9:
                action.setShortcut(QKeySequence(SERVICE_KEYS.format(n=number)))
            action.triggered.connect(lambda _c=False, pid=provider.id: self.choose_service(pid))
            self.group.addAction(action)
            self.menu_service.addAction(action)
            window.addAction(action)
            self.service_actions[provider.id] = action
        # keys, the View menu's entries and their texts: gui/window/action_table.py
        self.act_next_page = self._action("next_page", lambda: self.step_page(1))
        self.act_previous_page = self._action("previous_page", lambda: self.step_page(-1))
        self.act_next_document = self._action("next_document", lambda: self.step_document(1))
        self.act_previous_document = self._action("previous_document", lambda: self.step_document(-1))
        bar.providerChanged.connect(lambda _pid: self._check_current())
        services.ocr.busyChanged.connect(self._on_busy)
        self._check_current()

    def _action(self, name: str, slot) -> QAction:
        action = self.services.commands[name]
        action.triggered.connect(lambda _c=False: slot())
        return action

    def retranslate(self) -> None:
        for provider in self.providers:
            self.service_actions[provider.id].setText(provider_title(provider))

    # --- service ---------------------------------------------------------------------------------
    def choose_service(self, provider_id: str) -> None:
        if self.services.ocr.busy:
            self._check_current()
            return
        self.services.provider_bar.set_provider_id(provider_id)
        self._check_current()
        name = provider_title(self.services.provider_bar.provider())
        self.services.say(i18n.tr("Service: {name}").format(name=name))

    def _check_current(self) -> None:
        action = self.service_actions.get(self.services.provider_bar.provider_id())
        if action is not None:
            action.setChecked(True)

    def _on_busy(self, busy: bool) -> None:
        for action in self.service_actions.values():
            action.setEnabled(not busy)

    # --- pages and documents ---------------------------------------------------------------------
    def step_page(self, step: int) -> bool:
        """The next (1) or previous (-1) page: of the result, or of the file before any OCR."""
        fields = self.fields
        fields.commit_pending()
        doc = self.services.session.document
        if doc is not None:
            target = fields.page_index + step
            if not 0 <= target < len(doc.pages):
                return False
            fields.set_page(target)
            return True
        strip = self.strip
        target = max(0, strip.currentRow()) + step
        if not 0 <= target < strip.count():
            return False
        strip.setCurrentRow(target)
        return True

    def step_document(self, step: int) -> bool:
        """The next (1) or previous (-1) document of the queue that has a result to review."""
        batch = self.queue
        order = [entry for entry in batch.runner.order() if entry.state in _REVIEWABLE
                 or entry.id == batch.current]
        ids = [entry.id for entry in order]
        if batch.current in ids:
            position = ids.index(batch.current) + step
        else:
            position = 0 if step > 0 else len(ids) - 1
        if not 0 <= position < len(ids) or ids[position] == batch.current:
            self.services.say(i18n.tr("No other finished document in the queue."))
            return False
        return batch.open_entry(ids[position])


def install(services: WindowServices, fields: FieldsPanel, strip: PageStrip, queue: BatchFlow) -> Navigation:
    return Navigation(services, fields, strip, queue)
