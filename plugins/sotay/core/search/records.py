"""Search records: what every index knows of a document or a generated page, read once from the knowledge base.

Both the whoosh index and the browser shards are built from these records, so they search the same
text with the same weights and the same status rules. A generated page (a preparation page, a scoring
calculator, a listing…) is a record of kind TOOLS: its title, the words one types for it as keywords,
and a sentence on what it is for as its body, so that a query naming a tool finds the tool first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Callable

from ..clock import build_date
from ..documents.status import effective_status
from ..knowledge_base import KnowledgeBase
from ..model import Document, Guide, ModelMeeting, Rubric, Status
from ..site.entries import SHORTCUT_HEADINGS, PageEntry
from ..vocabulary import label
from .generated import page_entries

# Searchable fields and their weight: a word in the title or the document number tells more than one in the body.
FIELD_WEIGHTS = {"title": 4.0, "number": 6.0, "keywords": 2.0, "body": 1.0}
# Documents no longer in force, and unreviewed imports, stay findable but rank below the others.
DEMOTED_STATUSES = frozenset({Status.ENDED})
DEMOTION = 0.3
# A match in a document's own number is a lookup of that very document: its status does not demote it.
IDENTITY_FIELD = "number"
TOOLS = "tools"  # the kind of a generated page's record (vocabulary.yml labels it)

_HEADING = re.compile(r"\A\s*# [^\n]*\n")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>\n]+>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$", re.M)  # table separators, horizontal rules
_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]\s+\[[ xX]\]|[-*+]|\d+[.)])\s+|[*_`|]+", re.M)


@dataclass(frozen=True)
class SearchRecord:
    """One searchable document. `source` is its site source path (guides/x.md), `path` its content file."""

    id: int
    source: str
    path: str
    kind: str
    title: str
    number: str
    keywords: str
    body: str = field(repr=False)  # plain text
    form: str = ""
    issuer: str = ""
    status: str = ""
    year: int | None = None
    meeting_types: tuple[str, ...] = ()
    cell_types: tuple[str, ...] = ()
    draft: bool = False  # an import no person has reviewed yet
    shortcut: str = ""  # offered when a search finds nothing (site/entries.py SHORTCUT_KIND, SHORTCUT_PAGE)

    @property
    def demoted(self) -> bool:
        return self.status in DEMOTED_STATUSES or self.draft

    @property
    def factor(self) -> float:
        """What every score of this document is multiplied by."""
        return DEMOTION if self.demoted else 1.0

    @property
    def status_label(self) -> str:
        return label("status", self.status) if self.status else ""

    def field(self, name: str) -> str:
        return getattr(self, name)


def records(kb: KnowledgeBase, day: date | None = None, committee_pages: bool = True) -> list[SearchRecord]:
    """A record per document, ids in the order of their site paths (stable from build to build), then one per
    generated page made on `day` (the build date when None); `committee_pages`: whether the site has them."""
    documents = sorted(kb.documents, key=lambda d: d.url_path)
    found = [_record(index, doc, kb) for index, doc in enumerate(documents)]
    entries = page_entries(kb, day or build_date(), committee_pages)
    return found + [_page_record(index, entry) for index, entry in enumerate(entries, len(found))]


def _page_record(index: int, entry: PageEntry) -> SearchRecord:
    return SearchRecord(id=index, source=entry.source, path="", kind=TOOLS, title=entry.title, number="",
                        keywords=". ".join(entry.keywords), body=entry.description, meeting_types=entry.meeting_types,
                        cell_types=entry.cell_types, shortcut=entry.shortcut)


def _record(index: int, doc: Document, kb: KnowledgeBase) -> SearchRecord:
    extra: dict = {}
    keywords = [*doc.tags, doc.summary]
    if isinstance(doc, Guide):
        extra = {"form": doc.form, "issuer": doc.issuer or "", "number": doc.number or "",
                 "status": effective_status(doc, kb.relations) if doc.form == "van-ban" else ""}
        keywords.append(doc.issuer or "")
    elif isinstance(doc, ModelMeeting):
        keywords += [doc.cell, doc.organization]
    when = doc.date if isinstance(doc, ModelMeeting) else doc.issued
    return SearchRecord(
        id=index, source=doc.url_path, path=doc.path, kind=doc.kind, title=doc.title,
        keywords=". ".join(k for k in keywords if k), body=_plain_body(doc),
        year=when.year if when else None, meeting_types=_meeting_types(doc), cell_types=_cell_types(doc),
        draft=doc.unreviewed, **({"number": ""} | extra),
    )


def shortcut_groups(found: list[SearchRecord]) -> list[tuple[str, list[SearchRecord]]]:
    """(heading, records) of the pages a search that finds nothing offers, groups without a page left out."""
    groups = [(heading, [r for r in found if r.shortcut == shortcut]) for shortcut, heading in SHORTCUT_HEADINGS]
    return [(heading, members) for heading, members in groups if members]


@lru_cache(maxsize=1 << 16)  # a `mkdocs serve` rebuild makes the records of every unchanged document again
def _plain_body(doc: Document) -> str:
    return plain_text(_body(doc))


def _body(doc: Document) -> str:
    """The body without its first-level heading, which repeats the title (already its own field)."""
    body = _HEADING.sub("", doc.body, count=1)
    if isinstance(doc, Rubric):
        return "\n".join([*(f"{c.id}. {c.title}" for c in doc.criteria), *(r.label for r in doc.ratings), body])
    return body


def _meeting_types(doc: Document) -> tuple[str, ...]:
    return (doc.meeting_type,) if isinstance(doc, ModelMeeting) else doc.meeting_types


def _cell_types(doc: Document) -> tuple[str, ...]:
    return (doc.cell_type,) if isinstance(doc, ModelMeeting) else doc.cell_types


def plain_text(markdown: str) -> str:
    """The words of a Markdown body as a reader sees them: no markup, comments, tags or link targets."""
    text = _LINK.sub(r"\1", _TAG.sub(" ", _COMMENT.sub("", markdown)))
    lines = (line.strip() for line in _MARKUP.sub("", _RULE.sub("", text)).splitlines())
    return "\n".join(line for line in lines if line)


def directory_url(source: str) -> str:
    """The URL of a page with directory URLs: guides/x.md -> guides/x/, tim-kiem/index.md -> tim-kiem/."""
    stem = source.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"


UrlOf = Callable[[str], str]

__all__ = ["DEMOTION", "FIELD_WEIGHTS", "IDENTITY_FIELD", "TOOLS", "SearchRecord", "UrlOf", "directory_url", "plain_text", "records",
           "shortcut_groups"]
