"""Freed memory goes back to the system between the phases of a build (glibc's malloc_trim)."""

from __future__ import annotations

import platform

import pytest

from sotay.adapters.mkdocs import memory


def _resident_mb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) >> 10


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_memory_freed_below_a_live_allocation_is_given_back():
    chunks = [bytes(2000) + bytes([n % 256]) for n in range(100_000)]  # 200 MB from malloc's heap, not Python's arenas
    pinned = bytes(2000) + b"x"  # above them: the heap cannot just shrink from its top
    before = _resident_mb()
    del chunks
    memory.give_back()
    assert before - _resident_mb() > 100, "the freed pages left the process"
    assert pinned.endswith(b"x")
