"""The scoring process of `mkdocs serve`: the same scores and related documents as the build computes itself."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from mkdocs.exceptions import PluginError

from sotay.adapters.mkdocs.search.scorer import Scorer
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import records
from sotay.core.search.related import related_documents
from sotay.core.search.scoring import Analyser, Scores, term_scores


@pytest.fixture
def scorer():
    made = Scorer()
    yield made
    made.close()


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def test_each_job_gives_what_the_build_computes(scorer, tiny_base: Path, tmp_path: Path):
    found = records(KnowledgeBase.load(tiny_base))
    expected = term_scores(found, Analyser(), _folder(tmp_path / "expected"))
    for job in range(2):  # the second reuses the process and its analyser's memo
        wait = scorer.submit(found, 5, _folder(tmp_path / f"job{job}"))
        assert wait is not None and wait() == related_documents(expected, len(found), 5)
        scores = Scores.mapped(tmp_path / f"job{job}")
        assert scores.terms == expected.terms
        assert all(np.array_equal(getattr(scores, name), getattr(expected, name)) for name in ("starts", "docs", "values"))


def test_a_failed_job_is_raised_and_the_next_one_is_done(scorer, tiny_base: Path, tmp_path: Path):
    found = records(KnowledgeBase.load(tiny_base))
    with pytest.raises(PluginError, match="FileNotFoundError"):
        scorer.submit(found, 5, tmp_path / "missing")()
    assert scorer.submit(found, 5, _folder(tmp_path / "there"))() == related_documents(
        term_scores(found, Analyser(), _folder(tmp_path / "expected")), len(found), 5)


def test_a_stopped_process_is_replaced(scorer, tiny_base: Path, tmp_path: Path):
    found = records(KnowledgeBase.load(tiny_base))
    scorer.submit(found, 5, _folder(tmp_path / "first"))()
    scorer._process.kill()
    scorer._process.wait()
    assert len(scorer.submit(found, 5, _folder(tmp_path / "second"))()) == len(found)
