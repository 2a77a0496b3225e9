"""BM25F scores of every (term, document), computed once at build time for the browser index.

A term's frequency in each field is weighted (FIELD_WEIGHTS) and normalised by the field's length
against its average over the documents that have the field, the weighted frequencies are summed and
saturated once (BM25F), then multiplied by the term's idf and the document's status factor (not for
a term of the document's own number). The browser only adds these numbers.

There are about 650 postings per document (exact and folded syllables, pairs, numbers), so they are
kept as numpy columns, not Python objects: a tenth of the memory, and the whole computation is a few
array operations after each field's analysis (which `Analyser` can remember between `mkdocs serve`
rebuilds, so a rebuild analyses only the text that changed).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .analysis import NUMBER, PAIR, SYLLABLE, terms
from .records import FIELD_WEIGHTS, IDENTITY_FIELD, SearchRecord

K1 = 1.2
B = 0.75
# A query term typed with diacritics adds this share of its exact form's score to the folded one's.
EXACT_WEIGHT = 0.5
# Query terms by kind: two syllables side by side (a phrase) or a whole document number say more than one word.
KIND_WEIGHTS = {SYLLABLE: 1.0, PAIR: 2.0, NUMBER: 2.0}


@dataclass(frozen=True, eq=False)
class Scores:
    """Postings grouped by term, terms in alphabetical order: term `i` has the records `docs[starts[i]:starts[i+1]]`
    (ascending) with the scores `values[starts[i]:starts[i+1]]`."""

    terms: tuple[str, ...]
    starts: np.ndarray
    docs: np.ndarray
    values: np.ndarray

    def __len__(self) -> int:
        return len(self.terms)

    def posting_terms(self) -> np.ndarray:
        """The term number of every posting, beside `docs` and `values`."""
        return np.repeat(np.arange(len(self.terms)), np.diff(self.starts))

    @classmethod
    def from_mapping(cls, scores: Mapping[str, Mapping[int, float]]) -> "Scores":
        """From {term: {record id: score}} (tests and small examples)."""
        ordered = sorted(scores)
        rows = [(term, doc, scores[term][doc]) for term in ordered for doc in sorted(scores[term])]
        sizes = [len(scores[term]) for term in ordered]
        return cls(tuple(ordered), np.concatenate(([0], np.cumsum(sizes, dtype=np.int64))).astype(np.int64),
                   np.array([doc for _, doc, _ in rows], dtype=np.int64),
                   np.array([value for _, _, value in rows], dtype=np.float64))


class Analyser:
    """A field's text as term ids and their frequencies; ids come from a vocabulary that only grows.
    `remember`: keep each text's result (for `mkdocs serve`, whose rebuilds see mostly the same texts)."""

    def __init__(self, remember: bool = False):
        self.ids: dict[str, int] = {}
        self.field = lru_cache(maxsize=1 << 17)(self._field) if remember else self._field

    def _field(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        counts = Counter(terms(text))
        ids = np.fromiter((self.ids.setdefault(term, len(self.ids)) for term in counts), np.int64, len(counts))
        return ids, np.fromiter(counts.values(), np.float64, len(counts))


def term_scores(records: list[SearchRecord], analyser: Analyser | None = None) -> Scores:
    """The score of every index term of every record."""
    analyser = analyser or Analyser()
    total = len(records)
    term_ids, doc_ids, weighted, identity = [], [], [], slice(0)
    for name, weight in FIELD_WEIGHTS.items():
        analysed = [analyser.field(record.field(name)) for record in records]
        lengths = [int(frequencies.sum()) for _, frequencies in analysed]
        present = [length for length in lengths if length]
        average = sum(present) / len(present) if present else 1.0
        norms = weight / (1 - B + B * np.array(lengths, dtype=np.float64) / average)
        sizes = [len(ids) for ids, _ in analysed]
        docs = np.repeat(np.arange(total, dtype=np.int64), sizes)
        if name == IDENTITY_FIELD:
            offset = sum(len(ids) for ids in term_ids)
            identity = slice(offset, offset + sum(sizes))  # where this field's postings sit in `keys`
        term_ids.append(np.concatenate([ids for ids, _ in analysed]) if analysed else np.zeros(0, np.int64))
        doc_ids.append(docs)
        weighted.append((np.concatenate([f for _, f in analysed]) if analysed else np.zeros(0)) * norms[docs])
    keys = np.concatenate(term_ids) * max(total, 1) + np.concatenate(doc_ids)
    unique, position = np.unique(keys, return_inverse=True)
    tf = np.bincount(position, weights=np.concatenate(weighted), minlength=len(unique))  # fields added in order
    own_number = np.zeros(len(unique), dtype=bool)
    own_number[position[identity]] = True
    term_of, doc_of = np.divmod(unique, max(total, 1))
    starts = np.flatnonzero(np.r_[True, term_of[1:] != term_of[:-1]]) if len(term_of) else np.zeros(0, np.int64)
    used = term_of[starts]
    frequencies = np.diff(np.append(starts, len(unique)))
    idf = np.array([math.log(1 + (total - df + 0.5) / (df + 0.5)) for df in frequencies.tolist()])
    factors = np.array([record.factor for record in records], dtype=np.float64)
    values = np.repeat(idf, frequencies) * tf * (K1 + 1) / (K1 + tf) * np.where(own_number, 1.0, factors[doc_of])
    vocabulary = list(analyser.ids)
    names = [vocabulary[term] for term in used.tolist()]
    order = sorted(range(len(names)), key=names.__getitem__)
    picked = np.concatenate([np.arange(starts[i], starts[i] + frequencies[i]) for i in order]) if order else np.zeros(0, np.int64)
    return Scores(tuple(names[i] for i in order), np.concatenate(([0], np.cumsum(frequencies[order]))).astype(np.int64),
                  doc_of[picked], values[picked])
