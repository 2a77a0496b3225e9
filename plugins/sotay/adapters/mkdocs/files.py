"""Turn the core's (path, content) pairs and packaged assets into MkDocs `File.generated` objects."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

ASSETS_DIR = Path(__file__).resolve().parents[2] / "core" / "assets"
ASSETS_URL = "assets/sotay"


def add_pairs(files: Files, config: MkDocsConfig, pairs: Iterable[tuple[str, str | bytes]]) -> None:
    """Add generated pages or assets, replacing any file of the same path (a rebuild must not duplicate)."""
    for path, content in pairs:
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, content=content))


def asset_pairs() -> list[tuple[str, bytes]]:
    """Every packaged CSS/JS asset as ("assets/sotay/NAME", bytes)."""
    return [(f"{ASSETS_URL}/{path.relative_to(ASSETS_DIR).as_posix()}", path.read_bytes())
            for path in sorted(ASSETS_DIR.rglob("*")) if path.is_file()]


def add_styles(config: MkDocsConfig, names: tuple[str, ...]) -> None:
    """Packaged stylesheets on every page, once even when `serve` runs on_config again on the same config."""
    config.extra_css += [f"{ASSETS_URL}/{name}" for name in names if f"{ASSETS_URL}/{name}" not in config.extra_css]


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


@lru_cache(maxsize=1 << 17)  # pages link the same few pages (indexes, the rubric) over and over
def relative_url(url: str, from_url: str) -> str:
    """`File.url_relative_to`, from the two URLs."""
    return get_relative_url(url, from_url)
