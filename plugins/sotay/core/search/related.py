"""Related documents of every document at once, in time linear in the number of documents.

A document's key is its RELATED_TERMS highest-scoring folded terms (scoring.term_scores). Another
document is as related as the sum, over the key, of key score × its own score for the term: what a
search for the key, each term boosted by its score, would rank. Asking the whoosh index that once per
page cost a quarter of a build and grew with the square of the base (common terms are in every
document), so only each term's RELATED_POSTINGS best-scoring documents are candidates: the related
documents are the ones that score high on the key terms anyway, and the work per page stays bounded.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from .analysis import FOLDED_MARKER
from .scoring import Scores

__all__ = ["RELATED_POSTINGS", "RELATED_TERMS", "related_documents"]

RELATED_TERMS = 16
RELATED_POSTINGS = 32


def related_documents(scores: Scores, count: int, limit: int) -> list[list[int]]:
    """For each record id in range(count), the ids of up to `limit` most related other records, best first."""
    by_document: list[list[tuple[float, str]]] = [[] for _ in range(count)]
    best: dict[str, list[tuple[int, float]]] = {}
    for term, docs in scores.items():
        if term.startswith(FOLDED_MARKER):
            for doc, score in docs.items():
                by_document[doc].append((score, term))
            best[term] = heapq.nsmallest(RELATED_POSTINGS, docs.items(), key=_best_first)
    related = []
    for doc, weighted in enumerate(by_document):
        sums: dict[int, float] = defaultdict(float)
        for weight, term in heapq.nsmallest(RELATED_TERMS, weighted, key=lambda pair: (-pair[0], pair[1])):
            for other, score in best[term]:
                sums[other] += weight * score
        sums.pop(doc, None)
        related.append([other for other, _ in heapq.nsmallest(limit, sums.items(), key=_best_first)])
    return related


def _best_first(item: tuple[int, float]) -> tuple[float, int]:
    """(id, score) pairs by score, highest first, then by id."""
    return -item[1], item[0]
