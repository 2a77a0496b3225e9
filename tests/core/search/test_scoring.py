"""BM25F scores: the same numbers however many records are scored at once, grouped by term, saved and mapped back."""

from __future__ import annotations

import numpy as np
import pytest
from search_fixture import copy_base

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search import scoring
from sotay.core.search.records import records
from sotay.core.search.scoring import Analyser, Scores, term_scores


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return records(KnowledgeBase.load(copy_base(tmp_path_factory.mktemp("scoring") / "base")))


@pytest.mark.parametrize("at_once", [1, 4])
def test_records_scored_a_few_at_a_time_give_the_scores_of_all_at_once(found, monkeypatch, at_once):
    whole = term_scores(found)
    monkeypatch.setattr(scoring, "RECORDS_AT_ONCE", at_once)
    chunked = term_scores(found, Analyser())
    assert chunked.terms == whole.terms
    assert np.array_equal(chunked.starts, whole.starts)
    assert np.array_equal(chunked.docs, whole.docs) and np.array_equal(chunked.values, whole.values)


def test_postings_grouped_by_term_in_alphabetical_order_records_ascending(found):
    scores = term_scores(found)
    assert list(scores.terms) == sorted(scores.terms) and len(scores.terms) > 100
    for term in range(len(scores)):
        docs = scores.docs[scores.starts[term]:scores.starts[term + 1]]
        assert len(docs) and (np.diff(docs) > 0).all()
    assert (scores.values > 0).all()


def test_scores_saved_then_mapped_are_the_same_and_outlive_their_files(found, tmp_path):
    scores = term_scores(found)
    scores.save(tmp_path)
    mapped = Scores.mapped(tmp_path)
    for path in tmp_path.iterdir():
        path.unlink()
    assert mapped.terms == scores.terms
    for name in ("starts", "docs", "values"):
        column = getattr(mapped, name)
        assert isinstance(column, np.memmap) and not column.flags.writeable
        assert np.array_equal(column, getattr(scores, name)) and column.dtype == getattr(scores, name).dtype
