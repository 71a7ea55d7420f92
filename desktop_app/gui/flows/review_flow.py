"""The keyboard review flow of the window: where Enter and Tab go, the review actions (accept a
suggestion, confirm all high-confidence fields, sign-off, reject, undo/redo, the shortcut sheet),
the review menu and the status-bar summary. The decisions are the Qt-free core's
(core/attention.py: what needs attention and which field comes next; core/review.py: what a change
does); this module only connects them to widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QInputDialog, QSizePolicy
from shiboken6 import isValid

from ...core.attention import Attention, Position, first_needing, next_field, step, visit_order
from ...core.bands import low_first
from ...core.checks import checks_summary
from ...core.model import FieldState, ReviewStatus, Severity, SignoffRecord
from ...core.signoff import first_problem, open_problems
from .. import i18n
from ..dialogs.signoff_dialog import SIGN_OFF, ask_signoff
from ..widgets.palette_colors import css, text_color
from ..widgets.steady_label import SteadyLabel
from ..window.action_table import act
from ..window.activity import ActivityWatcher
from ..window.window_actions import key_texts
from .keyboard import ReviewKeys

# The words of the computed keys review.* (scripts/codemod_tr.py)
_REVIEW_WORDS: dict[str, str] = {
    "review.unreviewed": i18n.QT_TRANSLATE_NOOP("i18n", "Not reviewed"),
    "review.in_review": i18n.QT_TRANSLATE_NOOP("i18n", "In review"),
    "review.reviewed": i18n.QT_TRANSLATE_NOOP("i18n", "Reviewed"),
    "review.rejected": i18n.QT_TRANSLATE_NOOP("i18n", "Rejected"),
}

if TYPE_CHECKING:
    from ..dialogs.shortcut_sheet import ShortcutSheet
    from ..window.flow_services import FlowServices


class ReviewFlow(QObject):
    def __init__(self, services: FlowServices) -> None:
        super().__init__(services.host)
        self.services = services
        self.host = services.host  # parent of the actions, menus and dialogs
        self.session = services.session
        self.fields = services.fields
        self.keys = ReviewKeys(self, self.fields.table, self.fields.value_edit, self,
                               also=(services.canvas,))
        self.activity = ActivityWatcher(self.host, self.session, (self.fields.table, self.fields.value_edit,
                                                                  services.canvas))
        self.summary_label = SteadyLabel()  # its text changes after nearly every key
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self._build_actions()
        self.fields.suggestion_keys = key_texts(act("suggestion"))[0]  # "Alt+Enter", as the menu says
        services.views.add(self._on_document_changed)
        self.session.reviewChanged.connect(self.update_summary)
        stack = self.session.undo_stack
        stack.indexChanged.connect(self._update_undo)
        stack.cleanChanged.connect(self._update_undo)
        self._update_undo()

    # --- actions ---------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        """The review commands of the action table (gui/window/action_table.py: keys, menus, texts)."""
        commands = self.services.commands
        for name, slot in (("confirm_next", self.confirm_and_next), ("confirm_stay", self.confirm_and_stay),
                           ("suggestion", self.accept_suggestion), ("confirm_all", self.confirm_all),
                           ("signoff", self.sign_off), ("reject", self.reject), ("undo", self.undo),
                           ("redo", self.redo), ("sheet", self.show_sheet)):
            commands[name].triggered.connect(lambda _checked=False, slot=slot: slot())
        self.act_confirm_next, self.act_confirm_stay = commands["confirm_next"], commands["confirm_stay"]
        self.act_suggestion, self.act_confirm_all = commands["suggestion"], commands["confirm_all"]
        self.act_signoff, self.act_reject = commands["signoff"], commands["reject"]
        self.act_undo, self.act_redo, self.act_sheet = commands["undo"], commands["redo"], commands["sheet"]
        self.menu_edit, self.menu_review = commands.menu("edit"), commands.menu("review")
        self.menu_help = commands.menu("help")

    def review_actions(self) -> list[QAction]:
        return [self.act_confirm_next, self.act_confirm_stay, self.act_suggestion, self.act_confirm_all,
                self.act_signoff, self.act_reject]

    def retranslate(self) -> None:
        self._update_undo()
        self.update_summary()

    def _update_undo(self, *_args: object) -> None:
        stack = self.session.undo_stack
        if not isValid(stack) or not isValid(self.act_undo):
            return  # the window is being destroyed
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.act_undo.setText(i18n.tr("&Undo") + (f": {undo}" if undo else ""))
        self.act_redo.setText(i18n.tr("&Redo") + (f": {redo}" if redo else ""))

    # --- where things are ----------------------------------------------------------------------
    def attention(self) -> Attention | None:
        doc = self.session.document
        return Attention(doc, self.fields.model.thresholds) if doc is not None else None

    def current(self) -> Position | None:
        index = self.fields.current_field
        return (self.fields.page_index, index) if index is not None else None

    def order(self) -> list[Position]:
        """Document order as the clerk sees it: the shown page in the list's row order, other pages
        in catalogue order (or low-confidence first when the list is sorted that way)."""
        doc = self.session.document
        if doc is None:
            return []
        proxy, shown = self.fields.proxy, self.fields.page_index
        orders: list[list[int]] = []
        for p, page in enumerate(doc.pages):
            if p == shown:
                orders.append(proxy.source_rows())
            elif proxy.low_first:
                orders.append(low_first(page.fields, self.fields.model.threshold_of))
            else:
                orders.append(list(range(len(page.fields))))
        return visit_order(orders)

    def go_to(self, pos: Position | None, *, focus_list: bool = True) -> None:
        """Select the field at `pos` in the list and on the image (scrolled into view)."""
        if pos is None:
            return
        page, index = pos
        if page != self.fields.page_index:
            self.fields.set_page(page)
        self.services.select_field(index)
        if focus_list:
            self.fields.focus_list()

    def has_pending_edit(self) -> bool:
        return self.fields.has_pending_edit()

    # --- keys ----------------------------------------------------------------------------------
    def _confirm_current(self) -> Position | None:
        """Commit what was typed, else confirm an untouched field as it is."""
        pos = self.current()
        if pos is None:
            return None
        if self.fields.has_pending_edit():
            self.fields.commit_pending()
        elif self.session.field(*pos).state == FieldState.UNREVIEWED:
            self.session.set_state(pos[0], pos[1], FieldState.CONFIRMED)
        return pos

    def confirm_and_next(self) -> None:
        """Enter: confirm (or commit) and go to the next field needing attention, else the next.
        A correction the clerk just typed that fails a check (an error, not a warning) keeps the
        field on screen with its message: the next Enter moves on (checks never block)."""
        attention = self.attention()
        if attention is None:
            return
        with self.fields.editor_held():
            self._confirm_and_next(attention)

    def _confirm_and_next(self, attention: Attention) -> None:
        typed = self.fields.take_cell_commit() or self.fields.has_pending_edit()
        pos = self._confirm_current()
        severities = {c.severity for c in self.session.field(*pos).checks} if pos is not None else set()
        if typed and severities & {Severity.ERROR, Severity.WARNING}:  # a warning stops once too
            self.fields.focus_list()
            if Severity.ERROR in severities:
                self.services.status_label.setText(i18n.tr("The corrected value fails a check (shown under "
                                                           "it); Enter goes on as it is"))
            else:
                self.services.status_label.setText(i18n.tr("The corrected value raises a warning (shown "
                                                           "under it); Enter goes on as it is"))
            return
        self.go_to(next_field(self.order(), pos, attention.needs))

    def confirm_and_stay(self) -> None:
        """Shift+Enter: confirm (or commit) and stay on the field."""
        self.fields.take_cell_commit()
        if self.attention() is None:
            return
        self._confirm_current()
        self.fields.focus_list()

    def move(self, delta: int) -> None:
        """Tab / Shift+Tab: to the next or previous field, whatever it needs (a typed value is kept)."""
        if self.session.document is None:
            return
        self.fields.commit_pending()
        self.go_to(step(self.order(), self.current(), delta))

    def start_edit(self, text: str | None) -> bool:
        return self.fields.start_edit(text)

    def cancel_edit(self) -> None:
        self.fields.cancel_edit()

    # --- actions -------------------------------------------------------------------------------
    def accept_suggestion(self) -> None:
        """Alt+Enter: take the suggested value of the current field and go on to the next field
        needing attention."""
        attention = self.attention()
        pos = self.current()
        if attention is None or pos is None:
            return
        if self.fields.has_pending_edit():
            self.fields.cancel_edit()  # the suggestion is for the value as it is, not what was typed
        if self.session.accept_suggestion(*pos):
            self.go_to(next_field(self.order(), pos, attention.needs))
        else:
            self.services.status_label.setText(i18n.tr("This field has no suggestion."))

    def confirm_all(self) -> None:
        """Ctrl+Shift+Enter: confirm every unreviewed field that needs no attention, as one step;
        then go to the first field that still needs attention."""
        self.fields.commit_pending()
        attention = self.attention()
        if attention is None:
            return
        count = self.session.confirm_many(attention.high_confidence())
        left = attention.pending()
        self.services.status_label.setText(i18n.tr("Confirmed {n} high-confidence fields; {left} need "
                                                   "attention").format(n=count, left=len(left)))
        pos = self.current()
        if pos is None or not attention.needs(pos):
            self.go_to(first_needing(self.order(), attention.needs) or pos)
        else:
            self.fields.focus_list()

    def sign_off(self) -> None:
        """Ctrl+Enter: the clerk's sign-off (every untouched field accepted, document reviewed).
        With errors, fields needing attention or empty required fields left, it asks first; the
        default goes to the first of them and signs nothing off."""
        self.fields.commit_pending()
        doc = self.session.document
        if doc is None:
            return
        record = open_problems(doc, self.fields.model.thresholds)
        changes = doc.review.status != ReviewStatus.REVIEWED or record.accepted
        if changes and record.open_problems and self.ask_signoff(record) != SIGN_OFF:
            attention = self.attention()
            assert attention is not None
            self.go_to(first_problem(doc, self.order(), attention.needs))
            self.services.status_label.setText(i18n.tr("Not signed off: this field needs a look first"))
            return
        self.session.sign_off(record)
        errors, warnings = checks_summary(doc)
        if record.open_problems:
            text = i18n.tr("Marked reviewed with problems left ({errors} errors, {attention} needing "
                           "attention): recorded in the review file").format(
                               errors=record.errors, attention=record.attention)
        else:
            text = i18n.tr("Marked reviewed ({errors} errors, {warnings} warnings remain)").format(
                errors=errors, warnings=warnings)
        self.services.status_label.setText(text)

    def ask_signoff(self, record: SignoffRecord) -> str:
        """"first" (go to the first open problem: the default) or "signoff". Replaced in tests."""
        return ask_signoff(self.host, record)

    def reject(self) -> None:
        self.fields.commit_pending()
        if self.session.document is None:
            return
        reason = self.ask_reject_reason()
        if reason and self.session.reject(reason):
            self.services.status_label.setText(i18n.tr("Document rejected"))

    def ask_reject_reason(self) -> str | None:
        """The reason for a rejection (None: cancelled). Replaced in tests."""
        text, ok = QInputDialog.getMultiLineText(self.host, i18n.plain(i18n.tr("&Reject Document…")),
                                                 i18n.tr("Why is this document rejected?"))
        return text.strip() if ok and text.strip() else None

    def undo(self) -> None:
        self.fields.commit_pending()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.fields.commit_pending()
        self.session.undo_stack.redo()

    def show_sheet(self) -> ShortcutSheet:
        from ..dialogs.shortcut_sheet import ShortcutSheet  # at the first F1, not at every start (issue 12)

        sheet = ShortcutSheet(self.host)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        self.sheet = sheet
        return sheet

    # --- reacting ------------------------------------------------------------------------------
    def _on_document_changed(self) -> None:
        attention = self.attention()
        if attention is not None and attention.positions():
            order = self.order()
            self.go_to(first_needing(order, attention.needs) or order[0])
        self.update_summary()

    def update_summary(self) -> None:
        doc = self.session.document
        if doc is None:
            self.summary_label.clear()
            return
        errors, warnings = checks_summary(doc)
        attention = self.attention()
        pending = len(attention.pending()) if attention is not None else 0
        status = i18n.tr_from(_REVIEW_WORDS, f"review.{doc.review.status}")
        error_color = css(text_color("error" if errors else "info", role=QPalette.ColorRole.Window))
        warning_color = css(text_color("warning" if warnings else "info", role=QPalette.ColorRole.Window))
        parts = [
            f'<span style="color:{error_color}">' + i18n.tr("Errors: {n}").format(n=errors) + '</span>',
            f'<span style="color:{warning_color}">' + i18n.tr("Warnings: {n}").format(n=warnings) + '</span>',
            i18n.tr("Need attention: {n}").format(n=pending),
            f"<b>{status}</b>",
        ]
        self.summary_label.setText(" · ".join(parts))
        tip = i18n.tr("Checks never block saving.")
        if doc.review.status == ReviewStatus.REJECTED:
            reason = next((h.note for h in reversed(doc.review.history) if h.new == "rejected"), None)
            tip += "\n" + i18n.tr("Reason: {reason}").format(reason=reason or "")
        self.summary_label.setToolTip(tip)


def install(services: FlowServices) -> ReviewFlow:
    """Create the flow and its status-bar summary on the window (`services.host`)."""
    flow = ReviewFlow(services)
    window = services.host
    # A long message (a saved path) must not squeeze the summary out of the status bar.
    services.status_label.setMinimumWidth(80)
    services.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    window.statusBar().addPermanentWidget(flow.summary_label)
    flow.retranslate()
    return flow
