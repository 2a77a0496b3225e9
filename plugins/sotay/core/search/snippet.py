"""Snippets: the stretch of a document's text where the query's words are densest, words marked."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .analysis import SYLLABLE, QueryTerm, fold_syllable, normalize

_WORD = re.compile(r"[^\W_]+")
_LEAD = 30  # characters shown before the first marked word


@dataclass(frozen=True)
class Snippet:
    """`text` with the (start, end) spans of the query's words in it.

    A word typed with diacritics marks its exact spelling where the text has it ("quy" then leaves "quý"
    alone), otherwise every word that folds the same ("hoat" marks "hoạt"); assets/search/rank.js agrees.
    """

    text: str
    marks: tuple[tuple[int, int], ...]


def snippet(text: str, query: list[QueryTerm], width: int = 160) -> Snippet:
    """About `width` characters of `text` around the window holding the most distinct query words."""
    found = [(m.start(), m.end(), normalize(m[0])) for m in _WORD.finditer(text)]
    present = {word for _, _, word in found}
    words = [term for term in query if term.kind == SYLLABLE]
    exact = {term.exact for term in words if term.exact in present}
    folded = {term.folded for term in words if term.exact not in exact}
    hits = [(s, e) for s, e, word in found if word in exact or fold_syllable(word) in folded]
    begin = _window_start(text, hits, width) if hits else 0
    end = min(len(text), begin + width)
    space = text.find(" ", end)
    end = space if 0 <= space < end + 20 else end
    prefix, suffix = ("…" if begin else ""), ("…" if end < len(text) else "")
    shift = len(prefix) - begin
    marks = tuple((s + shift, e + shift) for s, e in hits if s >= begin and e <= end)
    return Snippet(prefix + text[begin:end].replace("\n", " ") + suffix, marks)


def _window_start(text: str, hits: list[tuple[int, int]], width: int) -> int:
    """Start of the window covering the most distinct words (one sliding pass), moved to a word start."""
    words = [fold_syllable(text[s:e]) for s, e in hits]
    seen: Counter[str] = Counter()
    best, best_first, last = 0, 0, 0
    for first in range(len(hits)):
        while last < len(hits) and hits[last][1] <= hits[first][0] + width - _LEAD:
            seen[words[last]] += 1
            last += 1
        if len(seen) > best:
            best, best_first = len(seen), first
        seen[words[first]] -= 1
        if not seen[words[first]]:
            del seen[words[first]]
    begin = max(0, hits[best_first][0] - _LEAD)
    space = text.rfind(" ", 0, begin)
    return space + 1 if begin and space >= 0 and begin - space < 20 else begin
