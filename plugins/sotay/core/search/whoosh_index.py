"""The server-side index: whoosh behind one module, so another engine can replace it here alone.

Each document is indexed as its `analysis.terms` terms, each once, weighted by the BM25F score that
`scoring.term_scores` gives it (status factor included): the very numbers of the browser shards. The
`ScoredTerms` field below indexes them; whoosh's own analysis and accent folding are never used. A search adds
weights as the browser does, so `sotay search` and the site rank alike. A folder holds one index and the fingerprint
of the records it was built from; `open_index` rebuilds it whenever the records change. It also keeps the stamp
of the files the records were made from (`inputs_of`), so that `open_unchanged` opens it without loading the base
while none of them changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from whoosh import index
from whoosh.fields import ID, NUMERIC, STORED, FieldType, Schema
from whoosh.formats import Frequency
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint

from ..clock import build_date
from ..file_stamps import code_stamp, stamps
from .analysis import SYLLABLE, QueryTerm, analyze_query, index_term
from .columns import read_once, term_slices
from .records import SearchRecord
from .scoring import EXACT_WEIGHT, KIND_WEIGHTS, Scores, term_scores
from .snippet import Snippet, snippet

FORMAT = "sotay-whoosh-4"
# Under the knowledge base's root, outside content/ and docs/, so building never triggers `mkdocs serve`.
CACHE_DIR = Path(".cache", "sotay", "whoosh")
_FINGERPRINT = "fingerprint.txt"
_INPUTS = "inputs.json"  # {"inputs": inputs_of(root), "errors": content errors}
TERMS = "terms"  # the field of the scored terms
SLICE_POSTINGS = 1 << 18  # postings read from the scores at once


class ScoredTerms(FieldType):
    """The field of a document's `analysis.terms` terms, each once, weighted by its score.

    Whoosh's analyzers are bypassed on purpose: the terms and their weights are made once, by the same
    code as the browser shards'. Nor do the postings go through `index`: `_ScoredPostings` gives the
    writer all of them at once, from the scores. A document's value is its number of terms, its length.
    """

    def __init__(self):
        # Scorable so that whoosh keeps field lengths in a column: without one, it looks for the column's
        # file on disk for every posting it writes (half the indexing time).
        super().__init__(Frequency(), None, scorable=True)

    def index(self, value, **kwargs):
        return ((b"", value, 0.0, b""),)  # counted as the length; `_ScoredPostings.add` drops it


class _ScoredPostings:
    """What whoosh's segment writer calls its posting pool, for an index whose `terms` come from `Scores`.

    The writer collects every posting in its pool and reads them back sorted by field, term bytes and
    document. Its own pool pickles each posting to temporary files to sort them (most of the indexing
    time); the scores are already in that order (terms in code point order, which UTF-8 bytes keep;
    records ascending), so only the few postings of the other fields are collected here and sorted.
    The pool is an attribute of whoosh's SegmentWriter, not public API: whoosh-reloaded is pinned
    (requirements.lock), and the index tests would fail on a writer that no longer reads it.
    """

    def __init__(self, scores: Scores):
        self._scores = scores
        self._others: list[tuple] = []

    def add(self, item: tuple) -> None:
        if item[0] != TERMS:
            self._others.append(item)

    def iter_postings(self) -> Iterator[tuple]:
        others = sorted(self._others)
        yield from (item for item in others if item[0] < TERMS)
        yield from self._terms()
        yield from (item for item in others if item[0] > TERMS)

    def _terms(self) -> Iterator[tuple]:
        frequency_one, starts = pack_uint(1), self._scores.starts.tolist()
        for docs, values, first, end in _slices(self._scores):
            low = starts[first]
            docs, values = docs.tolist(), values.tolist()
            for index in range(first, end):
                text = self._scores.terms[index].encode("utf-8")
                for at in range(starts[index] - low, starts[index + 1] - low):
                    yield TERMS, text, docs[at], values[at], frequency_one

    def cleanup(self) -> None:
        self._others = []


def _slices(scores: Scores) -> Iterator[tuple[np.ndarray, np.ndarray, int, int]]:
    """(records, scores, first term, end term) of consecutive slices of whole terms, each read once."""
    for first, end in term_slices(scores.starts, SLICE_POSTINGS):
        low, high = int(scores.starts[first]), int(scores.starts[end])
        yield read_once(scores.docs, low, high), read_once(scores.values, low, high), first, end


def _schema() -> Schema:
    # `id` is only ever matched whole: one term a document, not whoosh's eight precision tiers for ranges, which
    # the writer would hold and sort for nothing.
    return Schema(id=NUMERIC(stored=True, unique=True, shift_step=0), source=ID(stored=True, unique=True), kind=ID(stored=True),
                  path=STORED, title=STORED, number=STORED, status=STORED, body=STORED, **{TERMS: ScoredTerms()})


@dataclass(frozen=True)
class Hit:
    """One ranked result."""

    id: int
    source: str
    path: str
    kind: str
    title: str
    number: str
    status: str
    score: float
    snippet: Snippet


class SearchIndex:
    """An open index: ranked search.

    A query reads the postings of each of its terms once, through whoosh's public matcher API, and ranks in
    arrays: whoosh's own query matchers walk the same postings once per pass (and once more for each filter),
    a Python call per posting each time."""

    def __init__(self, ix: index.Index):
        self._searcher = ix.searcher()
        self._count = self._searcher.doc_count_all()

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 10) -> list[Hit]:
        """Documents holding every word of the query, best first, those holding every word typed with
        diacritics in that very spelling before the others; when none holds every word, those holding any.
        A document's score is the sum of its terms' stored scores, each by its kind's weight (the exact form
        of a word typed with diacritics adding its share), as the browser adds them."""
        analysed = analyze_query(query)
        if not analysed:
            return []
        scores, matched = np.zeros(self._count), np.zeros(self._count, bool)
        allowed = self._allowed(kinds)
        every_word, every_exact = allowed.copy(), None
        for term in analysed:
            weight = KIND_WEIGHTS[term.kind]
            docs, values = self._postings(TERMS, index_term(term.kind, term.folded, folded=True))
            scores[docs] += weight * values
            matched[docs] = True
            if term.kind == SYLLABLE:
                every_word &= _holding(docs, self._count)
            if term.exact is None:
                continue
            docs, values = self._postings(TERMS, index_term(term.kind, term.exact))
            scores[docs] += weight * EXACT_WEIGHT * values
            if term.kind == SYLLABLE:
                every_exact = _holding(docs, self._count) & (True if every_exact is None else every_exact)
        chosen = _best(scores, every_word & every_exact, limit) if every_exact is not None else []
        if len(chosen) < limit:
            rest = every_word.copy()
            rest[chosen] = False
            chosen += _best(scores, rest & matched, limit - len(chosen))
        if not chosen:
            chosen = _best(scores, matched & allowed, limit)
        return [self._hit(number, float(scores[number]), analysed) for number in chosen]

    def _postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The documents holding `text` in `field` and the term's stored weight in each."""
        try:
            matcher = self._searcher.postings(field, text)
        except TermNotFound:
            return np.zeros(0, np.int64), np.zeros(0)
        docs, values = [], []
        while matcher.is_active():
            docs.append(matcher.id())
            values.append(matcher.weight())
            matcher.next()
        return np.array(docs, np.int64), np.array(values)

    def _allowed(self, kinds: tuple[str, ...]) -> np.ndarray:
        """Which documents are of one of `kinds` (every document when none is given)."""
        if not kinds:
            return np.ones(self._count, bool)
        allowed = np.zeros(self._count, bool)
        for kind in kinds:
            allowed[self._postings("kind", kind)[0]] = True
        return allowed

    def _hit(self, number: int, score: float, analysed: list[QueryTerm]) -> Hit:
        stored = self._searcher.stored_fields(number)
        return Hit(id=stored["id"], source=stored["source"], path=stored["path"], kind=stored["kind"],
                   title=stored["title"], number=stored["number"], status=stored["status"],
                   score=score, snippet=snippet(stored["body"], analysed))


def _holding(docs: np.ndarray, count: int) -> np.ndarray:
    holding = np.zeros(count, bool)
    holding[docs] = True
    return holding


def _best(scores: np.ndarray, among: np.ndarray, limit: int) -> list[int]:
    """The `limit` documents of `among` with the highest scores; of equal scores, the one indexed first."""
    candidates = np.flatnonzero(among)
    order = np.lexsort((candidates, -scores[candidates]))
    return candidates[order[:limit]].tolist()


def fingerprint(records: list[SearchRecord]) -> str:
    """Changes whenever a record or the index format does."""
    digest = hashlib.sha256(FORMAT.encode())
    for record in records:
        digest.update(json.dumps(asdict(record), ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def is_current(directory: Path, records: list[SearchRecord]) -> bool:
    stamp = directory / _FINGERPRINT
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprint(records)


def open_index(directory: Path, records: list[SearchRecord], scores: Scores | None = None,
               inputs: str | None = None, errors: int = 0) -> SearchIndex:
    """The index of `records` in `directory`, built first when missing or stale (from `scores` when given).
    `inputs`: the stamp of the files `records` were made from, kept with the number of content `errors`."""
    if not is_current(directory, records):
        build_index(directory, records, scores)
    if inputs is not None:
        (directory / _INPUTS).write_text(json.dumps({"inputs": inputs, "errors": errors}), encoding="utf-8")
    return SearchIndex(index.open_dir(str(directory)))


def open_unchanged(directory: Path, inputs: str) -> tuple[SearchIndex, int] | None:
    """The index and the number of content errors it was built with, when it was built from files with the stamp
    `inputs`; None otherwise (then load the base and call `open_index`)."""
    try:
        kept = json.loads((directory / _INPUTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("inputs") != inputs or not (directory / _FINGERPRINT).is_file():
        return None
    return SearchIndex(index.open_dir(str(directory))), int(kept.get("errors", 0))


def inputs_of(root: Path) -> str:
    """A stamp of what a base's records are made from: its files (content/, docs/, mkdocs.yml), this package's
    code and the build date (statuses depend on it)."""
    config = root / "mkdocs.yml"
    status = config.stat() if config.is_file() else None
    parts = [FORMAT, build_date().isoformat(), code_stamp(), stamps([root / "content", root / "docs"]),
             f"{status.st_size}\t{status.st_mtime_ns}" if status else ""]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def build_index(directory: Path, records: list[SearchRecord], scores: Scores | None = None) -> None:
    """Write a fresh index beside `directory` and swap it in, so a reader never sees half of one."""
    scores = scores if scores is not None else term_scores(records)
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".whoosh-new-", dir=directory.parent))
    try:
        writer = index.create_in(str(staging), _schema()).writer()
        writer.pool = _ScoredPostings(scores)
        lengths = sum((np.bincount(docs, minlength=len(records)) for docs, *_ in _slices(scores)),
                      np.zeros(len(records), np.int64)).tolist()
        for record in records:
            writer.add_document(id=record.id, source=record.source, path=record.path, kind=record.kind, title=record.title,
                                number=record.number, status=record.status, body=record.body, **{TERMS: lengths[record.id]})
        writer.commit()
        (staging / _FINGERPRINT).write_text(fingerprint(records), encoding="utf-8")
        old = directory.with_name(directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if directory.exists():
            os.replace(directory, old)
        os.replace(staging, directory)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
