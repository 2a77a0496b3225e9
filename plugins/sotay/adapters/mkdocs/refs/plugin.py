"""`sotay-refs`: citations linked in every page, backlinks, status on a date, committee pages, Atom feed.

Reads the knowledge base that `sotay-content` loaded for this build (`config.plugins["sotay-content"].build`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from sotay.core.cache import digest
from sotay.core.clock import build_date
from sotay.core.documents.autolink import link_references
from sotay.core.documents.citation_view import References
from sotay.core.documents.committee_pages import committee_pages
from sotay.core.documents.feed import FEED_PATH, atom_feed
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.model import Document, Guide

from ..files import add_pairs, add_scripts, page_href
from .config import RefsConfig

log = logging.getLogger("mkdocs.plugins.sotay")
SCRIPTS = ("status.js", "status-form.js", "in-force-filter.js")  # status.js first: the other two use it
GUIDES_INDEX = "guides/index.md"


class ContentState(Protocol):
    """What this plugin reads of `sotay-content`'s per-build state."""

    kb: KnowledgeBase
    by_src: dict[str, Document]
    files: Files | None


@dataclass
class _Build:
    """State of one build; made anew in on_config so `mkdocs serve` rebuilds never see the last one."""

    content: ContentState
    refs: References


class RefsPlugin(BasePlugin[RefsConfig]):
    # After sotay-content's on_config (default priority), which loads the knowledge base this plugin reads.
    @event_priority(-10)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.build = None
        content = config.plugins.get("sotay-content")
        if not self.config.enabled or content is None or content.build is None:
            return config
        self.build = _Build(content.build, References(content.build.kb, build_date()))
        for diagnostic in self.build.refs.diagnostics:
            log.info("sotay: %s", diagnostic.format())
        add_scripts(config, SCRIPTS)
        return config

    # Before sotay-content's on_files (-50), which puts the committee hub in the navigation when it exists.
    @event_priority(-40)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if not self.build:
            return files
        refs = self.build.refs
        pairs: list[tuple[str, str | bytes]] = committee_pages(refs.citations, refs.day, FEED_PATH if self.config.feed_enabled else None)
        if self.config.feed_enabled:
            pairs.append(atom_feed(refs.kb.documents, site_name=config.site_name, site_url=config.site_url,
                                   url_of=lambda src: File(src, None, config.site_dir, config.use_directory_urls).url,
                                   today=refs.day, description=config.site_description or ""))
        add_pairs(files, config, pairs)
        return files

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not self.build or not self.config.links_autolink:
            return html
        doc = self.build.content.by_src.get(page.file.src_uri)
        return link_references(html, self.build.refs.link_for(doc, page_href(files, page)))

    def on_page_context(self, context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
        return context | self.page_context(page)

    def page_context(self, page: Page) -> dict:
        if not self.build:
            return {}
        context = {}
        href = page_href(self.build.content.files, page)
        doc = self.build.content.by_src.get(page.file.src_uri)
        if doc:
            context["sotay_refs"] = self.build.refs.page(doc, href)
        elif page.file.src_uri == GUIDES_INDEX:
            context["sotay_refs"] = {"timelines": self.build.refs.timelines(href)}
        if self.config.feed_enabled:
            context["sotay_feed"] = href(FEED_PATH)
        return context

    def on_post_build(self, config: MkDocsConfig) -> None:
        self.build = None  # every page is written (see sotay-content's on_post_build)

    def site_inputs(self) -> str:
        """Any page may cite any numbered document: where citations link, and their hover titles (status on the build date)."""
        if not self.build:
            return ""
        refs = self.build.refs
        return digest(refs.day.isoformat(), *(f"{g.number}\t{g.issued}\t{g.url_path}\t{refs.hover_title(g)}"
                                               for g in refs.kb.by_kind(Guide) if g.number))
