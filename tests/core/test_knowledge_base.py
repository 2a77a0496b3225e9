"""Loading a base again (a `mkdocs serve` rebuild) reuses what unchanged files gave and nothing else."""

from __future__ import annotations

from pathlib import Path

from conftest import TINY_BASE, write_base

from sotay.core.knowledge_base import KnowledgeBase


def test_a_second_load_keeps_the_documents_of_unchanged_files_and_reads_changed_ones(tmp_path: Path):
    root = write_base(tmp_path / "base", TINY_BASE)
    first = KnowledgeBase.load(root)
    guide = root / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nMột câu mới.\n", encoding="utf-8")
    (root / "content/checklists/truoc.md").unlink()
    (root / "content/checklists/sau.md").write_text("---\ntitle: Việc sau sinh hoạt\nphase: nhe\n---\n- [ ] Lưu biên bản\n",
                                                    encoding="utf-8")
    second = KnowledgeBase.load(root, first)

    before = {doc.url_path: doc for doc in first.documents}
    after = {doc.url_path: doc for doc in second.documents}
    assert after["rubrics/khung.md"] is before["rubrics/khung.md"]
    assert after["guides/hd-05-tu.md"] is not before["guides/hd-05-tu.md"]
    assert "Một câu mới." in after["guides/hd-05-tu.md"].body
    assert "checklists/truoc.md" not in after
    assert [d.field for d in second.errors] == ["phase"], "a new file is validated: `nhe` is no phase"
    assert second.diagnostics == KnowledgeBase.load(root).diagnostics
