"""What image preparation hands to a provider, and how boxes map back to the clerk's view.

`imageprep` produces a `PreparedImage` for each source file; a provider's parser uses its
`PageGeometry` to bring every box the API returns into the page's displayed pixel space
(EXIF-corrected, original size), whatever scaling happened before upload.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .model import Point, Polygon, SentImage


@dataclass(frozen=True)
class PageGeometry:
    """One page: its size as the clerk sees it and as it was sent."""

    display_width: int
    display_height: int
    sent_width: int
    sent_height: int

    @property
    def scale_x(self) -> float:
        return self.sent_width / self.display_width

    @property
    def scale_y(self) -> float:
        return self.sent_height / self.display_height

    def pixel_to_display(self, points: Sequence[Sequence[float]]) -> Polygon:
        """Sent-image pixel points -> displayed pixels, clamped to the page."""
        return _clamp(self, [(float(x) / self.scale_x, float(y) / self.scale_y) for x, y in points])

    def norm_to_display(self, points: Sequence[Sequence[float]]) -> Polygon:
        """Normalised [0, 1] points -> displayed pixels, clamped to the page."""
        return _clamp(self, [(float(x) * self.display_width, float(y) * self.display_height)
                             for x, y in points])


def _clamp(geometry: PageGeometry, points: list[Point]) -> Polygon:
    w, h = geometry.display_width, geometry.display_height
    clamped = [(min(max(x, 0.0), float(w)), min(max(y, 0.0), float(h))) for x, y in points]
    return tuple(clamped)  # type: ignore[return-value]


def rect_to_points(x: float, y: float, w: float, h: float) -> list[tuple[float, float]]:
    """An `[x, y, w, h]` rectangle as four corner points, clockwise from top-left."""
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


@dataclass
class PreparedImage:
    """One source file, ready to send. The user's file on disk is never modified."""

    path: Path
    sha256: str  # of the user's original file
    data: bytes  # what is uploaded
    mime: str  # "image/jpeg", "image/png" or "application/pdf"
    pages: list[PageGeometry]  # one for an image, one per page for a PDF/TIFF
    rotation: int = 0  # degrees clockwise applied from EXIF orientation
    original_width: int = 0  # displayed size of the first page (after EXIF)
    original_height: int = 0
    notes: list[str] = field(default_factory=list)  # e.g. "shrunk from 12000x9000"

    def sent(self, source_index: int) -> SentImage:
        first = self.pages[0]
        return SentImage(source=source_index, width=first.sent_width, height=first.sent_height,
                         scale_x=first.scale_x, scale_y=first.scale_y, rotation=self.rotation,
                         bytes=len(self.data), mime=self.mime)
