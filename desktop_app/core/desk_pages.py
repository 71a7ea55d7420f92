"""Which file and page each page of the open document shows (a mixin of `desk.DocumentSession`)."""

from __future__ import annotations

from pathlib import Path

from .model import Document


class PageSources:
    image_paths: list[Path]
    page_counts: list[int]
    document: Document | None
    review_path: Path | None
    source_problems: list[str]

    @property
    def has_images(self) -> bool:
        return bool(self.image_paths)

    def display_name(self) -> str:
        if self.review_path is not None:
            return self.review_path.name
        if self.image_paths:
            return " + ".join(p.name for p in self.image_paths)
        return ""

    def withheld(self, source: int) -> bool:
        """True when source `source` of the open review is not the file it was made from: its
        image is never shown (nor a crop or thumbnail of it) and never sent."""
        doc = self.document
        return (doc is not None and bool(self.source_problems) and 0 <= source < len(doc.sources)
                and doc.sources[source].path in self.source_problems)

    def image_for_page(self, page_index: int) -> Path | None:
        """The image file that page `page_index` of the document shows (its source)."""
        if self.document is not None and 0 <= page_index < len(self.document.pages):
            source = self.document.pages[page_index].source
            if self.withheld(source):
                return None
            if 0 <= source < len(self.image_paths):
                return self.image_paths[source]
        return self.image_paths[0] if self.image_paths else None

    def page_source(self, page_index: int) -> tuple[Path, int] | None:
        """(image file, page within that file) that page `page_index` shows: a PDF or TIFF page is
        rendered from its own file; before any OCR, page i of the open file(s). None for a page
        whose file is withheld (`withheld`)."""
        doc = self.document
        if doc is not None and 0 <= page_index < len(doc.pages):
            page = doc.pages[page_index]
            if self.withheld(page.source):
                return None
            if 0 <= page.source < len(self.image_paths):
                return self.image_paths[page.source], page.source_page
        if doc is None:
            before_ocr = self._pages_before_ocr()
            if 0 <= page_index < len(before_ocr):
                return before_ocr[page_index]
        return (self.image_paths[0], 0) if self.image_paths else None

    def _pages_before_ocr(self) -> list[tuple[Path, int]]:
        counts = self.page_counts if len(self.page_counts) == len(self.image_paths) else []
        return [(path, page) for path, count in zip(self.image_paths, counts or [1] * len(self.image_paths),
                                                    strict=True) for page in range(max(1, count))]

    def page_sources(self) -> list[tuple[str, int]]:
        """`page_source` of every page (the page strip's entries); a withheld page has no file ("")."""
        doc = self.document
        if doc is None:
            return [(str(path), page) for path, page in self._pages_before_ocr()]
        if not self.image_paths:
            return []
        found = [self.page_source(i) for i in range(len(doc.pages))]
        return [(str(f[0]), f[1]) if f is not None else ("", 0) for f in found]

    def set_page_counts(self, paths: list[Path], counts: list[int]) -> bool:
        """The page counts of `paths`, read on a worker; False (ignored) when other files are open
        by now or nothing changed."""
        if paths != self.image_paths or len(counts) != len(paths) or counts == self.page_counts:
            return False
        self.page_counts = list(counts)
        return True
