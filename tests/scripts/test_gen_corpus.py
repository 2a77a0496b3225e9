"""scripts/gen_corpus.py: a valid, deterministic synthetic base whose needles have one right answer."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import gen_corpus

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.textfold import fold



def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_same_seed_same_bytes_other_seed_other_text(tmp_path: Path):
    gen_corpus.generate(tmp_path / "a", 80, seed=3)
    gen_corpus.generate(tmp_path / "b", 80, seed=3)
    gen_corpus.generate(tmp_path / "c", 80, seed=4)
    assert files(tmp_path / "a") == files(tmp_path / "b") != files(tmp_path / "c")


def test_base_is_valid_with_every_kind_and_form(tmp_path: Path):
    gen_corpus.generate(tmp_path, 120, seed=1)
    kb = KnowledgeBase.load(tmp_path)
    assert kb.diagnostics == []
    assert len([d for d in kb.documents if d.path.startswith("content/")]) == 120
    assert {d.kind for d in kb.documents} == {"guides", "model-meetings", "checklists", "rubrics"}
    assert {d.form for d in kb.documents if d.kind == "guides"} == {"van-ban", "huong-dan", "bai-viet"}
    assert any(d.status == "het-hieu-luc" for d in kb.documents if d.kind == "guides")
    assert any("đ" in d.title.lower() for d in kb.documents)


def test_each_needle_is_written_exactly_in_its_target_only(tmp_path: Path):
    needles = gen_corpus.generate(tmp_path, 200, seed=2)
    assert len(needles) == 10 and all("đ" in n.query.lower() for n in needles)
    pages = {p.relative_to(tmp_path / "content").as_posix(): p.read_text(encoding="utf-8") for p in (tmp_path / "content").rglob("*.md")}
    for needle in needles:
        exact = {path for path, text in pages.items() if needle.query in text}
        folded = {path for path, text in pages.items() if fold(needle.query) in fold(text)}
        assert exact == {needle.target}
        assert folded == {needle.target, *needle.decoys} and len(needle.decoys) == 2
        assert needle.url == needle.target.removesuffix(".md") + "/"
        assert "het-hieu-luc" not in pages[needle.target]
        for decoy in needle.decoys:
            variant = next(line for line in pages[decoy].splitlines() if fold(needle.query) in fold(line))
            assert unicodedata.is_normalized("NFC", variant) and not any(unicodedata.combining(c) for c in variant)
