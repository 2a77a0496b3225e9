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
import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, count
from pathlib import Path

import numpy as np
from numpy.lib.format import dtype_to_descr, write_array_header_1_0

from .analysis import NUMBER, PAIR, SYLLABLE, terms
from .columns import term_slices, then_by
from .records import FIELD_WEIGHTS, IDENTITY_FIELD, SearchRecord

K1 = 1.2
B = 0.75
# A query term typed with diacritics adds this share of its exact form's score to the folded one's.
EXACT_WEIGHT = 0.5
# Query terms by kind: two syllables side by side (a phrase) or a whole document number say more than one word.
KIND_WEIGHTS = {SYLLABLE: 1.0, PAIR: 2.0, NUMBER: 2.0}
RECORDS_AT_ONCE = 256  # records scored together: a few hundred thousand postings
TERMS_AT_ONCE = 1 << 19  # postings merged together (in whole terms)


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

    @classmethod
    def mapped(cls, folder: Path) -> "Scores":
        """The scores `term_scores` wrote, the columns mapped read-only from their files: they take memory only
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
        column = dict(zip(dict.fromkeys(chain.from_iterable(counted)), count()))  # each term once, first seen first
        counts = np.zeros((len(fields), len(column)), dtype=np.int64)
        for row, found in enumerate(counted):
            counts[row, list(map(column.__getitem__, found))] = list(found.values())
        vocabulary = self.ids
        vocabulary.update(zip([term for term in column if term not in vocabulary], count(len(vocabulary))))
        ids = np.fromiter(map(vocabulary.__getitem__, column), np.int64, len(column))
        narrow = np.uint16 if counts.max(initial=0) <= np.iinfo(np.uint16).max else np.uint32  # a quarter of the memory
        return RecordTerms(ids.astype(np.int32), counts.astype(narrow), tuple(int(n) for n in counts.sum(axis=1)))


def term_scores(records: list[SearchRecord], analyser: Analyser | None = None, folder: Path | None = None) -> Scores:
    """The score of every index term of every record, written to `folder` (a temporary one when None; the
    files may be deleted once this returns) and mapped back read-only (`Scores.mapped`).

    Each term's document frequency (its idf) and each field's average length need every record, so all are
    analysed first; the postings are then scored and sorted by term RECORDS_AT_ONCE records at a time, and
    the sorted runs merged TERMS_AT_ONCE postings at a time into the columns' files. The analyses and the
    runs wait in files meanwhile, so that what is held at once is a chunk's and a block's arrays, not every
    posting two or three times over.
    """
    analyser = analyser or Analyser()
    with tempfile.TemporaryDirectory(prefix="scoring-", dir=folder) as work:
        spill, out = Path(work), Path(folder) if folder else Path(work)
        total = len(records)
        lengths = np.zeros((total, len(FIELD_WEIGHTS)))
        frequencies = np.zeros(0, dtype=np.int64)  # documents holding each term (each holds it once)
        with _Spill(spill / "analyses") as analyses:
            for start in range(0, total, RECORDS_AT_ONCE):
                chunk = [analyser.record(tuple(record.field(name) for name in FIELD_WEIGHTS))
                         for record in records[start:start + RECORDS_AT_ONCE]]
                lengths[start:start + len(chunk)] = [one.lengths for one in chunk]
                ids = _ids(chunk)
                found = np.bincount(ids, minlength=len(analyser.ids))
                frequencies = np.concatenate((frequencies, np.zeros(len(found) - len(frequencies), np.int64))) + found
                analyses.write(ids, np.array([len(one.ids) for one in chunk], dtype=np.int32), _counts(chunk))
            idf = np.zeros(len(frequencies))
            used = np.flatnonzero(frequencies)
            idf[used] = [math.log(1 + (total - df + 0.5) / (df + 0.5)) for df in frequencies[used].tolist()]
            vocabulary = list(analyser.ids)
            names = sorted(vocabulary[term] for term in used.tolist())
            alphabetical = np.zeros(len(frequencies), dtype=np.int32)
            alphabetical[[analyser.ids[name] for name in names]] = np.arange(len(names))
            sizes = np.zeros(len(names), dtype=np.int64)
            sizes[alphabetical[used]] = frequencies[used]
            starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
            scorer = _Scorer(_norms(lengths), idf, np.array([record.factor for record in records], dtype=np.float64))
            blocks = np.array([first for first, _ in term_slices(starts, TERMS_AT_ONCE)] + [len(names)], dtype=np.int64)
            with _Runs(spill, blocks) as sorted_runs:
                first = 0
                for ids, postings, counts in analyses.read():
                    docs = np.repeat(np.arange(first, first + len(postings), dtype=np.int32), postings)
                    sorted_runs.add(alphabetical[ids], docs, scorer.values(ids, docs, counts))
                    first += len(postings)
                sorted_runs.merge(out / "docs.npy", out / "values.npy")
        np.save(out / "starts.npy", starts)
        (out / "terms.pickle").write_bytes(pickle.dumps(tuple(names), protocol=pickle.HIGHEST_PROTOCOL))
        return Scores.mapped(out)


def _ids(chunk: list[RecordTerms]) -> np.ndarray:
    return np.concatenate([one.ids for one in chunk]) if chunk else np.zeros(0, np.int32)


def _counts(chunk: list[RecordTerms]) -> np.ndarray:
    """The chunk's counts side by side (fields x postings), as narrow as they fit."""
    if not chunk:
        return np.zeros((len(FIELD_WEIGHTS), 0), np.uint16)
    return np.concatenate([one.counts for one in chunk], axis=1)


def _norms(lengths: np.ndarray) -> list[np.ndarray]:
    """Per field, each record's weight over its length normalised by the field's average (records having it)."""
    norms = []
    for row, weight in enumerate(FIELD_WEIGHTS.values()):
        present = [length for length in lengths[:, row].tolist() if length]
        average = sum(present) / len(present) if present else 1.0
        norms.append(weight / (1 - B + B * lengths[:, row] / average))
    return norms


@dataclass(frozen=True)
class _Scorer:
    norms: list[np.ndarray]
    idf: np.ndarray
    factors: np.ndarray

    def values(self, ids: np.ndarray, docs: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """The scores of postings (term `ids[i]` in record `docs[i]`, held `counts[:, i]` times per field)."""
        # In place: the operations and their order are those of idf * tf * (K1 + 1) / (K1 + tf) * factor.
        tf = np.zeros(len(ids))
        for row, norm in enumerate(self.norms):  # fields added in order
            weighted = norm[docs]
            weighted *= counts[row]
            tf += weighted
        values = self.idf[ids]
        values *= tf
        values *= K1 + 1
        tf += K1
        values /= tf
        factor = self.factors[docs]
        factor[counts[list(FIELD_WEIGHTS).index(IDENTITY_FIELD)] > 0] = 1.0  # a term of the record's own number
        values *= factor
        return values


class _Spill:
    """Groups of arrays written to a file one after the other, read back in the same order."""

    def __init__(self, path: Path):
        self._file = open(path, "w+b")
        self._groups: list[list[tuple[np.dtype, tuple[int, ...]]]] = []

    def __enter__(self) -> "_Spill":
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, *arrays: np.ndarray) -> None:
        self._groups.append([(array.dtype, array.shape) for array in arrays])
        for array in arrays:
            self._file.write(np.ascontiguousarray(array).data)

    def read(self):
        """Each group written, as a list of arrays."""
        self._file.seek(0)
        for group in self._groups:
            yield [np.frombuffer(self._file.read(dtype.itemsize * math.prod(shape)), dtype).reshape(shape)
                   for dtype, shape in group]


class _Runs:
    """Postings sorted by term a chunk at a time (a run each, in files), merged a block of terms at a time."""

    _COLUMNS = (("ranks", np.int32), ("docs", np.int32), ("values", np.float64))

    def __init__(self, folder: Path, blocks: np.ndarray):
        self._files = [open(folder / f"run-{name}", "w+b") for name, _ in self._COLUMNS]
        self._blocks = blocks  # first term of each block, then the number of terms
        self._edges: list[np.ndarray] = []  # per run: the positions of the blocks' first postings in the file

    def __enter__(self) -> "_Runs":
        return self

    def __exit__(self, *exc: object) -> None:
        for file in self._files:
            file.close()

    def add(self, ranks: np.ndarray, docs: np.ndarray, values: np.ndarray) -> None:
        """One chunk's postings, records ascending."""
        order = np.argsort(ranks, kind="stable")  # by term; records stay in ascending order
        ranks = ranks[order]
        written = self._files[0].tell() // 4
        self._edges.append(written + np.searchsorted(ranks, self._blocks))
        for file, column in zip(self._files, (ranks, docs[order], values[order])):
            file.write(column.data)

    def merge(self, docs_path: Path, values_path: Path) -> None:
        """Each term's postings from every run, in run (so record) order, into two .npy files."""
        for file in self._files:
            file.flush()
        total = self._files[0].tell() // 4
        with _NpyWriter(docs_path, np.int32, total) as docs, _NpyWriter(values_path, np.float64, total) as values:
            for block in range(len(self._blocks) - 1):
                ranks, block_docs, block_values = (np.concatenate([
                    _read(file, dtype, int(edges[block]), int(edges[block + 1])) for edges in self._edges])
                    for file, (_, dtype) in zip(self._files, self._COLUMNS))
                order = then_by(ranks - self._blocks[block], np.arange(len(ranks)))
                docs.write(block_docs[order])
                values.write(block_values[order])


def _read(file, dtype: type, low: int, high: int) -> np.ndarray:
    size = np.dtype(dtype).itemsize
    return np.frombuffer(os.pread(file.fileno(), (high - low) * size, low * size), dtype)


class _NpyWriter:
    """A one-dimensional .npy file written piece by piece (np.save needs the whole array)."""

    def __init__(self, path: Path, dtype: type, length: int):
        self._file = open(path, "wb")
        write_array_header_1_0(self._file, {"descr": dtype_to_descr(np.dtype(dtype)), "fortran_order": False,
                                            "shape": (length,)})

    def __enter__(self) -> "_NpyWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def write(self, array: np.ndarray) -> None:
        self._file.write(np.ascontiguousarray(array).data)
