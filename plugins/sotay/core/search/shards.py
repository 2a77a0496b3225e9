"""The browser index: (path, bytes) pairs that let one query download only what it needs.

Terms (exact and folded, from `analysis.terms`) are spread over shard files by a hash of their folded
form, so a word typed with diacritics finds its exact and folded terms in one file. Each shard holds,
per term, its highest-scoring postings with their precomputed BM25F scores, and the rest in a tail file
that only the results page fetches. Documents are described in small blocks (display fields),
excerpts for snippets in one file per document, facet values in one compact file for the results
page, and a vocabulary of words and word pairs for "did you mean". Files other than the manifest are gzip-compressed JSON
or text (the browser inflates them with DecompressionStream), as a static host serves them as they
are. docs/reference/search-shards.md documents the format; `VERSION` changes whenever it does.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from ..vocabulary import vocabularies
from .analysis import FOLDED_MARKER, NUMBER_MARKER, fold
from .columns import read_once, term_slices
from .records import DEMOTED_STATUSES, SearchRecord, UrlOf, directory_url, shortcut_groups
from .scoring import EXACT_WEIGHT, KIND_WEIGHTS, Scores, term_scores

VERSION = 2
INDEX_DIR = "search"
HEAD = 32  # postings per term kept in the shard: enough for the header box's results
SCALE = 100  # scores are stored as integers: round(score * SCALE)
_MAX_POINTS = 2**31 - 1  # int32 points, below 2**31: (term, MAX - points) sorts by term, then highest points
RANKED_AT_ONCE = 1 << 18  # postings ranked together
SHARDS_AT_ONCE = 1 << 20  # postings of the shards written from one ranking
DOCS_BLOCK = 16
EXCERPT_CHARS = 2400
VOCABULARY_SIZE = 4000
VOCABULARY_PAIRS = 3000  # pairs of syllables: what a suggestion is checked against, and where its diacritics come from
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
    writer may stop between two); `scores` are `term_scores(records)`, computed here unless given.
    """
    def gzip_json(value) -> bytes:
        return _gzip(_json(value))

    scores = scores if scores is not None else term_scores(records)
    terms, starts = scores.terms, scores.starts
    sizes = np.diff(starts)
    plan = ShardPlan.for_postings(sum(map(len, terms)) + 8 * len(terms) + 9 * int(np.minimum(sizes, HEAD).sum()))
    shard = np.array([shard_of(term, plan.shards) for term in terms], dtype=np.int64)
    yield f"{INDEX_DIR}/manifest.json", _json(_manifest(records, plan, url_of))
    for low, high in _shard_groups(shard, sizes, plan.shards):  # the ranked postings of a few shards at a time
        wanted = (low <= shard) & (shard < high)
        flat, bounds = _ranked(scores, wanted)
        indexes = np.flatnonzero(wanted)
        for number in range(low, high):  # one shard's postings as Python lists at a time, not the whole index
            heads, tails = {}, {}
            for at in np.flatnonzero(shard[indexes] == number).tolist():
                index, first, end = int(indexes[at]), bounds[at], bounds[at + 1]
                heads[terms[index]] = [(end - first) // 2, *flat[first:min(end, first + 2 * HEAD)].tolist()]
                if end - first > 2 * HEAD:
                    tails[terms[index]] = flat[first + 2 * HEAD:end].tolist()
            yield f"{INDEX_DIR}/t/{number:x}.json.gz", gzip_json(heads)
            if tails:
                yield f"{INDEX_DIR}/t/{number:x}.tail.json.gz", gzip_json(tails)
        del flat
    for start in range(0, len(records), DOCS_BLOCK):
        block = records[start:start + DOCS_BLOCK]
        yield f"{INDEX_DIR}/d/{start // DOCS_BLOCK}.json.gz", gzip_json([_display(r, url_of) for r in block])
    for record in records:
        yield f"{INDEX_DIR}/x/{record.id}.txt.gz", _gzip(_excerpt(record).encode("utf-8"))
    yield f"{INDEX_DIR}/facets.json.gz", gzip_json(_facets(records))
    yield f"{INDEX_DIR}/vocab.json.gz", gzip_json(_vocabulary(terms, sizes))


def _shard_groups(shard: np.ndarray, sizes: np.ndarray, shards: int) -> list[tuple[int, int]]:
    """Consecutive ranges of shard numbers holding about SHARDS_AT_ONCE postings each (one shard at least)."""
    per_shard = np.bincount(shard, weights=sizes, minlength=shards)
    return term_slices(np.concatenate(([0], np.cumsum(per_shard))), SHARDS_AT_ONCE)


def _ranked(scores: Scores, wanted: np.ndarray) -> tuple[np.ndarray, list[int]]:
    """The postings of the `wanted` terms (a mask over the terms) as record, score, record, score, … (scores as
    integers), each term's highest first, then lowest id, and where each wanted term's begin and end: the
    `i`-th wanted term's are `flat[bounds[i]:bounds[i + 1]]`. Ranked a slice of whole terms at a time
    (RANKED_AT_ONCE postings or one term), so the sort's temporaries stay a few MB whatever the base."""
    starts = scores.starts
    sizes = np.diff(starts)[wanted]
    bounds = np.concatenate(([0], 2 * np.cumsum(sizes))).astype(np.int64)
    flat = np.empty(int(bounds[-1]), dtype=np.int32)
    position = 0
    for first, end in term_slices(starts, RANKED_AT_ONCE):
        if not wanted[first:end].any():
            continue
        low, high = int(starts[first]), int(starts[end])
        term = np.repeat(np.arange(end - first, dtype=np.int64), np.diff(starts[first:end + 1]))
        keep = wanted[first:end][term]
        term = term[keep]
        points = np.maximum(1, np.rint(read_once(scores.values, low, high)[keep] * SCALE)).astype(np.int32)  # rint rounds halves to even, like round()
        order = np.argsort(term << 31 | (_MAX_POINTS - points), kind="stable")  # ties keep their ascending records
        count = len(term)
        flat[position:position + 2 * count:2] = read_once(scores.docs, low, high)[keep][order]
        flat[position + 1:position + 2 * count:2] = points[order]
        position += 2 * count
    return flat, bounds.tolist()


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)  # mtime 0: the same bytes for the same data


def _manifest(records: list[SearchRecord], plan: ShardPlan, url_of: UrlOf) -> dict:
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
        # What a search that finds nothing offers: [heading, [[title, url], …]] (each kind's listing, the pages used most).
        "shortcuts": [[heading, [[r.title, url_of(r.source)] for r in members]] for heading, members in shortcut_groups(records)],
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


def _vocabulary(terms: tuple[str, ...], documents_of: np.ndarray) -> dict[str, list[str]]:
    """The most frequent syllables and pairs of syllables without digits, each in its most frequent exact spelling,
    most frequent first (`documents_of`: each term's number of documents)."""
    spellings: dict[bool, dict[str, Counter[str]]] = {False: {}, True: {}}  # by whether the term is a pair
    for term, documents in zip(terms, documents_of.tolist()):
        if not term.startswith((FOLDED_MARKER, NUMBER_MARKER)) and not any(c.isdigit() for c in term):
            spellings[" " in term].setdefault(fold(term), Counter())[term] = documents
    return {"words": _most_frequent(spellings[False], VOCABULARY_SIZE), "pairs": _most_frequent(spellings[True], VOCABULARY_PAIRS)}


def _most_frequent(spellings: dict[str, Counter[str]], size: int) -> list[str]:
    ranked = sorted(spellings.values(), key=lambda c: (-sum(c.values()), c.most_common(1)[0][0]))
    return [counts.most_common(1)[0][0] for counts in ranked[:size]]
