"""The server-side index: whoosh behind one module, so another engine can replace it here alone.

Every field is analysed by `analysis.terms` (exact and folded syllables, pairs, numbers), so whoosh
indexes exactly the terms the browser shards hold. A folder holds one index and the fingerprint of
the records it was built from; `open_index` rebuilds it whenever the records change.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from whoosh import index, scoring
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema
from whoosh.query import And, Or, Query, Term

from .analysis import SYLLABLE, QueryTerm, analyze_query, index_term, terms
from .records import FIELD_WEIGHTS, IDENTITY_FIELD, SearchRecord
from .scoring import B, EXACT_WEIGHT, K1, KIND_WEIGHTS
from .snippet import Snippet, snippet

FORMAT = "sotay-whoosh-1"
# Under the knowledge base's root, outside content/ and docs/, so building never triggers `mkdocs serve`.
CACHE_DIR = Path(".cache", "sotay", "whoosh")
_FINGERPRINT = "fingerprint.txt"
RELATED_TERMS = 16


class TermsTokenizer(Tokenizer):
    """A whoosh tokenizer that yields the index terms of `analysis.terms`, nothing of whoosh's own folding."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for position, text in enumerate(terms(value)):
            token.text, token.boost, token.stopped = text, 1.0, False
            if positions:
                token.pos = start_pos + position
            yield token


def _schema() -> Schema:
    analyzer = TermsTokenizer()
    text = {name: TEXT(analyzer=analyzer, phrase=False, stored=name != "keywords") for name in FIELD_WEIGHTS}
    return Schema(id=NUMERIC(stored=True, unique=True), source=ID(stored=True, unique=True), path=STORED,
                  kind=ID(stored=True), status=ID(stored=True), percent=NUMERIC(sortable=True),
                  **text)


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
    """An open index: ranked search and related documents."""

    def __init__(self, ix: index.Index):
        self._searcher = ix.searcher(weighting=_StatusWeighting(B=B, K1=K1))

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def search(self, query: str, kinds: tuple[str, ...] = (), limit: int = 10) -> list[Hit]:
        """Documents holding every word of the query, best first; when none does, those holding any."""
        analysed = analyze_query(query)
        if not analysed:
            return []
        groups = [(term.kind, _term_query(term)) for term in analysed]
        everything = Or([q for _, q in groups])
        every_word = And([q for kind, q in groups if kind == SYLLABLE])
        only = [Or([Term("kind", kind) for kind in kinds])] if kinds else []
        # Every word as a filter, not an AndMaybe: whoosh's AndMaybe drops top documents under a limit.
        results = self._searcher.search(everything, limit=limit, filter=And([every_word, *only]))
        if results.is_empty():
            results = self._searcher.search(everything, limit=limit, filter=And(only) if only else None)
        return [self._hit(result, analysed) for result in results]

    def related(self, record_id: int, limit: int = 5) -> list[int]:
        """Ids of the documents most alike: the document's key terms (title and text, Bo1) sought in every field."""
        docnum = self._searcher.document_number(id=record_id)
        if docnum is None:
            return []
        stored = self._searcher.stored_fields(docnum)
        text = "\n".join(stored.get(name, "") for name in ("title", "number", "body"))
        key_terms = self._searcher.key_terms_from_text("body", text, numterms=RELATED_TERMS)
        query = Or([Term(name, term, boost=weight * field_weight)
                    for term, weight in key_terms for name, field_weight in FIELD_WEIGHTS.items()])
        results = self._searcher.search(query, limit=limit, mask=Term("id", record_id))
        return [hit["id"] for hit in results]

    def _hit(self, result, analysed: list[QueryTerm]) -> Hit:
        return Hit(id=result["id"], source=result["source"], path=result["path"], kind=result["kind"],
                   title=result["title"], number=result.get("number", ""), status=result.get("status", ""),
                   score=result.score, snippet=snippet(result.get("body", ""), analysed))


def _term_query(term: QueryTerm) -> Query:
    """The folded form in every field by its weight, plus the exact form's share when typed with diacritics."""
    forms = [(index_term(term.kind, term.folded, folded=True), KIND_WEIGHTS[term.kind])]
    if term.exact is not None:
        forms.append((index_term(term.kind, term.exact), KIND_WEIGHTS[term.kind] * EXACT_WEIGHT))
    return Or([Term(name, text, boost=weight * share) for name, weight in FIELD_WEIGHTS.items() for text, share in forms])


class _StatusWeighting(scoring.BM25F):
    """BM25F times the document's status factor, so documents no longer in force rank lower."""

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if fieldname == IDENTITY_FIELD:
            return scorer
        return _Scaled(scorer, searcher.reader().column_reader("percent"))


class _Scaled(scoring.BaseScorer):
    def __init__(self, inner: scoring.BaseScorer, percents):
        self._inner, self._percents = inner, percents

    def score(self, matcher) -> float:
        return self._inner.score(matcher) * self._percents[matcher.id()] / 100

    # Factors are at most 1, so the unscaled bounds still bound the scaled scores.
    def supports_block_quality(self) -> bool:
        return self._inner.supports_block_quality()

    def max_quality(self) -> float:
        return self._inner.max_quality()

    def block_quality(self, matcher) -> float:
        return self._inner.block_quality(matcher)


def fingerprint(records: list[SearchRecord]) -> str:
    """Changes whenever a record or the index format does."""
    digest = hashlib.sha256(FORMAT.encode())
    for record in records:
        digest.update(json.dumps(asdict(record), ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def is_current(directory: Path, records: list[SearchRecord]) -> bool:
    stamp = directory / _FINGERPRINT
    return stamp.is_file() and stamp.read_text(encoding="utf-8") == fingerprint(records)


def open_index(directory: Path, records: list[SearchRecord]) -> SearchIndex:
    """The index of `records` in `directory`, built first when missing or stale."""
    if not is_current(directory, records):
        build_index(directory, records)
    return SearchIndex(index.open_dir(str(directory)))


def build_index(directory: Path, records: list[SearchRecord]) -> None:
    """Write a fresh index beside `directory` and swap it in, so a reader never sees half of one."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".whoosh-new-", dir=directory.parent))
    try:
        writer = index.create_in(str(staging), _schema()).writer()
        for record in records:
            writer.add_document(id=record.id, source=record.source, path=record.path, kind=record.kind,
                                status=record.status, percent=round(record.factor * 100),
                                **{name: record.field(name) for name in FIELD_WEIGHTS})
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
