"""Turn the core's (path, content) pairs and packaged assets into MkDocs `File.generated` objects."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from sotay.core.memo import memo

from .memory import Trimmer

ASSETS_DIR = Path(__file__).resolve().parents[2] / "core" / "assets"
ASSETS_URL = "assets/sotay"


def add_pairs(files: Files, config: MkDocsConfig, pairs: Iterable[tuple[str, str | bytes]], packed: bool = False) -> None:
    """Add generated pages or assets, replacing any file of the same path (a rebuild must not duplicate).
    `packed`: text kept compressed (PackedFile), for a build's memory; `mkdocs serve` would rather spend no time."""
    trimmer = Trimmer()
    for path, content in pairs:
        trimmer.tick()  # each pair's text goes once added
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append((PackedFile if packed and isinstance(content, str) else File).generated(config, path, content=content))


class PackedFile(File):
    """A generated page whose Markdown waits zlib-compressed (a fifth of its `str`: 4.6× less on the generated
    corpus) until MkDocs reads it: MkDocs holds every file until the build ends, and the pages of a large base
    are its largest part."""

    _packed: tuple[bytes, bool] | None = None  # compressed UTF-8, whether it was a str

    @property
    def _content(self) -> str | bytes | None:  # what File reads and writes; File.generated sets it
        if self._packed is None:
            return None
        data = zlib.decompress(self._packed[0])
        return data.decode("utf-8") if self._packed[1] else data

    @_content.setter
    def _content(self, value: str | bytes | None) -> None:
        text = isinstance(value, str)
        self._packed = None if value is None else (zlib.compress(value.encode("utf-8") if text else value, 1), text)

    def let_go(self) -> None:
        """Its page is written: the Markdown is of no further use (10,000 documents: 12 MB compressed)."""
        self._packed = None


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
