"""Search: the text analysis every index and searcher shares."""

from sotay.core.search.analysis import (
    FOLDED_MARKER,
    NUMBER,
    NUMBER_MARKER,
    PAIR,
    SYLLABLE,
    QueryTerm,
    Token,
    analyze,
    analyze_query,
    fold,
    has_diacritics,
    index_term,
    normalize,
    terms,
    untelex,
)

__all__ = [
    "FOLDED_MARKER",
    "NUMBER",
    "NUMBER_MARKER",
    "PAIR",
    "SYLLABLE",
    "QueryTerm",
    "Token",
    "analyze",
    "analyze_query",
    "fold",
    "has_diacritics",
    "index_term",
    "normalize",
    "terms",
    "untelex",
]
