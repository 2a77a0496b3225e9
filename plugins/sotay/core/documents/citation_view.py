"""What pages show about citations and status, as plain data (the counterpart of site/document_view.py for citations).

`References` is computed once per build from a loaded base and the build date; `href(source_path)`
turns a site source path into a link from the page being rendered (the adapter provides it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from ..dates import format_date
from ..knowledge_base import KnowledgeBase
from ..model import Document, Guide
from ..vocabulary import label
from .autolink import Link
from .docnumber import Mention
from .references import CitationIndex, StaleCitation
from .status import cited_name, period_on, timeline, timeline_data, verification_due

Href = Callable[[str], str]


class References:
    """Citations and stale citations of one build (their diagnostics: problems.base_diagnostics).

    `citations`: the base's index when the caller has already made one."""

    def __init__(self, kb: KnowledgeBase, day: date, citations: CitationIndex | None = None):
        self.kb, self.day = kb, day
        self.citations = citations or CitationIndex(kb)
        self._stale: dict[str, list[StaleCitation]] = defaultdict(list)
        for stale in self.citations.stale(day):
            self._stale[stale.source.path].append(stale)

    def link_for(self, page: Document | None, href: Href) -> Callable[[Mention], Link | None]:
        """Where each citation on `page` links: the cited document, unless it is the page itself or unresolved."""
        resolver = self.kb.relations.resolver

        def link(mention: Mention) -> Link | None:
            target = resolver.resolve_mention(mention).target
            if target is None or target is page:
                return None
            return Link(href(target.url_path), self.hover_title(target))

        return link

    def hover_title(self, guide: Guide) -> str:
        """"Hướng dẫn 42-HD/BTCTW … — Còn hiệu lực": the title, and the status on the build date for official documents."""
        if guide.form != "van-ban":
            return guide.title
        return f"{guide.title} — {label('status', period_on(timeline(guide, self.kb.relations), self.day).status)}"

    def page(self, doc: Document, href: Href) -> dict:
        """The data of the reference parts of a document page; keys are absent when there is nothing to show."""
        view: dict = {}
        stale = self._stale.get(doc.path) if not getattr(doc, "source_guide", None) else None
        if stale:
            view["stale"] = [{"number": s.target.number or s.target.title, "url": href(s.target.url_path),
                              "replacements": [{"name": cited_name(r), "title": r.title, "url": href(r.url_path)} for r in s.replacements]}
                             for s in stale]
        if isinstance(doc, Guide):
            cited_by = self.citations.cited_by(doc)
            if cited_by:
                view["cited_by"] = [{"title": d.title, "kind": _kind(d), "url": href(d.url_path)} for d in cited_by]
            if doc.form == "van-ban":
                view["timeline"] = timeline_data(timeline(doc, self.kb.relations))
                view["verified"] = {"date": format_date(doc.verified.date), "source": doc.verified.source} if doc.verified else None
                view["verification_due"] = verification_due(doc, self.day, self.kb.relations)
        return view

    def timelines(self, href: Href) -> dict[str, list[dict]]:
        """Timelines of every official document keyed by its link from the page: the guides index filter's data."""
        return {href(g.url_path): timeline_data(timeline(g, self.kb.relations))
                for g in self.kb.by_kind(Guide) if g.form == "van-ban"}


def _kind(doc: Document) -> str:
    """What a backlink is: the form of a guide (văn bản, bài viết…), else the kind of document."""
    return label("form", doc.form) if isinstance(doc, Guide) else label("kinds", doc.kind)
