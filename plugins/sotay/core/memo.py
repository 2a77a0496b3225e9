"""Memos of pure functions, which `mkdocs serve` keeps from one rebuild to the next (most inputs are the same).

A one-off build has no next rebuild: once the memos have served (its pages are made), `forget_all` lets go of
what they hold — documents among their keys, bodies' texts, links — for the rest of the build to use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

F = TypeVar("F", bound=Callable)
_MEMOS: list = []


def memo(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, which `forget_all` empties."""
    def remembered(function: F) -> F:
        memoised = lru_cache(maxsize=maxsize)(function)
        _MEMOS.append(memoised)
        return memoised  # type: ignore[return-value]
    return remembered


def forget_all() -> None:
    """Empty every memo (the next calls compute again)."""
    for memoised in _MEMOS:
        memoised.cache_clear()
