"""`sotay-search`: the header search box, the results page, the browser index, related documents.

The base's search records are scored once per build (core/search/scoring.py): the same scores give each
document page its related documents and make the browser index's shards. That work is handed to
`BuildContext.beside` in `on_config`, since pages need only the related documents; the shards are written once
MkDocs has emptied the site folder and the pages' addresses are settled (`on_files`). The whoosh index of
`sotay search` is not written here: that command makes it when it first needs it.
"""

from __future__ import annotations

from collections.abc import Generator
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.clock import build_date
from sotay.core.model import Status
from sotay.core.search.page import SEARCH_PAGE, search_page
from sotay.core.search.records import TOOLS, SearchRecord, UrlOf, records
from sotay.core.search.related import related_documents
from sotay.core.search.scoring import Analyser, term_scores
from sotay.core.search.shards import shard_pairs

from ..context import BuildContext, Pending, context_of, required_context
from ..files import add_pairs, add_scripts, add_styles, relative_url
from .config import SearchConfig

OVERRIDES = Path(__file__).resolve().parent / "overrides"
# The header box on every page; it adds the scripts that search when it is first used. The results page loads
# them itself, with search/page.js (its front matter).
SCRIPTS = ("search/box.js",)


def index_records(found: list[SearchRecord], related_limit: int, analyser: Analyser) -> Generator[list[list[int]] | None, tuple, None]:
    """Score `found` and yield each document's related documents (ids, best first); then, sent the site folder and
    how a page's source path becomes its URL, write the browser index there, yielding after each file."""
    scores = term_scores(found, analyser)
    documents = sum(record.kind != TOOLS for record in found)  # records() puts the generated pages last
    site, url_of = yield related_documents(scores, documents, related_limit)
    for path, content in shard_pairs(found, url_of, scores):
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        yield None


class SearchPlugin(BasePlugin[SearchConfig]):
    # After sotay-content's on_config (50), which loads the base, and before sotay-refs' (40): the scoring it hands
    # to `beside` may then run while the others set up.
    @event_priority(45)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.found: list[SearchRecord] = []
        self.indexing: Pending | None = None
        if not self.config.enabled:
            return config
        context = required_context(config, "sotay-search")
        self.found = records(context.kb, build_date(), committee_pages=_enabled(config, "sotay-refs"))
        self.by_source = {record.source: record for record in self.found}
        # An analyser kept between rebuilds (sotay-accel, under serve) remembers each record's analysis, so that a
        # rebuild analyses only what changed.
        analyser = context.keep("search-analyser", partial(Analyser, remember=context.kept is not None))
        self.indexing = context.beside(index_records, self.found, self.config.related_limit, analyser)
        context.page_contexts.append(partial(self._page_context, context))
        config.theme.dirs.insert(0, str(OVERRIDES))
        add_styles(config, ("search/search.css",))
        add_scripts(config, SCRIPTS)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.indexing:
            return files
        add_pairs(files, config, [search_page(self.found)])
        self.indexing.go(Path(config.site_dir), partial(page_url, use_directory_urls=config.use_directory_urls))
        return files

    def on_env(self, env, config: MkDocsConfig, files: Files):
        if self.indexing:  # the header form's action: "tim-kiem/" when hosted, "tim-kiem/index.html" in the portable copy
            env.globals["sotay_search_page"] = files.get_file_from_path(SEARCH_PAGE).url
        return env

    def on_page_context(self, template_context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        context = context_of(config)
        return template_context | self._page_context(context, page) if self.indexing and context else template_context

    def _page_context(self, context: BuildContext, page: Page) -> dict:
        record = self.by_source.get(page.file.src_uri)
        if not (record and record.kind != TOOLS and self.indexing and self.config.related_limit):
            return {}
        related = self.indexing.first()
        return {"sotay_related": [_related(self.found[i], context.files, page) for i in related[record.id]]}

    # Before sotay-offline's (-100), which lists every file of the site: the shards must be there.
    @event_priority(0)
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.indexing:
            self.indexing.finish()
        self.indexing = None

    def on_build_error(self, error: Exception) -> None:
        self.indexing = None


def _enabled(config: MkDocsConfig, name: str) -> bool:
    """Whether the plugin `name` is in the configuration and enabled (it then makes its pages)."""
    plugin = config.plugins.get(name)
    return plugin is not None and plugin.config.get("enabled", True)


def page_url(source: str, use_directory_urls: bool) -> str:
    """The URL of a page from its source path, as its File will have it."""
    return File(source, "", "", use_directory_urls).url


def _related(record: SearchRecord, files: Files, page: Page) -> dict:
    target = files.src_uris.get(record.source)
    return {"title": record.title, "url": relative_url(target.url, page.file.url) if target else record.source,
            "number": record.number, "status": record.status if record.status != Status.IN_FORCE else "",
            "status_label": record.status_label}
