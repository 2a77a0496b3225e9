"""core/memo.py: the last result comes back only for the very same objects."""

from __future__ import annotations

from sotay.core.memo import LastResult


def test_last_result_is_reused_only_for_the_very_same_objects():
    calls = []

    def count(documents: list) -> int:
        calls.append(documents)
        return len(documents)

    memo = LastResult(count)
    first, second = ["a"], ["b"]
    assert memo([first, second]) == 2 and memo([first, second]) == 2 and len(calls) == 1
    assert memo([first, ["b"]]) == 2 and len(calls) == 2, "an equal but new object is a change"
    assert memo([first]) == 1 and len(calls) == 3
