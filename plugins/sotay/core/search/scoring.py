"""BM25F scores of every (term, document), computed once at build time for the browser index.

A term's frequency in each field is weighted (FIELD_WEIGHTS) and normalised by the field's length
against its average over the documents that have the field, the weighted frequencies are summed and
saturated once (BM25F), then multiplied by the term's idf and the document's status factor (not for
a term of the document's own number). The browser only adds these numbers.

There are about 650 postings per document (exact and folded syllables, pairs, numbers), so they are
kept as numpy columns (record ids int32, scores float64), not Python objects: a tenth of the memory,
and the whole computation is a few array operations after each record's analysis (which `Analyser`
can remember between `mkdocs serve` rebuilds, so a rebuild analyses only the records that changed).
"""

from __future__ import annotations

import math
import pickle
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .analysis import NUMBER, PAIR, SYLLABLE, terms
from .columns import runs
from .records import FIELD_WEIGHTS, IDENTITY_FIELD, SearchRecord

K1 = 1.2
B = 0.75
# A query term typed with diacritics adds this share of its exact form's score to the folded one's.
EXACT_WEIGHT = 0.5
# Query terms by kind: two syllables side by side (a phrase) or a whole document number say more than one word.
KIND_WEIGHTS = {SYLLABLE: 1.0, PAIR: 2.0, NUMBER: 2.0}
RECORDS_AT_ONCE = 256  # records scored together: a few hundred thousand postings


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

    _COLUMNS = ("starts", "docs", "values")

    def save(self, folder: Path) -> None:
        """Write the scores to `folder`: each column as a numpy file, the terms pickled."""
        for name in self._COLUMNS:
            np.save(folder / f"{name}.npy", getattr(self, name))
        (folder / "terms.pickle").write_bytes(pickle.dumps(self.terms, protocol=pickle.HIGHEST_PROTOCOL))

    @classmethod
    def mapped(cls, folder: Path) -> "Scores":
        """The scores `save` wrote, the columns mapped read-only from their files: they take memory only
        while they are read, and the files may be deleted once this returns (the mappings keep them)."""
        columns = [np.load(folder / f"{name}.npy", mmap_mode="r") for name in cls._COLUMNS]
        return cls(pickle.loads((folder / "terms.pickle").read_bytes()), *columns)

    @classmethod
    def from_mapping(cls, scores: Mapping[str, Mapping[int, float]]) -> "Scores":
        """From {term: {record id: score}} (tests and small examples)."""
        ordered = sorted(scores)
        rows = [(term, doc, scores[term][doc]) for term in ordered for doc in sorted(scores[term])]
        sizes = [len(scores[term]) for term in ordered]
        return cls(tuple(ordered), np.concatenate(([0], np.cumsum(sizes, dtype=np.int64))).astype(np.int64),
                   np.array([doc for _, doc, _ in rows], dtype=np.int32),
                   np.array([value for _, _, value in rows], dtype=np.float64))


@dataclass(frozen=True, eq=False)
class RecordTerms:
    """One record's distinct terms (vocabulary ids) and how often each field holds each of them."""

    ids: np.ndarray
    counts: np.ndarray  # one row per field of FIELD_WEIGHTS, one column per term
    lengths: tuple[int, ...]  # each field's number of terms


class Analyser:
    """A record's fields as term ids and counts; ids come from a vocabulary that only grows.
    `remember`: keep each record's result (for `mkdocs serve`, whose rebuilds see mostly the same texts)."""

    def __init__(self, remember: bool = False):
        self.ids: dict[str, int] = {}
        self.record = lru_cache(maxsize=1 << 16)(self._record) if remember else self._record

    def _record(self, fields: tuple[str, ...]) -> RecordTerms:
        counted = [Counter(terms(text)) for text in fields]
        column = {term: index for index, term in enumerate(dict.fromkeys(term for counts in counted for term in counts))}
        counts = np.zeros((len(fields), len(column)), dtype=np.int64)
        for row, found in enumerate(counted):
            counts[row, [column[term] for term in found]] = list(found.values())
        ids = np.fromiter((self.ids.setdefault(term, len(self.ids)) for term in column), np.int64, len(column))
        narrow = np.uint16 if counts.max(initial=0) <= np.iinfo(np.uint16).max else np.uint32  # a quarter of the memory
        return RecordTerms(ids.astype(np.int32), counts.astype(narrow), tuple(int(n) for n in counts.sum(axis=1)))


def term_scores(records: list[SearchRecord], analyser: Analyser | None = None) -> Scores:
    """The score of every index term of every record.

    Each term's document frequency (its idf) and each field's average length need every record, so all
    are analysed first; the postings are then scored and put in their place a few hundred records at a
    time (a stable counting sort: each term's cursor moves along its slice of the output), so the only
    posting-long arrays are the analyses and the output (at 10,000 documents, holding every posting's
    columns at once made this the peak of a build).
    """
    analyser = analyser or Analyser()
    analysed = [analyser.record(tuple(record.field(name) for name in FIELD_WEIGHTS)) for record in records]
    total = len(records)
    lengths = np.array([one.lengths for one in analysed], dtype=np.float64).reshape(total, len(FIELD_WEIGHTS))
    norms = []  # per field, each record's weight over its normalised length
    for row, weight in enumerate(FIELD_WEIGHTS.values()):
        present = [length for length in lengths[:, row].tolist() if length]
        average = sum(present) / len(present) if present else 1.0
        norms.append(weight / (1 - B + B * lengths[:, row] / average))
    frequencies = np.zeros(len(analyser.ids), dtype=np.int64)  # documents holding each term (each holds it once)
    for start in range(0, total, RECORDS_AT_ONCE):
        frequencies += np.bincount(_ids(analysed[start:start + RECORDS_AT_ONCE]), minlength=len(frequencies))
    used = np.flatnonzero(frequencies)
    idf = np.zeros(len(frequencies))
    idf[used] = [math.log(1 + (total - df + 0.5) / (df + 0.5)) for df in frequencies[used].tolist()]
    vocabulary = list(analyser.ids)
    names = sorted(vocabulary[term] for term in used.tolist())
    alphabetical = np.zeros(len(frequencies), dtype=np.int32)
    alphabetical[[analyser.ids[name] for name in names]] = np.arange(len(names))
    sizes = np.zeros(len(names), dtype=np.int64)
    sizes[alphabetical[used]] = frequencies[used]
    starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
    docs, values = np.empty(int(starts[-1]), dtype=np.int32), np.empty(int(starts[-1]))
    cursor = starts[:-1].copy()  # where each term's next posting goes
    factors = np.array([record.factor for record in records], dtype=np.float64)
    for start in range(0, total, RECORDS_AT_ONCE):
        chunk = analysed[start:start + RECORDS_AT_ONCE]
        analysed[start:start + len(chunk)] = [None] * len(chunk)  # freed as scored; a remembering analyser keeps its own
        chunk_docs, chunk_values, rank = _score(chunk, start, norms, idf, factors, alphabetical)
        if not len(rank):
            continue
        order = np.argsort(rank, kind="stable")  # by term; records stay in ascending order
        rank = rank[order]
        within = runs(rank)
        places = cursor[rank] + within
        docs[places], values[places] = chunk_docs[order], chunk_values[order]
        last = np.flatnonzero(np.r_[rank[1:] != rank[:-1], True])  # each term's last posting in the chunk
        cursor[rank[last]] += within[last] + 1
    return Scores(tuple(names), starts, docs, values)


def _ids(chunk: list[RecordTerms]) -> np.ndarray:
    return np.concatenate([one.ids for one in chunk]) if chunk else np.zeros(0, np.int32)


def _score(chunk: list[RecordTerms], first: int, norms: list[np.ndarray], idf: np.ndarray, factors: np.ndarray,
           alphabetical: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The record ids, scores and alphabetical term ranks of the postings of records `first`, `first + 1`, …"""
    ids = _ids(chunk)
    docs = np.repeat(np.arange(first, first + len(chunk), dtype=np.int32), [len(one.ids) for one in chunk])
    counts = np.concatenate([one.counts for one in chunk], axis=1) if chunk else np.zeros((len(FIELD_WEIGHTS), 0))
    # In place: the operations and their order are those of idf * tf * (K1 + 1) / (K1 + tf) * factor.
    tf = np.zeros(len(ids))
    for row, norm in enumerate(norms):  # fields added in order
        weighted = norm[docs]
        weighted *= counts[row]
        tf += weighted
    values = idf[ids]
    values *= tf
    values *= K1 + 1
    tf += K1
    values /= tf
    factor = factors[docs]
    factor[counts[list(FIELD_WEIGHTS).index(IDENTITY_FIELD)] > 0] = 1.0  # a term of the record's own number
    values *= factor
    return docs, values, alphabetical[ids]
