"""The whoosh index: ranking on the search fixture, filters, snippets, rebuilds, writing it from another process."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_fixture import CASES, check_case, copy_base

from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.records import records
from sotay.core.search.whoosh_index import SearchIndex, build_index, inputs_of, is_current, open_index, open_unchanged


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return copy_base(tmp_path_factory.mktemp("search") / "base")


@pytest.fixture(scope="module")
def index(base: Path):
    with open_index(base / "whoosh", records(KnowledgeBase.load(base))) as opened:
        yield opened


@pytest.mark.parametrize("case", CASES, ids=[c["query"] for c in CASES])
def test_ranking(index: SearchIndex, case: dict):
    check_case(case, [hit.source for hit in index.search(case["query"], limit=10)])


def test_a_document_holding_every_word_hides_partial_matches(index: SearchIndex):
    sources = [hit.source for hit in index.search("biên bản đầy đủ")]
    assert sources == ["guides/quy-dinh-ghi-bien-ban.md"]


def test_without_any_full_match_partial_matches_are_shown(index: SearchIndex):
    assert [hit.source for hit in index.search("Đồng Đăm xyzzy")][:1] == ["model-meetings/dong-dam.md"]


def test_unknown_words_find_nothing(index: SearchIndex):
    assert index.search("xyzzy") == [] and index.search("  ") == []


def test_kind_filter_and_limit(index: SearchIndex):
    hits = index.search("sinh hoat", kinds=("model-meetings",), limit=1)
    assert [hit.kind for hit in hits] == ["model-meetings"]


def test_hit_carries_number_status_and_a_snippet_marking_folded_matches(index: SearchIndex):
    hit = index.search("03-HD/TU")[0]
    assert (hit.title, hit.number, hit.status, hit.path) == ("Hướng dẫn về nội dung sinh hoạt chi bộ", "03-HD/TU", "het-hieu-luc", "content/guides/hd-03-tu.md")
    hit = index.search("thoi su")[0]
    assert {hit.snippet.text[s:e] for s, e in hit.snippet.marks} == {"thời", "sự"}


def test_index_is_rebuilt_when_the_records_change(tmp_path: Path, base: Path):
    found = records(KnowledgeBase.load(base))
    build_index(tmp_path / "ix", found)
    assert is_current(tmp_path / "ix", found)
    changed = found[:-1]
    assert not is_current(tmp_path / "ix", changed)
    with open_index(tmp_path / "ix", changed) as opened:
        assert is_current(tmp_path / "ix", changed)
        assert opened.search("Việc cần làm trước sinh hoạt")[0].source != found[-1].source
    assert not list(tmp_path.glob(".whoosh-*")), "no staging folder is left behind"


def test_the_stamp_of_its_inputs_follows_every_file_and_the_build_date(tmp_path: Path, monkeypatch):
    root = copy_base(tmp_path / "base")
    before = inputs_of(root)
    assert inputs_of(root) == before
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("<p>a build</p>", encoding="utf-8")
    assert inputs_of(root) == before, "what a build writes is no input"
    guide = next((root / "content").rglob("*.md"))
    guide.write_text(guide.read_text(encoding="utf-8") + "\nMột câu.\n", encoding="utf-8")
    edited = inputs_of(root)
    assert edited != before
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "moi.md").write_text("# Mới\n", encoding="utf-8")
    assert inputs_of(root) != edited
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert inputs_of(root) != edited


def test_an_index_opens_unchanged_only_for_the_inputs_it_was_made_from(tmp_path: Path, base: Path):
    found = records(KnowledgeBase.load(base))
    open_index(tmp_path / "ix", found, inputs="a", errors=2).close()
    assert open_unchanged(tmp_path / "ix", "b") is None
    opened, errors = open_unchanged(tmp_path / "ix", "a")
    with opened:
        assert errors == 2 and opened.search("sinh hoạt")
    assert open_unchanged(tmp_path / "nothing", "a") is None
