"""Turn the core's (path, content) pairs and packaged assets into MkDocs `File.generated` objects."""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from sotay.core.memo import memo

from .memory import Trimmer

ASSETS_DIR = Path(__file__).resolve().parents[2] / "core" / "assets"
ASSETS_URL = "assets/sotay"
SPILL_DIR = Path(".cache", "sotay")  # under the base's root, outside the watched folders: what a build writes to read back


def add_pairs(files: Files, config: MkDocsConfig, pairs: Iterable[tuple[str, str | bytes]], spill: Spill | None = None) -> None:
    """Add generated pages or assets, replacing any file of the same path (a rebuild must not duplicate).
    `spill`: texts wait compressed in it until read (PackedFile), for a build's memory; `mkdocs serve` would
    rather spend no time."""
    trimmer = Trimmer()
    for path, content in pairs:
        trimmer.tick()  # each pair's text goes once added
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        if spill is not None and isinstance(content, str):
            files.append(PackedFile.generated(config, path, content=spill.put(zlib.compress(content.encode("utf-8"), 1))))
        else:
            files.append(File.generated(config, path, content=content))


class Spill:
    """Bytes written to an unnamed temporary file and read back when asked: what a build would otherwise hold
    until the end (the file goes when closed, or with the process)."""

    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        self._file = tempfile.TemporaryFile(dir=directory)

    def put(self, data: bytes) -> Spilled:
        return Spilled(self, self._file.seek(0, os.SEEK_END), self._file.write(data))

    def read(self, offset: int, length: int) -> bytes:
        self._file.seek(offset)
        return self._file.read(length)

    def close(self) -> None:
        self._file.close()


class Spilled(NamedTuple):
    """Where `Spill.put` wrote some bytes."""

    spill: Spill
    offset: int
    length: int

    def read(self) -> bytes:
        return self.spill.read(self.offset, self.length)


class PackedFile(File):
    """A generated page whose Markdown waits zlib-compressed (a fifth of its `str`: 4.6× less on the generated
    corpus) in a spill file until MkDocs reads it: MkDocs holds every file until the build ends, and the pages
    of a large base are its largest part (10,000 documents: 12 MB compressed). Made with its content spilled."""

    _spilled: Spilled | None = None

    @property
    def _content(self) -> str | None:  # what File reads; File.generated sets it
        return None if self._spilled is None else zlib.decompress(self._spilled.read()).decode("utf-8")

    @_content.setter
    def _content(self, value: Spilled | None) -> None:
        self._spilled = value

    def let_go(self) -> None:
        """Its page is written: the Markdown is of no further use."""
        self._spilled = None


def asset_pairs() -> list[tuple[str, bytes]]:
    """Every packaged CSS/JS asset as ("assets/sotay/NAME", bytes)."""
    return [(f"{ASSETS_URL}/{path.relative_to(ASSETS_DIR).as_posix()}", path.read_bytes())
            for path in sorted(ASSETS_DIR.rglob("*")) if path.is_file()]


def add_scripts(config: MkDocsConfig, names: tuple[str, ...]) -> None:
    """Packaged scripts on every page, once even when `serve` reuses the config. Classic scripts with `defer`:
    they run in this order once the page is parsed, so a script's dependencies come before it in `names`."""
    present = {str(script) for script in config.extra_javascript}
    for name in names:
        if f"{ASSETS_URL}/{name}" not in present:
            script = ExtraScriptValue(f"{ASSETS_URL}/{name}")
            script.defer = True
            config.extra_javascript.append(script)


def page_href(files: Files, page: Page) -> Callable[[str], str]:
    """`href(source path)`: the link from `page` to that file, as the core's views expect."""

    def href(src: str) -> str:
        target = files.src_uris.get(src)  # src is already a POSIX path; get_file_from_path would normalise it again
        return relative_url(target.url, page.file.url) if target else src

    return href


@memo(maxsize=1 << 17)  # pages link the same pages build after build: `mkdocs serve` fingerprints ask every one
def relative_url(url: str, from_url: str) -> str:
    """`File.url_relative_to`, from the two URLs."""
    return get_relative_url(url, from_url)
