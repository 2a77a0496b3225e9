"""BM25F scores of every (term, document), computed once at build time for the browser index.

A term's frequency in each field is weighted (FIELD_WEIGHTS) and normalised by the field's length
against its average over the documents that have the field, the weighted frequencies are summed and
saturated once (BM25F), then multiplied by the term's idf and the document's status factor (not for
a term of the document's own number). The browser only adds these numbers.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable

from .analysis import NUMBER, PAIR, SYLLABLE, terms
from .records import FIELD_WEIGHTS, IDENTITY_FIELD, SearchRecord

K1 = 1.2
B = 0.75
# A query term typed with diacritics adds this share of its exact form's score to the folded one's.
EXACT_WEIGHT = 0.5
# Query terms by kind: two syllables side by side (a phrase) or a whole document number say more than one word.
KIND_WEIGHTS = {SYLLABLE: 1.0, PAIR: 2.0, NUMBER: 2.0}


Scores = dict[str, dict[int, float]]


def term_counts(text: str) -> Counter[str]:
    """How often each index term occurs in `text`."""
    return Counter(terms(text))


def term_scores(records: list[SearchRecord], analyse: Callable[[str], Counter[str]] = term_counts) -> Scores:
    """term -> {record id: score}, for every index term of every record. `analyse`: term_counts, or a memo of it."""
    weighted: dict[str, dict[int, float]] = defaultdict(dict)
    identity: set[tuple[str, int]] = set()
    for name, weight in FIELD_WEIGHTS.items():
        analysed = [analyse(record.field(name)) for record in records]
        lengths = [sum(counts.values()) for counts in analysed]
        present = [length for length in lengths if length]
        average = sum(present) / len(present) if present else 1.0
        for record, counts, length in zip(records, analysed, lengths):
            norm = weight / (1 - B + B * length / average)
            for term, tf in counts.items():
                docs = weighted[term]
                docs[record.id] = docs.get(record.id, 0.0) + tf * norm
            if name == IDENTITY_FIELD:
                identity.update((term, record.id) for term in counts)
    total = len(records)
    factors = [record.factor for record in records]
    for term, docs in weighted.items():  # in place: a second dict of every posting would double the peak memory
        idf = math.log(1 + (total - len(docs) + 0.5) / (len(docs) + 0.5))
        for doc, tf in docs.items():
            docs[doc] = idf * tf * (K1 + 1) / (K1 + tf) * (1.0 if (term, doc) in identity else factors[doc])
    return dict(weighted)
