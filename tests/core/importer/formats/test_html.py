"""Saved web pages: the article alone, with the title, date and author the page states; a party document
published as a page is read as one."""

from __future__ import annotations

import pytest

from gen_import_corpus import article_html
from import_corpus_documents import ARTICLES
from sotay.core.importer import ImportRefused, import_bytes, read_draft, read_source

FURNITURE = ("Lượt xem", "Đánh giá", "Tin liên quan", "Văn bản mới", "99-HD/TU", "Back to top", "truy cập", "Trang chủ",
             "Liên hệ", "sơ kết 6 tháng")


@pytest.mark.parametrize("article", [a for a in ARTICLES if a.letter is None], ids=lambda article: article.slug)
def test_the_article_with_its_title_date_and_author_and_no_furniture(article):
    data = article_html(article).encode("utf-8")
    draft = read_draft(read_source(data, f"{article.slug}.html"))
    assert (draft.layout, draft.title, draft.issued.isoformat(), draft.author) == (
        "article", article.title, article.expected["issued"], article.expected.get("author"))
    text = import_bytes(data, f"{article.slug}.html").text
    assert [piece for piece in FURNITURE if piece in text] == []
    for paragraph in article.paragraphs:
        assert paragraph[:40] in text
    if article.caption:  # under the picture and again in the text: furniture
        assert article.caption not in text


def test_pictures_on_another_host_become_plain_links():
    article = next(a for a in ARTICLES if a.images)
    text = import_bytes(article_html(article).encode("utf-8"), "bai.html").text
    assert f"- [Ảnh: Ảnh minh họa]({article.images[0]})" in text and "![" not in text


def test_a_party_document_published_as_a_page_is_read_as_one():
    article = next(a for a in ARTICLES if a.letter is not None)
    draft = read_draft(read_source(article_html(article).encode("utf-8"), "van-ban.html"))
    assert (draft.layout, draft.number, draft.issuer, draft.signer) == (
        "letter", "44-CV/ĐU", "Đảng ủy xã Nà Hẩu", "Vàng Thị Dua")
    assert draft.source_url is None or draft.source_url.startswith("https://")


def test_a_page_without_text_is_refused():
    with pytest.raises(ImportRefused, match="không tìm thấy phần nội dung chính"):
        read_source("<!DOCTYPE html><html><body><nav>Trang chủ</nav></body></html>".encode(), "rong.html")
