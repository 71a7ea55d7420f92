"""AIGEN's boxes to the displayed pixel space: pixel boxes, normalised boxes, v1's rectangles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Polygon
from ..prepared import PageGeometry, PreparedImage, rect_to_points
from .common import is_points


def geometry_for(images: Sequence[PreparedImage], index: int) -> PageGeometry | None:
    if not images or not images[0].pages:
        return None
    pages = images[0].pages
    return pages[index] if index < len(pages) else pages[0]


def _unmapped(points: Sequence[Sequence[float]]) -> Polygon:
    return tuple((float(x), float(y)) for x, y in points)  # type: ignore[return-value]


def pixel_polygon(geometry: PageGeometry | None, points: Sequence[Sequence[float]]) -> Polygon:
    return geometry.pixel_to_display(points) if geometry else _unmapped(points)


def norm_polygon(geometry: PageGeometry | None, points: Sequence[Sequence[float]]) -> Polygon | None:
    if geometry is None:
        return None  # a normalised box needs the page size
    if any(not -0.01 <= c <= 1.01 for point in points for c in point):
        return None
    return geometry.norm_to_display(points)


def polygons(value: Any) -> list[list[list[float]]]:
    """The valid 4-point polygons of `bboxes`: a list of polygons, or (passport face) one polygon."""
    if is_points(value):
        return [value]
    if not isinstance(value, list):
        return []
    return [polygon for polygon in value if is_points(polygon)]


def boxes_from(entry: dict[str, Any], geometry: PageGeometry | None,
               pixel_key: str = "bboxes", norm_key: str = "bboxes_norm") -> list[Polygon]:
    """Pixel boxes mapped to display; the normalised ones only when no pixel box is usable."""
    pixel = polygons(entry.get(pixel_key))
    if pixel:
        return [pixel_polygon(geometry, polygon) for polygon in pixel]
    mapped = [norm_polygon(geometry, polygon) for polygon in polygons(entry.get(norm_key))]
    return [polygon for polygon in mapped if polygon is not None]


def rect_points(value: Any) -> list[tuple[float, float]] | None:
    """`[x, y, w, h]` of finite non-negative size as four points, else None."""
    if not is_points([value[:2], value[2:]] if isinstance(value, list) and len(value) == 4 else None, 2):
        return None
    x, y, w, h = (float(v) for v in value)
    if w <= 0 or h <= 0:
        return None
    return rect_to_points(x, y, w, h)
