"""Giving freed memory back to the system between the phases of a build.

Python frees a phase's temporaries (a share of the pages rendered, say) into the C allocator, which keeps
most of them for later allocations rather than returning them; the next phase's objects land elsewhere,
so the process's memory only grows. glibc's `malloc_trim` returns every wholly free page; elsewhere
(another C library, another system) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache


def give_back() -> None:
    """Collect garbage and return the allocator's free pages to the system."""
    gc.collect()
    trim = _malloc_trim()
    if trim:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None
