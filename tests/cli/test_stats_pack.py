"""`sotay stats` and `sotay pack` on the six-meeting trainer fixture."""

from __future__ import annotations

import json
import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from sotay.cli.main import cli
from sotay.core.meetings.training.pack_html import EXTENSIONS
from trainer_fixture import write_trainer_base

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return write_trainer_base(tmp_path / "base")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_stats_json_has_the_aggregates(base: Path):
    result = run("stats", "--root", str(base), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meetings"] == 6 and data["scored"] == 5 and data["rating_mismatches"] == ["b-thon-2025"]
    assert data["by_year"][1] == {"year": 2025, "total": 3, "by_meeting_type": {"thuong-ky": 2, "chuyen-de": 1}}
    assert data["limitation_themes"][0] == {"theme": "bien-ban", "label": "Biên bản chưa đầy đủ",
                                            "meetings": ["f-truong-2026", "c-co-quan-2025", "b-thon-2025", "a-thon-2024"]}
    assert data["participation"][0] == {"cell_type": "khu-dan-cu", "meetings": 2, "measured": 2, "attendance": 0.85, "speaking": 0.2917}


def test_stats_text_is_readable(base: Path):
    result = run("stats", "--root", str(base))
    assert result.exit_code == 0
    assert "Sinh hoạt mẫu: 6 buổi" in result.output
    assert "  2025: 3 (Sinh hoạt thường kỳ 2, Sinh hoạt chuyên đề 1)" in result.output
    assert "  Tốt: 2 / 2" in result.output and "Ghi xếp loại mà khung không cho phép: 1 (b-thon-2025)" in result.output
    assert "    4  Biên bản chưa đầy đủ" in result.output


class Outline(HTMLParser):
    """What a reader and a browser would get from the file: resources it loads, sections, questions, links."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.sections: list[str] = []
        self.contents: list[str] = []
        self.question_boxes = 0
        self.links: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "video", "audio", "source") or (tag == "link" and a.get("href") != "data:,"):
            self.loads.append(tag)
        if "style" in a and "url(" in (a["style"] or ""):
            self.loads.append("inline style url")
        if tag == "section" and "sotay-pack-meeting" in a.get("class", ""):
            self.sections.append(a["data-slug"])
        if tag == "div" and a.get("class") == "sotay-pack-questions":
            self.question_boxes += 1
        if tag == "a":
            self.links.append(a.get("href", ""))
            if a.get("data-slug"):
                self.contents.append(a["href"])
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def test_pack_with_filters_writes_one_standalone_document(base: Path, tmp_path: Path):
    out = tmp_path / "pack.html"
    result = run("pack", "--root", str(base), "--filter", "meeting_type=thuong-ky", "--filter", "cell_type=khu-dan-cu",
                 "--filter", "cell_type=su-nghiep", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Đã ghi 3 buổi" in result.output
    html = out.read_text(encoding="utf-8")
    outline = Outline()
    outline.feed(html)
    assert outline.sections == ["f-truong-2026", "b-thon-2025", "a-thon-2024"]
    assert outline.contents == [f"#buoi-{slug}" for slug in outline.sections]
    assert outline.question_boxes == 3
    assert outline.loads == [], "the file must not load anything"
    assert all(href.startswith(("#", "https://", "http://", "mailto:")) for href in outline.links), outline.links
    assert "<span>khung chấm điểm</span>" in html, "a link to another site page becomes plain text"
    assert "Loại sinh hoạt: Sinh hoạt thường kỳ; Loại hình chi bộ: Chi bộ khu dân cư (thôn, bản, tổ dân phố), Chi bộ đơn vị sự nghiệp" in html
    assert "<style>" in html and ".sotay-pack-questions" in html
    style = re.search(r"<style>(.*?)</style>", html, re.S)[1]
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)[1]
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    assert policy == f"default-src 'none'; style-src 'sha256-{digest}'; img-src data:; base-uri 'none'; form-action 'none'"
    assert html.index("Content-Security-Policy") < html.index("<style>"), "the policy comes before what it governs"
    assert outline.title == "Bộ tài liệu tập huấn: sinh hoạt chi bộ mẫu"
    assert re.search(r"<h3[^>]*>Ưu điểm</h3>", html), "write-up sections are rendered Markdown, one level under the meeting"


def test_pack_by_meeting_and_title(base: Path, tmp_path: Path):
    out = tmp_path / "p.html"
    result = run("pack", "--root", str(base), "--meeting", "c-co-quan-2025", "--title", "Lớp <bồi dưỡng> bí thư", "--out", str(out))
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<title>Lớp &lt;bồi dưỡng&gt; bí thư</title>" in html
    assert "Chi bộ Văn phòng &lt;Khối&gt; &amp; Ban" in html and "<Khối>" not in html


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--filter", "loai=x"], 2, "không có khóa lọc `loai`"),
    (["--meeting", "khong-co"], 2, "không có buổi sinh hoạt mẫu: khong-co"),
    (["--filter", "year=2030"], 1, "year: 2026, 2025, 2024"),
])
def test_pack_explains_a_choice_it_cannot_make(base: Path, tmp_path: Path, args, code, message):
    result = run("pack", "--root", str(base), *args, "--out", str(tmp_path / "x.html"))
    assert result.exit_code == code
    assert message in result.output
    assert not (tmp_path / "x.html").exists()


def test_pack_renders_with_a_subset_of_the_sites_markdown_extensions():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
        configured = yaml.load(handle, Loader=Loader)["markdown_extensions"]
    names = {entry if isinstance(entry, str) else next(iter(entry)) for entry in configured}
    assert set(EXTENSIONS) <= names
