"""The browser index: (path, bytes) pairs that let one query download only what it needs.

Terms (exact and folded, from `analysis.terms`) are spread over shard files by a hash of their folded
form, so a word typed with diacritics finds its exact and folded terms in one file. Each shard holds,
per term, its highest-scoring postings with their precomputed BM25F scores, and the rest in a tail file
that only the results page fetches. Documents are described in small blocks (display fields),
excerpts for snippets in one file per document, facet values in one compact file for the results
page, and a vocabulary for "did you mean". Files other than the manifest are gzip-compressed JSON
or text (the browser inflates them with DecompressionStream), as a static host serves them as they
are. docs/reference/search-shards.md documents the format; `VERSION` changes whenever it does.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
from collections import Counter, OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..vocabulary import vocabularies
from .analysis import FOLDED_MARKER, NUMBER_MARKER, fold
from .columns import read_once, term_slices
from .records import DEMOTED_STATUSES, SearchRecord, UrlOf, directory_url
from .scoring import EXACT_WEIGHT, KIND_WEIGHTS, Scores, term_scores

VERSION = 1
INDEX_DIR = "search"
HEAD = 32  # postings per term kept in the shard: enough for the header box's results
SCALE = 100  # scores are stored as integers: round(score * SCALE)
_MAX_POINTS = 2**31 - 1  # int32 points, below 2**31: (term, MAX - points) sorts by term, then highest points
RANKED_AT_ONCE = 1 << 18  # postings ranked together
DOCS_BLOCK = 16
EXCERPT_CHARS = 2400
VOCABULARY_SIZE = 4000
SHARD_TARGET_BYTES = 3072  # uncompressed; about 1 KB once gzipped
FACETS = ("kind", "form", "meeting", "cell", "issuer", "year", "status")
_LABELLED = (("kind", "kinds"), ("form", "form"), ("meeting", "meeting_types"), ("cell", "cell_types"), ("status", "status"))


@dataclass(frozen=True)
class ShardPlan:
    """How many shards the corpus gets: a power of two that keeps shards near SHARD_TARGET_BYTES."""

    shards: int

    @classmethod
    def for_postings(cls, estimated_bytes: int) -> "ShardPlan":
        return cls(max(8, 1 << max(0, math.ceil(math.log2(max(1, estimated_bytes / SHARD_TARGET_BYTES))))))


def shard_of(term: str, shards: int) -> int:
    """FNV-1a (32 bits) of the UTF-8 bytes of the term's folded form without `~`, modulo the shard count.

    `đăm` and `~dam` share a shard. assets/search/analysis.js computes the same.
    """
    value = 0x811C9DC5
    for byte in fold(term.removeprefix(FOLDED_MARKER)).encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % shards


def shard_pairs(records: list[SearchRecord], url_of: UrlOf = directory_url,
                scores: Scores | None = None) -> Iterator[tuple[str, bytes]]:
    """Every file of the browser index as (path under the site, bytes), in a stable order, one at a time (a
    writer may stop between two); `scores` are `term_scores(records)`, computed here unless given."""
    scores = scores if scores is not None else term_scores(records)
    flat, terms, starts = _ranked(scores), scores.terms, scores.starts
    del scores  # its records and scores columns are in `flat` now: mapped from files, their pages may go
    sizes = np.diff(starts)
    plan = ShardPlan.for_postings(sum(map(len, terms)) + 8 * len(terms) + 9 * int(np.minimum(sizes, HEAD).sum()))
    terms_of: list[list[int]] = [[] for _ in range(plan.shards)]
    for index, term in enumerate(terms):
        terms_of[shard_of(term, plan.shards)].append(index)
    yield f"{INDEX_DIR}/manifest.json", _json(_manifest(records, plan))
    bounds = (2 * starts).tolist()
    for shard, indexes in enumerate(terms_of):  # one shard's postings as Python lists at a time, not the whole index
        heads, tails = {}, {}
        for index in indexes:
            first, end = bounds[index], bounds[index + 1]
            heads[terms[index]] = [(end - first) // 2, *flat[first:min(end, first + 2 * HEAD)].tolist()]
            if end - first > 2 * HEAD:
                tails[terms[index]] = flat[first + 2 * HEAD:end].tolist()
        yield f"{INDEX_DIR}/t/{shard:x}.json.gz", _gzip_json(heads)
        if tails:
            yield f"{INDEX_DIR}/t/{shard:x}.tail.json.gz", _gzip_json(tails)
    for start in range(0, len(records), DOCS_BLOCK):
        block = records[start:start + DOCS_BLOCK]
        yield f"{INDEX_DIR}/d/{start // DOCS_BLOCK}.json.gz", _gzip_json([_display(r, url_of) for r in block])
    for record in records:
        yield f"{INDEX_DIR}/x/{record.id}.txt.gz", _gzip(_excerpt(record).encode("utf-8"))
    yield f"{INDEX_DIR}/facets.json.gz", _gzip_json(_facets(records))
    yield f"{INDEX_DIR}/vocab.json.gz", _gzip_json(_vocabulary(terms, sizes))


def _ranked(scores: Scores) -> np.ndarray:
    """Each term's postings as record, score, record, score, … (scores as integers), highest first, then lowest id:
    term `i`'s are `[2 * starts[i]:2 * starts[i + 1]]`. Sorted a slice of whole terms at a time (RANKED_AT_ONCE
    postings or one term), so the sort's temporaries stay a few MB whatever the size of the base."""
    starts = scores.starts
    flat = np.empty(2 * int(starts[-1]), dtype=np.int32)
    for first, end in term_slices(starts, RANKED_AT_ONCE):
        low, high = int(starts[first]), int(starts[end])
        points = np.maximum(1, np.rint(read_once(scores.values, low, high) * SCALE)).astype(np.int32)  # rint rounds halves to even, like round()
        term = np.repeat(np.arange(end - first, dtype=np.int64), np.diff(starts[first:end + 1]))
        order = np.argsort(term << 31 | (_MAX_POINTS - points), kind="stable")  # ties keep their ascending records
        flat[2 * low:2 * high:2], flat[2 * low + 1:2 * high:2] = read_once(scores.docs, low, high)[order], points[order]
    return flat


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


_GZIPPED: OrderedDict[bytes, bytes] = OrderedDict()  # a digest of the input -> its gzip bytes, newest last
_GZIPPED_KEPT = 1 << 13


def _gzip(data: bytes) -> bytes:
    """`data` gzipped; the last results are remembered, since under `mkdocs serve` most files (excerpts, document
    blocks) are the same next rebuild. They are found by a digest of their input, so the input is not kept."""
    key = hashlib.blake2b(data, digest_size=16).digest()
    packed = _GZIPPED.pop(key, None) or gzip.compress(data, compresslevel=9, mtime=0)  # mtime 0: the same bytes
    _GZIPPED[key] = packed
    if len(_GZIPPED) > _GZIPPED_KEPT:
        _GZIPPED.popitem(last=False)
    return packed


def _gzip_json(value) -> bytes:
    return _gzip(_json(value))


def _manifest(records: list[SearchRecord], plan: ShardPlan) -> dict:
    vocab = vocabularies()
    return {
        "version": VERSION,
        "hash": "fnv1a32-utf8",
        "shards": plan.shards,
        "head": HEAD,
        "scale": SCALE,
        "exact_weight": EXACT_WEIGHT,
        "kind_weights": KIND_WEIGHTS,
        "markers": {"folded": FOLDED_MARKER, "number": NUMBER_MARKER},
        "docs": {"count": len(records), "block": DOCS_BLOCK},
        "demoted": sorted(DEMOTED_STATUSES),
        # Lists of [slug, label], in the order facets.json codes refer to.
        "labels": {name: [[slug, text] for slug, text in vocab[key].items()] for name, key in _LABELLED},
        "facets": list(FACETS),
    }


def _display(record: SearchRecord, url_of: UrlOf) -> list:
    """[title, url, kind, number, status, year]: what a result line shows."""
    return [record.title, url_of(record.source), record.kind, record.number, record.status, record.year or 0]


def _excerpt(record: SearchRecord) -> str:
    """The text a snippet is cut from: summary words first, then the body, cut at a word."""
    text = record.body if len(record.body) <= EXCERPT_CHARS else record.body[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    return text.replace("\n", " ")


def _facets(records: list[SearchRecord]) -> dict:
    """Per facet, one integer per document (index into the labels + 1, bit masks for lists, the year)."""
    vocab = vocabularies()
    order = {name: list(vocab[key]) for name, key in _LABELLED}
    issuers = sorted({r.issuer for r in records if r.issuer})

    def index(name: str, value: str) -> int:
        return order[name].index(value) + 1 if value in order[name] else 0

    def mask(name: str, values: tuple[str, ...]) -> int:
        return sum(1 << order[name].index(v) for v in values if v in order[name])

    return {
        "issuers": issuers,
        "columns": {
            "kind": [index("kind", r.kind) for r in records],
            "form": [index("form", r.form) for r in records],
            "meeting": [mask("meeting", r.meeting_types) for r in records],
            "cell": [mask("cell", r.cell_types) for r in records],
            "issuer": [issuers.index(r.issuer) + 1 if r.issuer else 0 for r in records],
            "year": [r.year or 0 for r in records],
            "status": [index("status", r.status) for r in records],
        },
    }


def _vocabulary(terms: tuple[str, ...], documents_of: np.ndarray) -> list[str]:
    """The most frequent syllables, each in its most frequent exact spelling, most frequent first (`documents_of`:
    each term's number of documents)."""
    spellings: dict[str, Counter[str]] = {}
    for term, documents in zip(terms, documents_of.tolist()):
        if not term.startswith((FOLDED_MARKER, NUMBER_MARKER)) and " " not in term and not term.isdigit():
            spellings.setdefault(fold(term), Counter())[term] = documents
    ranked = sorted(spellings.values(), key=lambda c: (-sum(c.values()), c.most_common(1)[0][0]))
    return [counts.most_common(1)[0][0] for counts in ranked[:VOCABULARY_SIZE]]
