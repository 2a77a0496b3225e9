"""BM25F scores: the same numbers however many records are scored or merged at once, grouped by term, written and
mapped back."""

from __future__ import annotations

import numpy as np
import pytest
from search_fixture import copy_base

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search import scoring
from sotay.core.search.records import records
from sotay.core.search.scoring import Analyser, term_scores


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return records(KnowledgeBase.load(copy_base(tmp_path_factory.mktemp("scoring") / "base")))


@pytest.mark.parametrize(("records_at_once", "terms_at_once"), [(1, 1), (4, 7), (4, 1 << 30)])
def test_records_scored_a_few_at_a_time_give_the_scores_of_all_at_once(found, monkeypatch, records_at_once, terms_at_once):
    monkeypatch.setattr(scoring, "RECORDS_AT_ONCE", 1 << 30)
    monkeypatch.setattr(scoring, "TERMS_AT_ONCE", 1 << 30)
    whole = term_scores(found)
    monkeypatch.setattr(scoring, "RECORDS_AT_ONCE", records_at_once)
    monkeypatch.setattr(scoring, "TERMS_AT_ONCE", terms_at_once)
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


def test_scores_written_to_a_folder_are_mapped_and_outlive_their_files(found, tmp_path):
    expected = term_scores(found)
    mapped = term_scores(found, Analyser(), tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docs.npy", "starts.npy", "terms.pickle", "values.npy"]
    for path in tmp_path.iterdir():
        path.unlink()
    assert mapped.terms == expected.terms
    for name, dtype in (("starts", np.int64), ("docs", np.int32), ("values", np.float64)):
        column = getattr(mapped, name)
        assert isinstance(column, np.memmap) and not column.flags.writeable and column.dtype == dtype
        assert np.array_equal(column, getattr(expected, name))


def test_no_records_give_no_scores(tmp_path):
    scores = term_scores([], Analyser(), tmp_path)
    assert len(scores) == 0 and list(scores.starts) == [0] and len(scores.docs) == len(scores.values) == 0