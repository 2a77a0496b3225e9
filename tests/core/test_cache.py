"""core/cache.py: a value comes back only for the key it was stored under."""

from __future__ import annotations

from pathlib import Path

from sotay.core.cache import LastResult, ResultCache, digest


def test_value_only_for_the_same_key(tmp_path: Path):
    cache = ResultCache(tmp_path / "c")
    assert cache.get("guides/a.md", "k1") is None
    cache.put("guides/a.md", "k1", {"html": "<p>á</p>", "ids": {"x"}})
    assert cache.get("guides/a.md", "k1") == {"html": "<p>á</p>", "ids": {"x"}}
    assert cache.get("guides/a.md", "k2") is None and cache.get("guides/b.md", "k1") is None
    cache.put("guides/a.md", "k2", "new")
    assert cache.get("guides/a.md", "k2") == "new" and cache.get("guides/a.md", "k1") is None


def test_a_damaged_entry_is_a_miss(tmp_path: Path):
    cache = ResultCache(tmp_path)
    cache.put("a", "k", 1)
    entry = next(p for p in tmp_path.rglob("*") if p.is_file())
    entry.write_bytes(b"\x80garbage")
    assert cache.get("a", "k") is None


def test_digest_keeps_parts_apart():
    assert digest("ab", "c") != digest("a", "bc") and digest("x") == digest(b"x")


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
