"""Regrouping postings: what numpy's lexsort would give, for small and for wide (over 16-bit) keys; slices of terms;
mapped columns read a slice at a time without keeping their pages."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from sotay.core.search.columns import read_once, runs, term_slices, then_by


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


def _mapped_resident_kb(path: Path) -> int:
    """Resident kB of this process's mappings of `path`."""
    total, inside = 0, False
    with open("/proc/self/smaps", encoding="utf-8") as maps:
        for line in maps:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                inside = line.rstrip().endswith(str(path))
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
    return total


@pytest.mark.skipif(not Path("/proc/self/smaps").exists(), reason="Linux only")
@pytest.mark.parametrize("once", [True, False])
def test_a_mapped_column_read_once_keeps_none_of_its_pages(tmp_path, once):
    path = tmp_path / "column.npy"
    np.save(path, np.arange(8 << 20, dtype=np.int64))  # 64 MB
    column = np.load(path, mmap_mode="r")
    slices = term_slices(np.arange(0, (8 << 20) + 1, 1 << 10), 1 << 20)
    total = sum(int((read_once(column, low << 10, high << 10) if once else column[low << 10:high << 10]).sum())
                for low, high in slices)
    assert total == (8 << 20) * ((8 << 20) - 1) // 2
    resident = _mapped_resident_kb(path)
    assert (resident < 1024) if once else (resident > 32 << 10), resident


def test_read_once_of_an_array_in_memory_is_a_copy():
    column = np.arange(10)
    part = read_once(column, 2, 5)
    part[0] = 99
    assert list(part) == [99, 3, 4] and column[2] == 2


def test_term_slices_cover_every_term_in_whole_terms():
    starts = np.array([0, 5, 6, 7, 20, 21])  # term 3 alone holds more than a slice
    assert term_slices(starts, 6) == [(0, 2), (2, 3), (3, 4), (4, 5)]
    assert term_slices(np.array([0]), 6) == []
