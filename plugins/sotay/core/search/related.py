"""Related documents of every document at once, in time linear in the number of documents.

A document's key is its RELATED_TERMS highest-scoring folded terms (scoring.term_scores). Another
document is as related as the sum, over the key, of key score × its own score for the term: what a
search for the key, each term boosted by its score, would rank. A search per page would grow with the
square of the base (common terms are in every document), so only each term's RELATED_POSTINGS
best-scoring documents are candidates: the related documents are the ones that score high on the key terms
anyway, and the work per page stays bounded.
Ties go to the smaller record id (and, within a key, to the term first in alphabetical order).
"""

from __future__ import annotations

import numpy as np

from .analysis import FOLDED_MARKER
from .columns import read_once, runs, term_slices, then_by
from .scoring import Scores

__all__ = ["RELATED_POSTINGS", "RELATED_TERMS", "related_documents"]

RELATED_TERMS = 16
RELATED_POSTINGS = 32
SOURCES_AT_ONCE = 512
POSTINGS_AT_ONCE = 1 << 18


def related_documents(scores: Scores, count: int, limit: int) -> list[list[int]]:
    """For each record id in range(count) (the documents), the ids of up to `limit` most related other documents,
    best first. Records from `count` on (generated pages) are left out: a tool is no document's reading."""
    related: list[list[int]] = [[] for _ in range(count)]
    best, (key_doc, key_term, key_score) = _candidates(scores, count)
    # A few hundred documents at a time: each key term brings up to RELATED_POSTINGS candidates, so the pairs of
    # the whole base at once would be the largest temporaries of a build (the pairs of one source stay together).
    edges = np.searchsorted(key_doc, np.arange(0, count + SOURCES_AT_ONCE, SOURCES_AT_ONCE)).tolist()
    for start, end in zip(edges, edges[1:]):
        if start < end:
            source, other = _top_pairs(best, key_doc[start:end], key_term[start:end], key_score[start:end], count, limit)
            for one, another in zip(source.tolist(), other.tolist()):
                related[one].append(another)
    return related


_Columns = tuple[np.ndarray, np.ndarray, np.ndarray]


def _candidates(scores: Scores, count: int) -> tuple[_Columns, _Columns]:
    """Among the documents (records below `count`), each folded term's best postings (term, record, score; grouped
    by term, best first) and each record's key
    (record, term, score; grouped by record, best first), from about POSTINGS_AT_ONCE postings at a time: each
    slice of terms gives its terms' best postings, and each record's key so far competes with the slice's
    postings, whose terms all come after the key's (so ties still go to the term first in alphabetical order)."""
    folded = np.array([term.startswith(FOLDED_MARKER) for term in scores.terms], dtype=bool)
    empty: _Columns = (np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0))
    best: list[_Columns] = []
    key = empty
    for first, end in term_slices(scores.starts, POSTINGS_AT_ONCE):
        low, high = int(scores.starts[first]), int(scores.starts[end])
        term = np.repeat(np.arange(first, end, dtype=np.int32), np.diff(scores.starts[first:end + 1]))
        doc = read_once(scores.docs, low, high)
        keep = folded[term] & (doc < count)
        term, doc, score = term[keep], doc[keep], read_once(scores.values, low, high)[keep]
        order = then_by(term, np.argsort(-score, kind="stable"))  # per term, best first; ties keep the records' order
        chosen = order[runs(term[order]) < RELATED_POSTINGS]
        best.append((term[chosen], doc[chosen], score[chosen]))
        doc, term, score = (np.concatenate(pair) for pair in zip(key, (doc, term, score)))
        order = then_by(doc, np.argsort(-score, kind="stable"))  # per document, its best terms first
        chosen = order[runs(doc[order]) < RELATED_TERMS]
        key = (doc[chosen], term[chosen], score[chosen])
    return tuple(np.concatenate(column) for column in zip(*best)) if best else empty, key


def _top_pairs(best: _Columns, key_doc: np.ndarray, key_term: np.ndarray, key_score: np.ndarray,
               count: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """(source, other) pairs: each source's `limit` best others, grouped by source, best first."""
    best_term, best_doc, best_score = best
    first = np.searchsorted(best_term, key_term, "left")  # each key term's candidates, in best_* order
    found = np.searchsorted(best_term, key_term, "right") - first
    row = np.repeat(np.arange(len(key_doc)), found)
    candidate = first[row] + np.arange(len(row)) - np.repeat(np.cumsum(found) - found, found)
    pairs, position = np.unique(key_doc[row].astype(np.int64) * max(count, 1) + best_doc[candidate], return_inverse=True)
    sums = np.bincount(position, weights=key_score[row] * best_score[candidate], minlength=len(pairs))
    source, other = np.divmod(pairs, max(count, 1))
    others = source != other
    source, other, sums = source[others], other[others], sums[others]

    order = then_by(source, np.argsort(-sums, kind="stable"))  # pairs come sorted by (source, other)
    top = order[runs(source[order]) < limit]
    return source[top], other[top]
