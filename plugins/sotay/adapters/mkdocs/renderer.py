"""A renderer process: converts the Markdown a build sends it and stores each rendering in the render cache.

workers.py starts it with `python -m` rather than forking the build, so that it holds MkDocs' Markdown
machinery and the site's list of files, not a copy of the base and of every page the build has made (a
forked renderer copied most of them as it touched them: 172 MB at 10,000 documents). A page renders here
exactly as in the build: the same extensions with the same options, link checks against the same files, the
same validation levels and logging level, all sent by the build (`job`).

On its standard input come pickles: one Job, then (source path, cache key, final Markdown) per page until
the input ends. A page whose rendering warned is not stored (MkDocs' own loop renders it again and warns
there); nothing is printed.
"""

from __future__ import annotations

import logging
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.cache import ResultCache

from .memory import Trimmer, give_back
from .render_cache import rendering, warning_count

SETTINGS = ("markdown_extensions", "mdx_configs", "validation", "use_directory_urls", "docs_dir", "site_dir",
            "site_url", "repo_url", "edit_uri", "edit_uri_template")
"""What a page's rendering reads of the configuration (Page and its Markdown tree processors)."""


@dataclass(frozen=True)
class Job:
    settings: dict
    files: list[tuple[str, str, str, object]]
    """(source path, destination path, URL, inclusion) of every file of the site: links are checked against them."""
    store: str
    """The render cache's folder."""
    log_level: int
    """MkDocs' logging level: what counts as a warning, and whether links to anchors are recorded."""


LARGE_PAGE = 1 << 17  # characters of Markdown: a page worth a garbage collection here (a few dozen at most)


def job(config: MkDocsConfig, files: Files, store: Path) -> Job:
    return Job({name: config[name] for name in SETTINGS},
               [(f.src_uri, f.dest_uri, f.url, f.inclusion) for f in files], str(store),
               logging.getLogger("mkdocs").getEffectiveLevel())


def render_stream(stream: BinaryIO) -> None:
    """Render every page `stream` sends, storing each rendering that did not warn."""
    work: Job = pickle.load(stream)
    config = MkDocsConfig()
    config.load_dict(work.settings)
    files = Files([_file(config, *row) for row in work.files])
    store = ResultCache(Path(work.store))
    warnings = _quiet(work.log_level)
    trimmer = Trimmer()
    while True:
        try:
            src_uri, key, markdown = pickle.load(stream)
        except EOFError:
            return
        file = files.get_file_from_path(src_uri)
        before = warnings.count
        try:
            page = Page(None, file, config)
            page.markdown = markdown
            page.render(config, files)
        except Exception:  # noqa: BLE001 - MkDocs' loop renders this page again and reports the error
            continue
        finally:
            if file:
                file.page = None  # rendered or not, the page is of no further use here
        if warnings.count == before:
            store.put(src_uri, key, rendering(page, page.content))
        if len(markdown) >= LARGE_PAGE:
            give_back()  # its Markdown instance and element tree are cycles, left to Python's rarest collection
        else:
            trimmer.tick()  # the page's texts are freed


def _file(config: MkDocsConfig, src_uri: str, dest_uri: str, url: str, inclusion) -> File:
    file = File(src_uri, None, config.site_dir, config.use_directory_urls, dest_uri=dest_uri, inclusion=inclusion)
    file.url = url
    return file


def _quiet(level: int):
    """MkDocs' warnings counted, none printed."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(level)
    logger.propagate = False
    logger.handlers = []
    return warning_count()


if __name__ == "__main__":
    render_stream(sys.stdin.buffer)
