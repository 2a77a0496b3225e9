"""`sotay search` as a user runs it: ranked results, filters, JSON, an index that follows the content."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from conftest import write_base
from sotay.cli.main import cli
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.search.whoosh_index import CACHE_DIR


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_accentless_query_lists_title_path_number_status_and_snippet(tiny_base: Path):
    result = run("search", "huong dan moi", "--root", str(tiny_base))
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[:3]
    assert first[0] == "1. Hướng dẫn mới về sinh hoạt chi bộ  [05-HD/TU · Còn hiệu lực]"
    assert first[1] == "   content/guides/hd-05-tu.md"
    assert first[2].startswith("   Thay thế Hướng dẫn 03-HD/TU")


def test_json_output_with_kind_filter_and_limit(tiny_base: Path):
    result = run("search", "sinh hoatj", "--root", str(tiny_base), "--kind", "model-meetings", "--limit", "1", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert [(h["rank"], h["kind"], h["url_path"]) for h in hits] == [(1, "model-meetings", "model-meetings/ban-moi.md")]
    assert [hits[0]["snippet"][s:e] for s, e in hits[0]["marks"]] == ["sinh", "hoạt"]


def test_document_number_finds_the_superseded_document_and_says_so(tiny_base: Path):
    hits = json.loads(run("search", "03-HD/TU", "--root", str(tiny_base), "--json").output)
    assert (hits[0]["url_path"], hits[0]["status"]) == ("guides/hd-03-tu.md", "het-hieu-luc")


def test_nothing_found_is_said_plainly(tiny_base: Path):
    result = run("search", "xyzzy", "--root", str(tiny_base))
    assert result.exit_code == 0 and result.output == "Không tìm thấy kết quả nào cho «xyzzy».\n"


def test_a_query_naming_a_tool_finds_the_tool_first_with_its_address(tiny_base: Path):
    lines = run("search", "tu cham diem", "--root", str(tiny_base)).output.splitlines()
    assert lines[:2] == ["1. Tự chấm điểm: Khung thử", "   trang rubrics/khung/tu-cham-diem/"]
    hits = json.loads(run("search", "mau bien ban", "--root", str(tiny_base), "--kind", "tools", "--json").output)
    assert hits[0]["url_path"] == "chuan-bi/bien-ban-thuong-ky.md" and {h["kind"] for h in hits} == {"tools"}


def test_the_index_is_built_under_the_cache_and_refreshed_when_content_changes(tiny_base: Path):
    assert json.loads(run("search", "Nà Mòn", "--root", str(tiny_base), "--json").output) == []
    assert (tiny_base / CACHE_DIR).is_dir()
    write_base(tiny_base, {"content/model-meetings/na-mon.md": (tiny_base / "content/model-meetings/ban-moi.md")
                           .read_text(encoding="utf-8").replace("Bản Mới", "Nà Mòn")})
    hits = json.loads(run("search", "Nà Mòn", "--root", str(tiny_base), "--json").output)
    assert [h["url_path"] for h in hits][:1] == ["model-meetings/na-mon.md"]
    assert not (tiny_base / "content" / ".cache").exists() and not (tiny_base / "docs" / ".cache").exists()


def test_unknown_kind_is_refused(tiny_base: Path):
    result = run("search", "x", "--root", str(tiny_base), "--kind", "nothing")
    assert result.exit_code == 2 and "nothing" in result.output


def test_a_query_of_thousands_of_words_is_cut_to_its_first_words(tiny_base: Path):
    long = " ".join(["sinh hoạt chi bộ"] * 1000)
    result = run("search", long, "--root", str(tiny_base), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(run("search", "sinh hoạt chi bộ", "--root", str(tiny_base), "--json").output)


def test_while_no_file_changes_a_search_does_not_load_the_base_again(tiny_base: Path, monkeypatch):
    write_base(tiny_base, {"content/guides/hong.md": "---\ntitle: [\n---\n"})
    first = run("search", "huong dan moi", "--root", str(tiny_base), "--json")
    assert "Lưu ý: nội dung có 1 lỗi" in first.stderr

    def refuse(*_):
        raise AssertionError("the base was loaded again")

    monkeypatch.setattr(KnowledgeBase, "load", refuse)
    again = run("search", "huong dan moi", "--root", str(tiny_base), "--json")
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout and "Lưu ý: nội dung có 1 lỗi" in again.stderr
    (tiny_base / "content/guides/hong.md").unlink()
    assert run("search", "huong dan moi", "--root", str(tiny_base)).exit_code == 1, "a removed file makes it load the base"
