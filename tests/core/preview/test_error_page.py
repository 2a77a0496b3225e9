"""The preview's error page: every problem listed with where and how to fix it, content escaped, editor links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from sotay.core.diagnostics import error, warning
from sotay.core.preview import STATE_HEADER, editor_link, error_page

HOSTILE = '<script>alert("x")</script> & "quotes"'
PROBLEMS = [
    warning("content/model-meetings/ban-moi.md", 14, "rating", "xếp loại ghi là \"Tốt\" nhưng tiêu chí 3 chưa đạt",
            "theo khung, xếp loại đúng là Khá"),
    error("content/guides/hd-05-tu.md", 2, None, "dấu ngoặc kép mở ở dòng 2 chưa được đóng", "thêm \" ở cuối giá trị"),
    error("content/guides/sai.md", 3, "form", f"giá trị `{HOSTILE}` không hợp lệ", None),
    error("", None, None, "bộ dựng trang dừng lại: template not found", "đọc thêm chi tiết ở cửa sổ dòng lệnh"),
]
TITLES = {"content/guides/hd-05-tu.md": "Hướng dẫn <b>mới</b> về sinh hoạt chi bộ", "content/model-meetings/ban-moi.md": "Bản Mới"}
EDITOR = "http://127.0.0.1:8081/admin/"


class _Text(HTMLParser):
    """The page as a reader sees it: its text, its links, and every element's tag."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_data(self, data) -> None:
        self.text.append(data)


def read(page: str) -> _Text:
    parsed = _Text()
    parsed.feed(page)
    return parsed


@pytest.fixture
def page() -> str:
    return error_page(PROBLEMS, TITLES, 7, "/.sotay-preview", EDITOR)


def test_every_error_is_listed_with_title_file_line_field_message_and_suggestion(page: str):
    cards = re.findall(r'<li class="problem">(.*?)</li>', page, re.S)
    assert len(cards) == 3
    assert "".join(read(cards[0]).text).startswith("Bộ dựng trang" "Lỗi" "bộ dựng trang dừng lại"), "not a file's: first"
    first = read(cards[1])
    assert "".join(first.text) == ("Hướng dẫn <b>mới</b> về sinh hoạt chi bộ" "Tệp" "content/guides/hd-05-tu.md" "Dòng" "2"
                                  "Lỗi" "dấu ngoặc kép mở ở dòng 2 chưa được đóng" "Gợi ý" "thêm \" ở cuối giá trị"
                                  "Mở tài liệu này trong trình soạn thảo")
    second = "".join(read(cards[2]).text)
    assert second.startswith("content/guides/sai.md" "Tệp" "content/guides/sai.md" "Dòng" "3" "Trường" "hình thức [form]"), "no title: the file"
    assert "Gợi ý" not in second
    assert "<h1>Nội dung sổ tay có 3 lỗi, chưa xem trước được</h1>" in page


def test_warnings_come_folded_after_the_errors(page: str):
    folded = page[page.index("<details>"):]
    assert "<summary>1 cảnh báo (không ngăn việc dựng trang)</summary>" in folded
    assert 'class="problem problem--warning"><h2>Bản Mới</h2>' in folded and "Cảnh báo" in folded
    assert "ban-moi.md" not in page[:page.index("<details>")]


def test_nothing_from_the_content_becomes_markup(page: str):
    tags = read(page).tags
    assert tags.count("script") == 1 and "b" not in tags, "only the page's own script; a title's <b> stays text"
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;" in page


def test_what_a_message_quotes_between_backticks_reads_as_code_and_stays_escaped(page: str):
    assert "giá trị <code>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;</code> không hợp lệ" in page
    assert "`" not in page[page.index("<main>"):page.index("<script>")]


def test_editor_links_open_each_content_document(page: str):
    assert read(page).links == [f"{EDITOR}#/collections/guides/entries/hd-05-tu",
                                f"{EDITOR}#/collections/guides/entries/sai",
                                f"{EDITOR}#/collections/model-meetings/entries/ban-moi"]
    assert "<a " not in error_page(PROBLEMS, TITLES, 7, "/.sotay-preview"), "no editor given: no links"


@pytest.mark.parametrize(("path", "link"), [
    ("content/checklists/truoc.md", "E#/collections/checklists/entries/truoc"),
    ("content/rubrics/khung.md", "E#/collections/rubrics/entries/khung"),
    ("content/guides/sub/x.md", None),
    ("content/khac/x.md", None),
    ("content/sotay.yml", None),
    ("mkdocs.yml", None),
    ("", None),
])
def test_editor_link(path: str, link: str | None):
    assert editor_link("E", path) == link


def test_the_page_knows_its_build_and_where_to_ask_for_the_current_one(page: str):
    assert f'data-sotay-build="7" data-sotay-state-url="/.sotay-preview" data-sotay-state-header="{STATE_HEADER}"' in page
    assert '<html lang="vi"' in page and 'name="viewport"' in page
