"""The team queue in the window: File › Connect to Team Queue, a queue panel, and Ctrl+Enter that
signs off, submits and claims the next document (docs/team-queue.md).

Every database call and every OCR run happens on the flow's own worker (an `IoWorker`: one
thread, in order); the lease is renewed by `core.team.claims.Heartbeat` on its own thread and
connection. The claimed document's files and review file live in the user's data folder
(owner-only). Losing the connection keeps the signed-off review there as a pending submit, tried
again every `RETRY_MS`; if the lease was taken meanwhile, the review is kept as a conflict for a
supervisor (in the database, or in the folder if the database cannot be reached), never dropped.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ...core.atomic import write_text_atomic
from ...core.errors import AppError
from ...core.lazy import lazy_module
from ...core.paths import data_dir, private_dir
from ...core.team.errors import TeamError
from .. import i18n
from ..dialogs.team_dialog import TeamConnectDialog
from ..window.window_fit import add_dock
from ..workers.io_worker import IoWorker

if TYPE_CHECKING:
    from ...core.team import claims, clerk, db, figures, pending
    from ..window.window_services import WindowServices
else:  # the database, the claims and their figures load when the clerk first connects (issue 12)
    claims = lazy_module("desktop_app.core.team.claims")
    clerk = lazy_module("desktop_app.core.team.clerk")
    db = lazy_module("desktop_app.core.team.db")
    figures = lazy_module("desktop_app.core.team.figures")
    pending = lazy_module("desktop_app.core.team.pending")

RETRY_MS = 15_000
COUNTS_MS = 10_000


class TeamFlow:
    def __init__(self, services: WindowServices) -> None:
        self.services = services
        self.session = services.session
        window = services.host  # the Qt parent of the dock, the timers and the worker
        self.worker = IoWorker(window)  # database and OCR off the GUI thread, one call at a time
        self.url: str | None = None
        self.claim: claims.Claim | None = None
        self.review_path: Path | None = None
        self._conn = None  # used on the worker only
        self._beat: claims.Heartbeat | None = None
        self.pending: list[Path] = []  # signed off, not yet accepted by the database
        self._claiming = False  # a claim is under way: never two at once
        self.can_claim = True
        self.act_connect = services.commands["team_connect"]  # menu and text: gui/window/action_table.py
        self.act_connect.triggered.connect(lambda _c=False: self.connect_dialog())
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.label)
        self.figures_label = QLabel()  # a supervisor's login sees every clerk's figures here
        self.figures_label.setWordWrap(True)
        layout.addWidget(self.figures_label)
        layout.addStretch(1)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("TeamQueueDock")
        self.dock.setWidget(body)
        add_dock(window, self.dock)  # where the clerk left it, else hidden at the left
        self.counts: dict[str, int] = {}
        self.retry_timer = QTimer(window)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_pending)
        self.counts_timer = QTimer(window)
        self.counts_timer.setInterval(COUNTS_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.session.signedOff.connect(self._on_signed_off)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.dock.setWindowTitle(i18n.tr("Team queue"))
        self._show_state()

    def _show_state(self) -> None:
        if self.url is None:
            self.label.setText(i18n.tr("Not connected. File › Connect to Team Queue."))
            return
        lines = [i18n.tr("Connected to {url}").format(url=db.safe_url(self.url))]
        if self.claim is not None:
            kind = i18n.tr("second check") if self.claim.kind == "qa" else i18n.tr("review")
            lines.append(
                i18n.tr("Working on document {id} ({kind}), held until {until}").format(
                    id=self.claim.document_id, kind=kind,
                    until=self.claim.lease_until.astimezone().strftime("%H:%M:%S")))
        else:
            lines.append(i18n.tr("No document claimed."))
        if self.counts:
            lines.append(i18n.tr("Waiting {waiting} · second checks {qa} · being reviewed {claimed} · done "
                                 "{done} · for the supervisor {disputed}").format(
                                     waiting=self.counts.get("waiting", 0),
                                     qa=self.counts.get("qa_waiting", 0),
                                     claimed=self.counts.get("claimed", 0) + self.counts.get("qa_claimed", 0),
                                     done=self.counts.get("done", 0),
                                     disputed=self.counts.get("disputed", 0)))
        if self.pending:
            lines.append(i18n.tr("%n signed-off review(s) wait to be submitted "
                                 "(no connection).", None, len(self.pending)))
        self.label.setText("\n".join(lines))

    # --- connecting ---------------------------------------------------------------------------------
    def folder(self) -> Path:
        return private_dir(private_dir(data_dir() / "team"))

    def connect_dialog(self) -> None:
        dialog = TeamConnectDialog(self.services.host, self.services.settings.team_url)
        if dialog.exec():
            url, password = dialog.values()
            self.connect(url, password)

    def connect(self, url: str, password: str | None = None) -> None:
        """Remember the URL (without its password), the password in the keyring, and claim."""
        # imported here, on the GUI thread, before the worker's first use of any of them
        from ...core.team import claims, clerk, db, figures, pending  # noqa: F401
        parts_password = password
        safe = db.safe_url(url)
        if safe != url:  # a password typed into the URL goes to the keyring, not to the settings
            from urllib.parse import urlsplit

            parts_password = parts_password or urlsplit(url).password
        if parts_password and not db.remember_password(safe, parts_password):
            self.services.message_bar.show_message(i18n.tr("There is no system keyring: the password is kept "
                                                           "for this session only."), "warning")
        self.services.settings.team_url = safe
        self.close_connection()
        self.url, self.can_claim = safe, True
        self.dock.show()
        self.counts_timer.start()
        # a closed window's unsent work (the folder is made and read on the worker, not here)
        self.worker.submit(lambda: pending.kept(self.folder()), self._on_kept)
        self.claim_next()

    def _on_kept(self, kept: list[Path] | None, error: AppError | None) -> None:
        new = [p for p in kept or [] if p not in self.pending]
        self.pending += new
        for path in new:
            self._submit(path)

    def _db(self):
        """The worker's connection (opened again after a failure)."""
        if self._conn is None or self._conn.closed:
            self._conn = db.connect(self.url)
        return self._conn

    def _drop(self) -> None:
        db.close_quietly(self._conn)
        self._conn = None

    def close_connection(self) -> None:
        self._stop_beat()
        conn, self._conn = self._conn, None
        if conn is not None:
            self.worker.submit(lambda: db.close_quietly(conn))

    # --- claiming -----------------------------------------------------------------------------------
    def claim_next(self) -> None:
        if self.url is None or self.claim is not None or self._claiming or not self.can_claim:
            return
        self._claiming = True
        folder = self.folder()
        timeout = self.services.settings.timeout

        def work():
            try:
                claim = claims.claim_next(self._db())
                if claim is None:
                    return None
                out = folder / f"document-{claim.document_id}-claim-{claim.id}.review.json"
                return clerk.prepare(self._db(), claim, out, timeout=timeout)
            except TeamError as exc:
                if exc.code == "team.connect":
                    self._drop()
                raise

        self.services.say(i18n.tr("Claiming the next document…"))
        self.worker.submit(work, self._on_claimed)

    def _on_claimed(self, taken: clerk.Taken | None, error: AppError | None) -> None:
        self._claiming = False
        if isinstance(error, TeamError) and error.code == "team.denied":
            self.can_claim = False  # a supervisor's login: figures, no claims
            self.refresh_counts()
            return
        if error is not None:
            self.services.message_bar.show_error(error, retry=self.claim_next)
            return
        self.refresh_counts()
        if taken is None:
            self.services.say(i18n.tr("Nothing is waiting in the team queue."))
            self._show_state()
            return
        self.claim, self.review_path = taken.claim, taken.out
        url = self.url or ""
        self._beat = claims.Heartbeat(lambda: db.connect(url), taken.claim,
                                      every=max(1.0, self._lease_left() / 3)).start()
        self._show_state()
        self.services.open_paths([str(taken.out)])

    def _lease_left(self) -> float:
        from datetime import UTC, datetime

        if self.claim is None:
            return 30.0
        return (self.claim.lease_until - datetime.now(UTC)).total_seconds()

    def _stop_beat(self) -> None:
        beat, self._beat = self._beat, None
        if beat is not None:
            beat.stop()

    # --- submitting ---------------------------------------------------------------------------------
    def _on_signed_off(self) -> None:
        if self.claim is None or self.session.review_path != self.review_path:
            return  # not the team's document
        QTimer.singleShot(0, self._save_and_submit)

    def _save_and_submit(self) -> None:
        if self.session.dirty and not self.services.save(wait=True):
            return  # not saved: stay on it
        path = self.review_path
        if path is None:
            return  # already submitted
        self._stop_beat()
        self.claim, self.review_path = None, None
        self.pending.append(path)
        self.worker.submit(lambda: pending.remember(self.folder(), path))  # kept across a restart too
        self._submit(path)

    def _submit(self, path: Path) -> None:
        def work():
            text = path.read_text(encoding="utf-8")
            try:
                return claims.submit(self._db(), text)
            except TeamError as exc:
                if exc.code == "team.claim_lost":
                    return self._keep_conflict(path, text)
                if exc.code == "team.connect":
                    self._drop()
                raise

        self.worker.submit(work, lambda result, error: self._on_submitted(path, result, error))

    def _keep_conflict(self, path: Path, text: str) -> str:
        try:
            claims.keep_conflict(self._db(), text)
        except TeamError:  # the database is away as well: keep it in the folder
            target = private_dir(self.folder() / "conflicts") / path.name
            write_text_atomic(target, text, private=True)
        return "conflict"

    def _on_submitted(self, path: Path, result, error: AppError | None) -> None:
        if error is not None:
            if isinstance(error, TeamError) and error.code == "team.connect":
                self.services.message_bar.show_message(i18n.tr("The team database cannot be reached. Your "
                                                               "signed-off review is kept and will be "
                                                               "submitted when the connection "
                                                               "returns."), "warning")
                self.retry_timer.start()
                self._show_state()
                return
            self.services.message_bar.show_error(error)
            return
        with contextlib.suppress(ValueError):
            self.pending.remove(path)
        self.worker.submit(lambda: pending.forget(self.folder(), path))
        if not self.pending:
            self.retry_timer.stop()
        if result == "conflict":
            self.services.message_bar.show_message(i18n.tr("Another clerk took this document while you were "
                                                           "away. Your review was kept for the "
                                                           "supervisor."), "warning")
        else:
            self.services.say(i18n.tr("Submitted document {id}.").format(id=result.document_id))
        self._show_state()
        self.claim_next()

    def retry_pending(self) -> None:
        for path in list(self.pending):
            self._submit(path)

    # --- the queue panel ----------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        if self.url is None:
            return

        def work():
            try:
                counts = claims.queue_counts(self._db())
            except TeamError:
                self._drop()
                raise
            try:
                report = figures.status(self._db())
            except TeamError:  # a clerk's login may not read the others' figures
                report = None
            return counts, report

        def done(result, error) -> None:
            if error is None:
                counts, report = result
                self.counts = counts
                self._show_figures(report)
                if self.claim is None and not self.pending and counts.get("waiting", 0) + counts.get(
                        "qa_waiting", 0):
                    self.claim_next()  # idle, and work arrived meanwhile
            self._show_state()

        self.worker.submit(work, done)


    def _show_figures(self, report: dict | None) -> None:
        if not report or not report.get("clerks"):
            self.figures_label.clear()
            return
        lines = [i18n.tr("Figures per clerk (documents · fields corrected · s per document · disagreement):")]
        for name, f in sorted(report["clerks"].items()):
            rate = "–" if f["qa_disagreement_rate"] is None else f"{f['qa_disagreement_rate']:.0%}"
            per = "–" if f["seconds_per_document"] is None else f"{f['seconds_per_document']:.0f}"
            lines.append(
                i18n.tr("{name}: {documents} · {corrected} · {seconds} s · {rate}").format(
                    name=name, documents=f["documents"], corrected=f["fields_corrected"], seconds=per,
                    rate=rate))
        self.figures_label.setText("\n".join(lines))

    def shutdown(self) -> None:
        """The window closes: stop renewing (an unsubmitted claim returns after its lease; the
        review itself is kept as the window's draft) and close the connection."""
        self.retry_timer.stop()
        self.counts_timer.stop()
        self.close_connection()
        self.worker.flush(10_000)


def install(services: WindowServices) -> TeamFlow:
    return TeamFlow(services)
