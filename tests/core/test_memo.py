"""Memos that `mkdocs serve` keeps and a one-off build forgets."""

from __future__ import annotations

from sotay.core.memo import forget_all, memo


def test_a_memo_remembers_until_everything_is_forgotten():
    calls = []

    @memo(maxsize=8)
    def double(value: int) -> int:
        calls.append(value)
        return 2 * value

    assert double(2) == double(2) == 4 and calls == [2]
    forget_all()
    assert double(2) == 4 and calls == [2, 2]
