"""The pure functions of assets/search/rank.js, run in Chromium: ranking rules, facets, snippets, suggestions."""

from __future__ import annotations

import pytest
from search_fixture import RESULTS_PAGE

CALL = """([name, args]) => {
    const { searchRank: rank, searchAnalysis: analysis } = sotay;
    const value = ({ rank: (q, postings, weights) => rank.rank(analysis.analyzeQuery(q), (t) => postings[t], weights),
                     marks: (text, q) => rank.mark(text, rank.marker(text, analysis.analyzeQuery(q).filter((t) => t.kind === "syllable")))
                       .filter((p) => p.mark).map((p) => p.text),
                     facetCounts: (docs, facets, chosen, columns) => Object.fromEntries(Object.entries(rank.facetCounts(docs, facets,
                       Object.fromEntries(Object.entries(chosen).map(([f, c]) => [f, new Set(c)])), columns)).map(([f, m]) => [f, [...m]])),
                   })[name] ?? rank[name];
    return value(...args);
}"""
WEIGHTS = {"exactWeight": 0.5, "kindWeights": {"syllable": 1, "pair": 2, "number": 2}}


@pytest.fixture
def call(desktop):
    desktop.page.goto(desktop.base + RESULTS_PAGE)
    return lambda name, *args: desktop.page.evaluate(CALL, [name, list(args)])


def full(*postings):
    return {"df": len(postings) // 2, "postings": list(postings), "complete": True}


def test_documents_with_every_word_come_alone_and_exact_forms_add_their_share(call):
    postings = {"~dong": full(1, 10, 2, 10), "~dam": full(1, 10, 3, 50), "đồng": full(1, 4), "~dong dam": full(1, 5)}
    found = call("rank", "Đồng Đăm", postings, WEIGHTS)
    assert [h["doc"] for h in found["hits"]] == [1] and found["everyWord"] and found["unknown"] == []
    assert found["hits"][0]["score"] == 10 + 0.5 * 4 + 10 + 2 * 5


def test_every_word_in_its_typed_spelling_outranks_a_higher_folded_score(call):
    postings = {"~dong": full(1, 10, 2, 90), "~dam": full(1, 10, 2, 90), "đồng": full(1, 4), "đăm": full(1, 4), "~dong dam": full(1, 5, 2, 50)}
    assert [h["doc"] for h in call("rank", "Đồng Đăm", postings, WEIGHTS)["hits"]] == [1, 2]
    assert [h["doc"] for h in call("rank", "dong dam", postings, WEIGHTS)["hits"]] == [2, 1], "without diacritics, scores decide"
    assert [h["doc"] for h in call("rank", "Đồng Đam", postings, WEIGHTS)["hits"]] == [2, 1], "a spelling no document has decides nothing"


def test_without_a_full_match_every_partial_match_is_ranked(call):
    found = call("rank", "dong xyz", {"~dong": full(1, 10, 2, 30)}, WEIGHTS)
    assert [h["doc"] for h in found["hits"]] == [2, 1] and not found["everyWord"] and found["unknown"] == ["xyz"]


def test_a_word_whose_postings_are_cut_is_not_held_against_a_document(call):
    cut = {"df": 500, "postings": [1, 90], "complete": False}
    found = call("rank", "sinh dam", {"~sinh": cut, "~dam": full(1, 5, 7, 5)}, WEIGHTS)
    assert [h["doc"] for h in found["hits"]] == [1, 7] and found["everyWord"]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("ban", "ban", 0), ("ban", "bam", 1), ("ban", "bna", 1), ("bna", "ba", 1), ("bann", "ban", 1), ("bn", "ban", 1), ("abc", "cba", 2),
    ("ban", "xxxxx", 3), ("", "ab", 2),
])
def test_distance_counts_a_swap_of_two_neighbours_as_one_edit(call, a: str, b: str, expected: int):
    assert call("distance", a, b, 2) == expected


VOCABULARY = {"words": ["ba", "bản", "biên", "bàn", "thông", "tin", "na", "biện", "họp"],
              "pairs": ["biện pháp", "biên bản", "thông tin", "bàn bạc", "họp chi"]}


@pytest.mark.parametrize(("query", "unknown", "suggested"), [
    ("bien bna", ["bna"], "biên bản"),          # swapped letters; the known pair decides between "ban" and "ba"
    ("bien bann", ["bann"], "biên bản"),        # a doubled letter
    ("bien bn", ["bn"], "biên bản"),            # a missing letter
    ("biên bnả", ["bna"], "biên bản"),          # typed with diacritics
    ("biện bna", ["bna"], "biên bản"),          # spelt as the index knows the pair
    ("bieen bna", ["bna"], "biên bản"),         # Telex keys read as the search reads them (ee: ê)
    ("thong tim", ["tim"], "thông tin"),
    ("hop bna", ["bna"], "hop ba"),             # no known pair: the nearest, then the most frequent
    ("xyzzy", ["xyzzy"], None),
    ("bien bna xyzzy", ["bna", "xyzzy"], None),  # a word with no near one: the suggestion would still lack it
    ("bien ban", [], None),                     # nothing unknown, nothing to suggest
])
def test_suggest_replaces_unknown_words_from_the_vocabulary_and_restores_diacritics(call, query, unknown, suggested):
    assert call("suggest", query, unknown, VOCABULARY) == suggested


@pytest.mark.parametrize(("text", "query", "marked"), [
    ("Quy định về quý", "quy định", ["Quy", "định"]),
    ("Quy định về quý", "quy dinh", ["Quy", "định", "quý"]),
    ("Đồng Đăm", "Dồng Dăm", ["Đồng", "Đăm"]),
    ("<b>x</b> sinh", "sinh", ["sinh"]),
])
def test_marks(call, text: str, query: str, marked: list[str]):
    assert call("marks", text, query) == marked


def test_facet_counts_respect_the_other_facets_choices(call):
    columns = {"kind": [1, 1, 2, 2], "meeting": [1, 3, 2, 0]}
    counts = call("facetCounts", [0, 1, 2, 3], ["kind", "meeting"], {"kind": [2]}, columns)
    assert dict(map(tuple, counts["kind"])) == {1: 2, 2: 2}, "a facet is counted without its own choice"
    assert dict(map(tuple, counts["meeting"])) == {1: 1}, "bit 1 of 2 is set only in document 2"
