"""Pages' written outputs kept by fingerprint, so that a build writes an unchanged page without rendering it."""

from __future__ import annotations

import zlib
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import write_file

from .store import ResultStore

STORE_DIR = Path(".cache", "sotay", "pages")  # under the base's root, outside the folders `mkdocs serve` watches


class PageStore:
    def __init__(self, directory: Path):
        self._store = ResultStore(directory)

    def write_stored(self, file: File, fingerprint: str) -> frozenset[str] | None:
        """Write the page's stored output to its place in the site; the anchors stored with it, or None when
        nothing is stored for `fingerprint`."""
        stored = self._store.get(file.src_uri, fingerprint)
        if stored is None:
            return None
        output, anchors = stored
        write_file(zlib.decompress(output), file.abs_dest_path)
        return anchors

    def keep(self, file: File, fingerprint: str, output: str, anchors: frozenset[str]) -> None:
        """Keep the output MkDocs is about to write for the page (encoded as MkDocs encodes it) and its anchors."""
        data = zlib.compress(output.encode("utf-8", errors="xmlcharrefreplace"), 1)
        self._store.put(file.src_uri, fingerprint, (data, anchors))
