"""Link every citation of a document number in rendered HTML (the shape of mkdocs-autorefs' `fix_refs`).

Pure: HTML in, HTML out, with a callable that says where a citation links. The HTML is tokenised by
the standard library's parser; only text outside code, preformatted text, links, headings, scripts
and form controls is touched, and the rest of the page is copied byte for byte. A citation is not
linked where its block (list item, paragraph, cell) already links to the same page before it: the
number beside a linked title in a listing is a detail of that link, not another one.
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from .docnumber import Mention, find_numbers, may_cite, normalize

__all__ = ["Link", "SKIPPED_ELEMENTS", "link_references"]

SKIPPED_ELEMENTS = frozenset({
    "a", "code", "pre", "kbd", "samp", "h1", "h2", "h3", "h4", "h5", "h6",
    "script", "style", "textarea", "title", "button", "select", "option", "svg",
})
_BLOCKS = frozenset({"li", "p", "td", "th", "dt", "dd"})


@dataclass(frozen=True)
class Link:
    href: str
    title: str


def link_references(html: str, link_for: Callable[[Mention], Link | None]) -> str:
    """`html` with each citation that `link_for` maps to a Link wrapped in `<a class="sotay-ref">`."""
    if not may_cite(html):  # most pages: no parsing at all
        return html
    pieces: list[str] = []
    copied = 0
    for start, end, linked_before in _text_spans(html):
        linked = _link_text(html[start:end], link_for, linked_before)
        if linked is not None:
            pieces += [html[copied:start], linked]
            copied = end
    return "".join(pieces) + html[copied:] if pieces else html


def _link_text(text: str, link_for: Callable[[Mention], Link | None], linked_before: frozenset[str]) -> str | None:
    """The text with its citations linked, or None when there is nothing to link."""
    normalised = normalize(text)
    pieces: list[str] = []
    copied = 0
    for mention in find_numbers(normalised):
        link = link_for(mention)
        if link is None or link.href in linked_before:
            continue
        pieces += [normalised[copied:mention.start],
                   f'<a class="sotay-ref" href="{html_lib.escape(link.href)}" title="{html_lib.escape(link.title)}">{mention.text}</a>']
        copied = mention.end
    return "".join(pieces) + normalised[copied:] if pieces else None


def _text_spans(html: str) -> list[tuple[int, int, frozenset[str]]]:
    parser = _TextSpans(html)
    parser.feed(html)
    parser.close()
    return parser.spans


class _TextSpans(HTMLParser):
    """Offsets of the raw text runs outside skipped elements, each with the links its block made before it.

    Character references are left out of the runs (convert_charrefs=False), so every run is raw HTML text
    containing no markup at all: wrapping part of it in a link cannot break the page.
    """

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self._open: Counter[str] = Counter()
        self._blocks: list[tuple[str, set[str]]] = []  # open blocks, innermost last, with the hrefs linked in them
        self.spans: list[tuple[int, int, frozenset[str]]] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED_ELEMENTS:
            self._open[tag] += 1
        if tag in _BLOCKS:
            self._blocks.append((tag, set()))
        elif tag == "a" and self._blocks:
            self._blocks[-1][1].update(value for name, value in attrs if name == "href" and value)

    def handle_endtag(self, tag: str) -> None:
        if self._open[tag]:
            self._open[tag] -= 1
        if tag in _BLOCKS and any(name == tag for name, _ in self._blocks):
            while self._blocks.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not any(self._open.values()):
            line, column = self.getpos()
            start = self._line_starts[line - 1] + column
            self.spans.append((start, start + len(data), frozenset(self._blocks[-1][1]) if self._blocks else frozenset()))
