"""Related documents: computed for every document at once from the shards' scores."""

from __future__ import annotations

import pytest
from search_fixture import copy_base

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import records
from sotay.core.search import related as related_module
from sotay.core.search.related import RELATED_POSTINGS, related_documents
from sotay.core.search.scoring import Scores, term_scores


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return records(KnowledgeBase.load(copy_base(tmp_path_factory.mktemp("search") / "base")))


def test_the_closest_document_comes_first_and_never_the_document_itself(found):
    related = related_documents(term_scores(found), len(found), 3)
    old = next(r for r in found if r.source == "guides/hd-03-tu.md")
    assert found[related[old.id][0]].source == "guides/hd-05-tu.md"
    assert all(doc not in others and len(others) <= 3 for doc, others in enumerate(related))


@pytest.mark.parametrize(("sources", "postings"), [(1, 1 << 20), (3, 1 << 20), (512, 1), (512, 50), (2, 300)])
def test_sources_and_postings_taken_a_few_at_a_time_give_the_lists_of_all_at_once(found, monkeypatch, sources, postings):
    scores = term_scores(found)
    whole = related_documents(scores, len(found), 5)
    assert sum(map(len, whole)) > len(found), "most records have related ones"
    monkeypatch.setattr(related_module, "SOURCES_AT_ONCE", sources)
    monkeypatch.setattr(related_module, "POSTINGS_AT_ONCE", postings)
    assert related_documents(scores, len(found), 5) == whole


@pytest.mark.parametrize(("scores", "expected"), [
    ({}, [[], []]),
    ({"~a": {0: 1.0, 1: 2.0}}, [[1], [0]]),
    ({"~a": {0: 1.0, 1: 2.0, 2: 2.0}, "b": {0: 9.0, 2: 9.0}}, [[1, 2], [2, 0], [1, 0]]),  # only folded (~) terms; ties by id
])
def test_sum_of_key_scores_times_scores(scores, expected):
    assert related_documents(Scores.from_mapping(scores), len(expected), 5) == expected


def test_only_a_terms_best_postings_are_candidates():
    crowded = {"~common": {doc: 1.0 + doc / 1000 for doc in range(RELATED_POSTINGS + 10)}}
    related = related_documents(Scores.from_mapping(crowded), RELATED_POSTINGS + 10, 100)
    assert set(related[0]) == set(range(10, RELATED_POSTINGS + 10))


def test_records_after_the_documents_neither_have_nor_are_related_documents():
    """Generated pages come after the documents: a tool is no document's reading, and has none of its own."""
    scores = Scores.from_mapping({"~a": {0: 1.0, 1: 2.0, 2: 3.0}, "~b": {2: 5.0, 3: 1.0}})
    assert related_documents(scores, 2, 5) == [[1], [0]]
