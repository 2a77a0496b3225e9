"""Loading a base again (a `mkdocs serve` rebuild) reuses what unchanged files gave and nothing else."""

from __future__ import annotations

import os
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


def _age(root: Path, seconds: int) -> None:
    """Every content file last modified `seconds` ago."""
    for path in (root / "content").rglob("*.md"):
        stamp = path.stat().st_mtime - seconds
        os.utime(path, (stamp, stamp))


def test_a_file_settled_since_the_last_load_is_not_read_again(tmp_path: Path, monkeypatch):
    root = write_base(tmp_path / "base", TINY_BASE)
    _age(root, 60)
    first = KnowledgeBase.load(root)
    guide = root / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("sinh hoạt", "sinh-hoạt", 1), encoding="utf-8")
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path.name) or real(path))
    second = KnowledgeBase.load(root, first)
    assert read == ["hd-05-tu.md"], "only the edited file is read"
    assert next(d for d in second.documents if d.slug == "hd-05-tu").title == "Hướng dẫn mới về sinh-hoạt chi bộ"


def test_a_file_changed_within_a_clock_tick_of_the_last_load_is_read_again(tmp_path: Path, monkeypatch):
    """Same size, same modification time (a coarse clock): a file that recent is read to be sure."""
    root = write_base(tmp_path / "base", TINY_BASE)
    guide = root / "content/guides/hd-05-tu.md"
    first = KnowledgeBase.load(root)
    stamp = guide.stat().st_mtime_ns
    guide.write_text(guide.read_text(encoding="utf-8").replace("Hướng dẫn mới", "Hướng dẫn MỚI", 1), encoding="utf-8")
    os.utime(guide, ns=(stamp, stamp))
    second = KnowledgeBase.load(root, first)
    assert next(d for d in second.documents if d.slug == "hd-05-tu").title.startswith("Hướng dẫn MỚI")
