"""Grouping postings kept as numpy columns: stable regrouping and positions within groups.

numpy sorts 16-bit integers stably by radix, several times faster than wider integers or a lexsort of
the same keys; `then_by` sorts 16 bits at a time, so postings of tens of thousands of documents and
hundreds of thousands of terms regroup in a few linear passes.

The scores' columns are mapped from files (scoring.Scores.mapped); a page of a mapping, once read, counts
as the process's memory until the mapping goes, so a reader going through the whole columns a slice at a
time takes each slice with `read_once`, which lets the slice's pages go (they stay in the system's cache).
"""

from __future__ import annotations

import mmap

import numpy as np

__all__ = ["read_once", "runs", "term_slices", "then_by"]


def then_by(groups: np.ndarray, order: np.ndarray) -> np.ndarray:
    """`order` stably sorted again by `groups[order]` (non-negative integers below 2**32): grouped, and within a
    group still in `order`'s order. Each pass's key is cast to 16 bits before it is gathered: the
    temporaries are a quarter of the postings' width."""
    high = int(groups.max(initial=0)) >> 16
    order = order[np.argsort(groups.astype(np.uint16)[order], kind="stable")]  # the cast keeps the low 16 bits
    return order[np.argsort((groups >> 16).astype(np.uint16)[order], kind="stable")] if high else order


def runs(groups: np.ndarray) -> np.ndarray:
    """Each element's position within its run of equal values (`groups` is sorted)."""
    if not len(groups):
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    return np.arange(len(groups)) - np.repeat(starts, np.diff(np.r_[starts, len(groups)]))


def term_slices(starts: np.ndarray, postings: int) -> list[tuple[int, int]]:
    """Consecutive ranges of term numbers holding about `postings` postings each (one term at least), where term
    `i` has the postings `starts[i]:starts[i + 1]`."""
    slices, first, terms = [], 0, len(starts) - 1
    while first < terms:
        end = int(np.searchsorted(starts, starts[first] + postings, "right")) - 1
        end = min(max(end, first + 1), terms)
        slices.append((first, end))
        first = end
    return slices


def read_once(column: np.ndarray, low: int, high: int) -> np.ndarray:
    """A copy of `column[low:high]`; when `column` is a whole mapped file (np.memmap), the pages wholly within
    the slice then leave this process (read again from the file if need be)."""
    part = np.array(column[low:high])
    mapping = getattr(column, "_mmap", None)  # numpy's mapping of the file, from its allocation-aligned start
    drop = getattr(mmap, "MADV_DONTNEED", None)
    if isinstance(column, np.memmap) and mapping is not None and drop is not None:
        begin = column.offset % mmap.ALLOCATIONGRANULARITY + low * column.itemsize
        end = begin + (high - low) * column.itemsize
        first, last = -(-begin // mmap.PAGESIZE) * mmap.PAGESIZE, end // mmap.PAGESIZE * mmap.PAGESIZE
        if first < last:
            mapping.madvise(drop, first, last - first)
    return part
