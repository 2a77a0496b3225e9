"""Every malformed fixture gives exactly the diagnostics written next to it (tests/fixtures/bad/*/expected.txt).

To refresh after a deliberate wording change: SOTAY_UPDATE_EXPECTED=1 pytest tests/core/test_bad_input.py,
then read every changed expected.txt before committing it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import RUBRIC
from sotay.core.diagnostics import format_text
from sotay.core.knowledge_base import KnowledgeBase

CASES = sorted(p for p in (Path(__file__).parents[1] / "fixtures" / "bad").iterdir() if p.is_dir())


def load_case(case: Path, tmp_path: Path) -> KnowledgeBase:
    root = tmp_path / case.name
    shutil.copytree(case / "content", root / "content")
    rubric = root / "content" / "rubrics" / "khung.md"
    rubric.parent.mkdir(exist_ok=True)
    rubric.write_text(RUBRIC, encoding="utf-8")
    return KnowledgeBase.load(root)


def test_there_are_at_least_25_cases():
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_diagnostics_match_expected(case: Path, tmp_path: Path):
    kb = load_case(case, tmp_path)
    produced = format_text(kb.diagnostics) + "\n"
    expected_file = case / "expected.txt"
    if os.environ.get("SOTAY_UPDATE_EXPECTED"):
        expected_file.write_text(produced, encoding="utf-8")
    assert produced == expected_file.read_text(encoding="utf-8")
    assert kb.diagnostics, "a bad fixture must produce at least one diagnostic"
    assert all(d.path.startswith("content/") and d.line for d in kb.diagnostics if d.path != "content"), "every problem names file and line"
