"""The search fixture base and its ranking cases, shared by the whoosh and the browser ranking tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "search"
CASES = json.loads((FIXTURE / "cases.json").read_text(encoding="utf-8"))
# The results page loads the scripts that search; other pages add them when the header box is first used.
RESULTS_PAGE = "tim-kiem/"


def copy_base(target: Path) -> Path:
    """The fixture's content/ and mkdocs.yml copied under `target` (indexes write a cache there), with a docs/."""
    shutil.copytree(FIXTURE / "content", target / "content")
    shutil.copy(FIXTURE / "mkdocs.yml", target / "mkdocs.yml")
    (target / "docs").mkdir()
    (target / "docs" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    return target


def check_case(case: dict, ranked: list[str]) -> None:
    """Assert one case of cases.json on a ranked list of source paths."""
    where = f"{case['query']!r} ({case['why']}): {ranked}"
    if "first" in case:
        assert ranked[:1] == [case["first"]], where
    if "top" in case:
        assert set(ranked[: len(case["top"])]) == set(case["top"]), where
    if "below" in case:
        upper, lower = case["below"]
        assert upper in ranked and (lower not in ranked or ranked.index(upper) < ranked.index(lower)), where
