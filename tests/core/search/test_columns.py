"""Regrouping postings: what numpy's lexsort would give, for small and for wide (over 16-bit) keys."""

from __future__ import annotations

import numpy as np
import pytest

from sotay.core.search.columns import runs, then_by


@pytest.mark.parametrize("largest", [3, 70_000, 5_000_000])  # one 16-bit pass, then two
def test_then_by_is_a_stable_sort_by_the_groups(largest):
    rng = np.random.default_rng(7)
    groups = rng.integers(0, largest, 5_000)
    scores = rng.integers(0, 4, 5_000)  # many ties: they must keep the order given
    by_score = np.argsort(-scores, kind="stable")
    assert then_by(groups, by_score).tolist() == np.lexsort((np.arange(5_000), -scores, groups)).tolist()


@pytest.mark.parametrize(("groups", "expected"), [([], []), ([4], [0]), ([1, 1, 2, 5, 5, 5], [0, 1, 0, 0, 1, 2])])
def test_runs_counts_positions_within_each_run(groups, expected):
    assert runs(np.array(groups, dtype=np.int64)).tolist() == expected
