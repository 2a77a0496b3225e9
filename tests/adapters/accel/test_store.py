"""accel/store.py: a value comes back only for the key it was stored under."""

from __future__ import annotations

from pathlib import Path

from sotay.adapters.mkdocs.accel.store import ResultStore, digest


def test_value_only_for_the_same_key(tmp_path: Path):
    cache = ResultStore(tmp_path / "c")
    assert cache.get("guides/a.md", "k1") is None
    cache.put("guides/a.md", "k1", {"html": "<p>á</p>", "ids": {"x"}})
    assert cache.get("guides/a.md", "k1") == {"html": "<p>á</p>", "ids": {"x"}}
    assert cache.get("guides/a.md", "k2") is None and cache.get("guides/b.md", "k1") is None
    cache.put("guides/a.md", "k2", "new")
    assert cache.get("guides/a.md", "k2") == "new" and cache.get("guides/a.md", "k1") is None


def test_a_damaged_entry_is_a_miss(tmp_path: Path):
    cache = ResultStore(tmp_path)
    cache.put("a", "k", 1)
    entry = next(p for p in tmp_path.rglob("*") if p.is_file())
    entry.write_bytes(b"\x80garbage")
    assert cache.get("a", "k") is None


def test_digest_keeps_parts_apart():
    assert digest("ab", "c") != digest("a", "bc") and digest("x") == digest(b"x")
