"""Citations of official documents in the Markdown bodies of the base, resolved once per load.

The scan reads the sources (no render needed), skipping code and HTML comments as the rendered-page
linking skips code. From it come backlinks ("cited by"), the documents the base lacks, ambiguous
citations, and pages that still cite a document that has ended.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..knowledge_base import KnowledgeBase
from ..model import Document, Guide
from .docnumber import DocNumber, Mention, as_written, find_numbers, may_cite, parse_number
from .resolution import Resolution
from .status import has_ended

__all__ = ["Citation", "CitationIndex", "MissingDocument", "Occurrence", "StaleCitation", "prose_only"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Citation:
    """A document number cited in a body, where it is and what it resolved to."""

    source: Document
    line: int
    text: str
    number: str
    cited: DocNumber
    kind: str  # as written ("Quy định" for 27-QĐ/TU), else the name of the number's type
    resolution: Resolution


@dataclass(frozen=True)
class Occurrence:
    path: str
    line: int
    text: str


@dataclass(frozen=True)
class MissingDocument:
    """A document cited somewhere (text or front-matter relation) that the base does not hold."""

    number: str
    kind: str
    occurrences: tuple[Occurrence, ...]


@dataclass(frozen=True)
class StaleCitation:
    """A page citing a document that has ended, without citing or relating to what replaced it."""

    source: Document
    target: Guide
    line: int
    replacements: tuple[Guide, ...]


class CitationIndex:
    """Every citation in the bodies of `kb`'s documents, excluding a document's citations of itself."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        resolver = kb.relations.resolver
        self.citations: list[Citation] = []
        for doc in scanned_documents(kb):
            for mention, line in _mentions(doc):
                resolution = resolver.resolve_mention(mention)
                if resolution.target is not doc:
                    self.citations.append(Citation(doc, line, mention.text, as_written(mention), mention.doc,
                                                   mention.kind_word or mention.doc.kind_name, resolution))
        self._cited_by: dict[str, list[Document]] = defaultdict(list)
        self._in_text: dict[str, list[Citation]] = defaultdict(list)
        for citation in self.citations:
            self._in_text[citation.source.path].append(citation)
            target = citation.resolution.target
            if target and citation.source not in self._cited_by[target.path]:
                self._cited_by[target.path].append(citation.source)

    def in_text_of(self, doc: Document) -> list[Citation]:
        return self._in_text.get(doc.path, [])

    def cited_by(self, guide: Guide) -> list[Document]:
        """Documents whose text cites `guide`, by title."""
        return sorted(self._cited_by.get(guide.path, []), key=lambda d: (d.title, d.path))

    def ambiguous(self) -> list[Citation]:
        return [c for c in self.citations if c.resolution.ambiguous]

    def missing(self) -> list[MissingDocument]:
        """Cited documents the base lacks, most cited first; spellings of one number (loose key) are one entry."""
        groups: dict[tuple, list[tuple[str, str, Occurrence]]] = defaultdict(list)
        for c in self.citations:
            if c.resolution.missing:
                groups[c.cited.loose_key].append((c.number, c.kind, Occurrence(c.source.path, c.line, _one_line(c.text))))
        for edge in self.kb.relations.edges:
            cited = parse_number(edge.target_number)
            if not edge.candidates and cited:
                where = Occurrence(edge.source.path, self.kb.line_of(edge.source, edge.relation), f"{edge.relation}: {edge.target_number}")
                groups[cited.loose_key].append((edge.target_number, cited.kind_name, where))
        found = []
        for members in groups.values():
            occurrences = sorted({where for _, _, where in members}, key=lambda o: (o.path, o.line, o.text))
            found.append(MissingDocument(_most_common(n for n, _, _ in members), _most_common(k for _, k, _ in members),
                                         tuple(occurrences)))
        return sorted(found, key=lambda m: (-len(m.occurrences), m.number))

    def stale(self, day: date) -> list[StaleCitation]:
        """Pages in force (or not official documents) that cite, on `day`, a document that has ended.

        A citation explained by the page itself is left alone: the page relates to the ended document in
        its front matter (it replaced it, amends it…) or also cites one of its replacements.
        """
        relations = self.kb.relations
        found = []
        for doc in scanned_documents(self.kb):
            if isinstance(doc, Guide) and has_ended(doc, day, relations):
                continue
            related = {edge.target.path for edge in relations.outgoing(doc) if edge.target} if isinstance(doc, Guide) else set()
            cited = {c.resolution.target.path: c for c in reversed(self.in_text_of(doc)) if c.resolution.target}
            for path, citation in sorted(cited.items(), key=lambda item: item[1].line):
                target = citation.resolution.target
                replacements = tuple(relations.superseded_by(target))
                if path in related or any(r.path in cited or r.path in related for r in replacements):
                    continue
                if has_ended(target, day, relations):
                    found.append(StaleCitation(doc, target, citation.line, replacements))
        return found


def scanned_documents(kb: KnowledgeBase) -> list[Document]:
    """Documents with a text of their own: checklists drawn from a guide repeat part of its body."""
    return [doc for doc in kb.documents if not getattr(doc, "source_guide", None)]


# Keyed by the document, not its body: the key holds nothing the base does not hold already, and an unchanged
# file's document is the same under `mkdocs serve`.
@lru_cache(maxsize=1 << 16)  # a `mkdocs serve` rebuild scans every unchanged body again
def _mentions(doc: Document) -> tuple[tuple[Mention, int], ...]:
    """Each document number in the prose of `doc`'s body, with the line of the file it is on."""
    body = doc.body
    if not may_cite(body):  # most bodies: no parsing at all
        return ()
    return tuple((mention, doc.body_line + body.count("\n", 0, mention.start)) for mention in find_numbers(prose_only(body)))


def prose_only(markdown: str) -> str:
    """`markdown` with fenced code, code spans and HTML comments blanked out; offsets and lines are kept."""
    lines = markdown.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening[1][0] == fence[0] and len(opening[1]) >= len(fence) and not line.strip().strip(fence[0]):
                fence = None
            lines[index] = _blank(line)
        elif opening:
            fence = opening[1]
            lines[index] = _blank(line)
        else:
            lines[index] = _CODE_SPAN.sub(lambda m: _blank(m[0]), line)
    return _COMMENT.sub(lambda m: _blank(m[0]), "\n".join(lines))


def _most_common(values) -> str:
    """The most frequent value; ties go to the first seen, so the result follows file order."""
    return Counter(values).most_common(1)[0][0]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())
