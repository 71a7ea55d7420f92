"""Is each source a review file names still the file it was made from? (path and sha256)

A review file is data from anywhere: its `sources` could point at someone else's scan. Before the
window shows an opened review as its image, or sends that image anywhere, each source is hashed
and compared; a missing file, a file that is not a regular file, or other bytes are a mismatch.
"""

from __future__ import annotations

from .files import sha256_of
from .model import Document


def mismatched_sources(document: Document) -> list[str]:
    """The paths of the sources that are not (or no longer) the file the document was read from."""
    wrong = []
    for source in document.sources:
        try:
            same = sha256_of(source.path) == source.sha256
        except OSError:
            same = False
        if not same:
            wrong.append(source.path)
    return wrong
