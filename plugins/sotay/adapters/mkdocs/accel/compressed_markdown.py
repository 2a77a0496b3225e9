"""Generated pages' Markdown held compressed, from the moment our plugins add it to the moment its page is written.

MkDocs holds every file until the build ends, and a large base's generated pages are most of its Markdown (as
Python text, two bytes a Vietnamese character): compressed, a fifth of it. A generated file's content is moved into
a compressed holder (`Compressed`, a File whose `_content` reads it back: internals.py names this use of MkDocs), and
let go once the page is written.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from mkdocs.structure.files import File


class Compressed(File):
    """A generated file whose text content waits compressed."""

    _compressed: bytes | None = None

    @property
    def _content(self) -> str | None:  # what File's content_bytes and content_string read
        return None if self._compressed is None else zlib.decompress(self._compressed).decode("utf-8")

    @_content.setter
    def _content(self, value: str | None) -> None:
        self._compressed = None if value is None else zlib.compress(value.encode("utf-8"), 1)


def compress_generated(files: Iterable[File]) -> None:
    """Every generated documentation page with text content, compressed in place."""
    for file in files:
        content = file.__dict__.get("_content")
        if file.generated_by is not None and isinstance(content, str) and file.is_documentation_page():
            del file.__dict__["_content"]
            file.__class__ = Compressed
            file._content = content


def let_go(file: File) -> None:
    """The page is written: its Markdown is of no further use."""
    if isinstance(file, Compressed):
        file._compressed = None
