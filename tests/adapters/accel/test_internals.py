"""The MkDocs behaviour sotay-accel relies on (accel/internals.py, anchors.py), pinned on the installed MkDocs."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure import pages

from sotay.adapters.mkdocs.accel import one_markdown
from sotay.adapters.mkdocs.accel.internals import DIRTY_WARNING, mark_modified, quiet_dirty_warning
from sotay.adapters.mkdocs.engine import engine_logger


class _Marks(BasePlugin):
    """Marks one page unmodified and records which pages MkDocs reads and writes."""

    def __init__(self, skipped: str):
        self.skipped, self.read, self.written = skipped, [], []

    @event_priority(-100)
    def on_nav(self, nav, config, files):
        for file in files.documentation_pages():
            mark_modified(file, file.src_uri != self.skipped)
        return nav

    def on_pre_page(self, page, config, files):
        self.read.append(page.file.src_uri)
        return page

    def on_post_page(self, output, page, config):
        self.written.append(page.file.src_uri)
        return output


def _project(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    for name in ("a", "b"):
        (root / "docs" / f"{name}.md").write_text(f"# {name}\n\n## Mục {name}\n\n[b](b.md#muc-b)\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: t\ntheme: material\nmarkdown_extensions: [toc]\n", encoding="utf-8")
    return root / "mkdocs.yml"


def test_a_dirty_build_neither_reads_nor_writes_a_page_marked_unmodified(tmp_path: Path):
    config = load_config(config_file=str(_project(tmp_path)), site_dir=str(tmp_path / "site"))
    marks = _Marks("a.md")
    config.plugins["marks"] = marks
    build(config, dirty=True)
    assert marks.read == marks.written == ["b.md"]
    assert not (tmp_path / "site/a/index.html").exists() and (tmp_path / "site/b/index.html").exists()


def test_a_clean_build_ignores_the_marks(tmp_path: Path):
    config = load_config(config_file=str(_project(tmp_path)), site_dir=str(tmp_path / "site"))
    marks = _Marks("a.md")
    config.plugins["marks"] = marks
    build(config)
    assert sorted(marks.written) == ["a.md", "b.md"]


def test_rendering_records_anchors_and_links_to_anchors_on_the_page(tmp_path: Path):
    config = load_config(config_file=str(_project(tmp_path)), site_dir=str(tmp_path / "site"))
    seen = {}

    class Spy(BasePlugin):
        def on_page_content(self, html, page, config, files):
            seen[page.file.src_uri] = (page.present_anchor_ids, {f.src_uri: dict(l) for f, l in (page.links_to_anchors or {}).items()})
            return html

    config.plugins["spy"] = Spy()
    engine_logger().setLevel(logging.INFO)  # MkDocs records links to anchors only above DEBUG
    build(config)
    anchors, links = seen["a.md"]
    assert "muc-a" in anchors and links == {"b.md": {"muc-b": "b.md#muc-b"}}


def test_the_dirty_warning_is_the_one_dropped(tmp_path: Path, caplog):
    config = load_config(config_file=str(_project(tmp_path)), site_dir=str(tmp_path / "site"))
    with caplog.at_level(logging.WARNING, logger=engine_logger().name):
        build(config, dirty=True)
    assert any(r.getMessage().startswith(DIRTY_WARNING) for r in caplog.records)
    caplog.clear()
    quiet_dirty_warning(True)
    try:
        with caplog.at_level(logging.WARNING, logger=engine_logger().name):
            build(load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site")), dirty=True)
    finally:
        quiet_dirty_warning(False)
    assert not any(r.getMessage().startswith(DIRTY_WARNING) for r in caplog.records)


def test_a_generated_file_reads_its_content_through_its_content_attribute(tmp_path: Path):
    from mkdocs.structure.files import File, Files

    from sotay.adapters.mkdocs.accel.compressed_markdown import Compressed, compress_generated, let_go

    config = load_config(config_file=str(_project(tmp_path)), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = "sotay-content"  # as while a plugin's on_files runs
    page = File.generated(config, "guides/a.md", content="# Á\n\nNội dung.\n")
    asset = File.generated(config, "assets/x.js", content="var a;\n")
    compress_generated(Files([page, asset]))
    assert isinstance(page, Compressed) and not isinstance(asset, Compressed), "only pages' Markdown is held compressed"
    assert page.content_string == "# Á\n\nNội dung.\n" and page.content_bytes == "# Á\n\nNội dung.\n".encode()
    let_go(page)
    assert page._compressed is None


def test_pages_ask_the_pages_module_for_their_converter_and_one_reused_converter_renders_them_the_same(tmp_path: Path):
    """accel/one_markdown.py: `Page.render` gets its converter from `mkdocs.structure.pages.markdown` at each page;
    one converter, reset between pages, keeps nothing of the last page (the same heading gets the same id)."""
    for name in ("a", "b"):
        (tmp_path / "docs").mkdir(exist_ok=True)
        (tmp_path / "docs" / f"{name}.md").write_text(f"# {name}\n\n## Chung\n\n[^1] và *{name}*\n\n[^1]: Chú thích.\n",
                                                      encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ntheme: material\nmarkdown_extensions: [toc, footnotes]\n",
                                         encoding="utf-8")
    converters = []
    one_markdown.install(True)
    try:
        stand_in = pages.markdown
        make = stand_in.Markdown
        stand_in.Markdown = lambda **options: converters.append(make(**options)) or converters[-1]
        build(load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "one")))
    finally:
        one_markdown.install(False)
    assert len(converters) == 2 and converters[0] is converters[1]
    build(load_config(config_file=str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "each")))
    for name in ("a", "b"):
        reused, plain = ((tmp_path / site / name / "index.html").read_text(encoding="utf-8") for site in ("one", "each"))
        assert reused == plain and 'id="chung"' in reused
