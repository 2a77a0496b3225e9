"""scripts/gen_import_corpus.py and bench_import.py: thirty invented documents in every text format meet the
issue's targets (every stated field right or missing, none wrong), and a month's folder of them, imported into a
new base, checks and builds as drafts that wait for review."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench_import import run as measure
from gen_import_corpus import generate
from import_corpus_documents import ARTICLES, LETTERS, REPORTS
from sotay.adapters.mkdocs.site_build import build_site
from sotay.cli.main import cli

TEXT_FORMATS = {"txt", "docx", "pdf", "html"}  # the scans are measured by the benchmark and read in tests/cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("van-ban-nhan-duoc")
    generate(folder, with_scans=False)
    return folder


def expected(corpus: Path) -> dict[str, dict]:
    return {p.name.removesuffix(".json"): json.loads(p.read_text(encoding="utf-8")) for p in corpus.glob("*.json")}


def document(entry: dict) -> tuple:
    """Which document a file of the corpus holds: a letter by its number, a meeting by its cell and day, an article
    by its title."""
    fields, layout = entry["fields"], entry["layout"]
    if layout == "letter":
        return layout, fields["number"]
    return (layout, fields["cell"], fields["date"]) if layout == "meeting" else (layout, fields["title"])


def test_thirty_documents_in_every_text_format_with_their_fields():
    assert len(LETTERS) + len(REPORTS) + len(ARTICLES) >= 30


def test_every_text_format_holds_letters_meetings_and_articles(corpus: Path):
    files = expected(corpus).values()
    assert {entry["format"] for entry in files} == TEXT_FORMATS
    assert {entry["layout"] for entry in files} == {"letter", "meeting", "article"}


def test_text_formats_read_every_stated_field_and_none_wrong(corpus: Path):
    by_format, _, misses, _ = measure(corpus)
    assert set(by_format) == TEXT_FORMATS
    total = sum(by_format.values(), Counter())
    assert [miss for miss in misses if miss[2] == "wrong"] == []
    assert total["right"] / (total["right"] + total["missing"]) >= 0.95, misses


def test_a_folder_of_them_imports_into_a_new_base_that_checks_and_builds_as_drafts(corpus: Path, tmp_path: Path):
    runner = CliRunner()
    base = tmp_path / "so-tay"
    assert runner.invoke(cli, ["init", str(base), "--name", "Sổ tay chi bộ Đảng bộ xã Nà Hẩu"]).exit_code == 0
    imported = runner.invoke(cli, ["import", str(corpus), "--root", str(base)])
    assert imported.exit_code == 0, imported.output
    drafts = sorted(p.relative_to(base / "content").with_suffix("").as_posix()
                    for p in (base / "content").rglob("*.md"))
    # One draft per document: a letter as Word, PDF, text and web page, an article saved and copied, each written once.
    assert len(drafts) == len({document(entry) for entry in expected(corpus).values()})
    check = runner.invoke(cli, ["check", "--root", str(base)])
    assert check.exit_code == 0 and " 0 lỗi" in check.stderr, check.output
    assert runner.invoke(cli, ["check", "--root", str(base), "--strict"]).exit_code == 1
    build_site(base, base / "site")
    waiting = (base / "site/cap-uy/van-ban-cho-duyet/index.html").read_text(encoding="utf-8")
    assert f"Có {len(drafts)} trang chờ duyệt." in waiting
    for draft in drafts:
        assert "Bản nhập tự động — chưa duyệt" in (base / "site" / draft / "index.html").read_text(encoding="utf-8")
        assert f'href="../../{draft}/"' in waiting, draft
