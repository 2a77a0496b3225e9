"""`sotay-refs`: citations linked in every page, backlinks, status on a date, committee pages, Atom feed."""

from __future__ import annotations

from functools import partial

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.clock import build_date
from sotay.core.documents.autolink import link_references
from sotay.core.documents.citation_view import References
from sotay.core.documents.committee_pages import committee_pages
from sotay.core.documents.feed import FEED_PATH, atom_feed
from sotay.core.model import Guide

from ..context import BuildContext, context_of, required_context
from ..files import add_pairs, page_href
from .config import RefsConfig

# The scripts of the reference parts a page shows (status.js first: the others use it), by their key in
# `sotay_refs`: an official document's "in force on day …?" form (sotay/validity.html) and the guides index's
# filter (sotay/head.html). main.html loads them on that page only.
PART_SCRIPTS = {"timeline": ("status.js", "status-form.js"), "timelines": ("status.js", "in-force-filter.js")}
GUIDES_INDEX = "guides/index.md"


class RefsPlugin(BasePlugin[RefsConfig]):
    # After sotay-content's on_config (50), which loads the base this plugin reads.
    @event_priority(40)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.refs = None
        if not self.config.enabled:
            return config
        context = required_context(config, "sotay-refs")
        self.refs = References(context.kb, build_date(), context.citations)
        context.page_contexts.append(partial(self._page_context, context))
        context.site_inputs.append(self._site_inputs)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.refs:
            return files
        refs = self.refs
        feed = FEED_PATH if self.config.feed_enabled else None
        pairs: list[tuple[str, str | bytes]] = committee_pages(refs.citations, refs.day, feed)
        if feed:
            pairs.append(atom_feed(refs.kb.documents, site_name=config.site_name, site_url=config.site_url,
                                   url_of=lambda src: File(src, None, config.site_dir, config.use_directory_urls).url,
                                   today=refs.day, description=config.site_description or ""))
        add_pairs(files, config, pairs)
        return files

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        context = context_of(config)
        if not (self.refs and context and self.config.links_autolink):
            return html
        return link_references(html, self.refs.link_for(context.document(page), page_href(files, page)))

    def on_page_context(self, template_context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        context = context_of(config)
        return template_context | self._page_context(context, page) if self.refs and context else template_context

    def _page_context(self, context: BuildContext, page: Page) -> dict:
        added = {}
        href = page_href(context.files, page)
        doc = context.document(page)
        view = self.refs.page(doc, href) if doc else {"timelines": self.refs.timelines(href)} \
            if page.file.src_uri == GUIDES_INDEX else None
        if view is not None:
            scripts = [name for part, names in PART_SCRIPTS.items() if view.get(part) for name in names]
            added["sotay_refs"] = view | ({"scripts": list(dict.fromkeys(scripts))} if scripts else {})
        if self.config.feed_enabled:
            added["sotay_feed"] = href(FEED_PATH)
        return added

    def _site_inputs(self) -> str:
        """Any page may cite any numbered document: where citations link, and their hover titles (status on the build date)."""
        refs = self.refs
        return "\n".join([refs.day.isoformat(), *(f"{g.number}\t{g.issued}\t{g.url_path}\t{refs.hover_title(g)}"
                                                  for g in refs.kb.by_kind(Guide) if g.number)])
