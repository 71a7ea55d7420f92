"""The window's parts the clerk does not see at start, made in the first turn after the first paint
(issue 12: start to mapped window; docs/adr/0022-the-window-first-its-hidden-parts-after.md).

The queue and team docks start hidden, and the export, presentation, samples, About and Service menu
commands are only reached through a menu or a key: their modules (and the core they import: the batch,
the queue's review files, exports, the team queue's errors) were ~a third of the start's imports.
`install` makes them all at once, so the window either has none of them or every one, and a part
asked for earlier (by a test, a drop, a folder on the command line) makes them then. Their docks,
made after the window's saved state was restored, get their saved place back
(gui/window/window_fit.py `add_dock`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from ..flows.about_flow import AboutFlow
    from ..flows.batch_panel import BatchFlow
    from ..flows.export_flow import ResultsFlow
    from ..flows.navigation import Navigation
    from ..flows.presentation import PresentationFlow
    from ..flows.sample_menu import SampleMenu
    from ..flows.team_flow import TeamFlow
    from .window_fit import KeepOnScreen

T = TypeVar("T")


@dataclass
class LateParts:
    batch: BatchFlow  # the queue dock: folders and many files, N at a time
    results: ResultsFlow  # File › Export, Help › Report (issue 14)
    presentation: PresentationFlow
    team: TeamFlow  # File › Connect to Team Queue: the team's PostgreSQL queue
    about: AboutFlow  # Help › About: version and licences
    samples: SampleMenu  # File › Open Sample: the demo's bundled samples
    navigation: Navigation  # the Service menu, next/previous page and document keys
    on_screen: KeepOnScreen  # the docks never push the window off the screen


LATE_NAMES = frozenset(f.name for f in fields(LateParts))


class LatePart(Generic[T]):
    """`window.batch` and the like: the late part of that name, made (with all the others) when
    first asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type | None = None) -> LatePart[T]: ...
    @overload
    def __get__(self, window: object, owner: type | None = None) -> T: ...

    def __get__(self, window: Any, owner: type | None = None) -> T | LatePart[T]:
        if window is None:
            return self  # the class's own attribute (mock.patch.object, hasattr on the class)
        return getattr(window.late, self.name)


LATE_FAILED = "the window's hidden parts could not be made"


class LateHost:
    """The main window's side (a mixin): `late` makes the late parts once, all or none; one that
    could not be made is said once and never made twice (a second queue dock)."""

    # made in the first turn after the first paint (window_start.py), or when first asked for
    batch: LatePart[BatchFlow] = LatePart()
    results: LatePart[ResultsFlow] = LatePart()
    presentation: LatePart[PresentationFlow] = LatePart()
    team: LatePart[TeamFlow] = LatePart()
    about: LatePart[AboutFlow] = LatePart()
    samples: LatePart[SampleMenu] = LatePart()
    navigation: LatePart[Navigation] = LatePart()
    on_screen: LatePart[KeepOnScreen] = LatePart()
    _late: LateParts | None = None
    _making_late = False
    late_error: BaseException | None = None  # why they could not be made (start_check.py)

    @property
    def late(self) -> LateParts:
        """The parts not seen at start, made now if they were not yet."""
        if self._late is None:
            if self.late_error is not None:
                raise RuntimeError(LATE_FAILED) from self.late_error
            if self._making_late:
                raise RuntimeError("a late part asked for while the late parts are being made")
            self._making_late = True
            try:
                self._late = install(self)
            except Exception as exc:
                self.late_error = exc
                raise RuntimeError(LATE_FAILED) from exc
            finally:
                self._making_late = False
            self.retranslate()  # their texts, and their controls' accessible names
        return self._late

    @property
    def has_late_parts(self) -> bool:
        return self._late is not None

    def retranslate(self) -> None:
        raise NotImplementedError  # the window's own (main_window.py)


def install(window: Any) -> LateParts:
    """Make the late parts of `window` (a MainWindow whose early parts all exist)."""
    from PySide6.QtCore import QTimer

    from ..flows.about_flow import install_about
    from ..flows.batch_panel import install as install_batch
    from ..flows.export_flow import install as install_results
    from ..flows.navigation import install as install_navigation
    from ..flows.presentation import install as install_presentation
    from ..flows.sample_menu import install as install_samples
    from ..flows.team_flow import install as install_team
    from .window_fit import KeepOnScreen
    from .window_layout import FIELDS_MIN_WIDTH

    services = window.services
    batch = install_batch(services)
    batch.unloadable = window.saving.unloadable  # a folder's reviews that stand for nothing
    team = install_team(services)
    parts = LateParts(
        batch=batch, results=install_results(services),
        presentation=install_presentation(services, window.fields, window.canvas, window.face),
        team=team, about=install_about(window), samples=install_samples(services),
        navigation=install_navigation(services, window.fields, window.pages.strip, batch),
        on_screen=KeepOnScreen(window, window.fields, FIELDS_MIN_WIDTH,
                               (window.face_dock, batch.dock, team.dock)))
    # a dock restored shown (the clerk left it open) came after the window was fitted to the screen
    QTimer.singleShot(0, parts.on_screen, parts.on_screen.refit)
    return parts
