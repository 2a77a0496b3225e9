"""The header search box, typed into as a person would, at phone and desktop width."""

from __future__ import annotations

import re

import pytest

from ..answers import wait_for_box, wait_for_results_page

TITLES = "#sotay-search-list [role=option] h1"


def results(page, query: str) -> list[str]:
    """Type the query into the header box; the titles of the results it then shows."""
    page.page.fill("input[name=q]", "")
    page.page.type("input[name=q]", query, delay=10)
    wait_for_box(page.page, query)
    return page.page.locator(TITLES).all_inner_texts()


@pytest.mark.parametrize(("query", "first"), [
    ("sinh hoat chi bo thuong ky", "Sinh hoạt chi bộ thường kỳ"),
    ("quy ddinhj ghi bieen banr", "Quy định về ghi biên bản"),
    ("03-HD/TU", "Hướng dẫn về nội dung sinh hoạt chi bộ"),
    ("Đồng Đăm", "Chi bộ bản Đồng Đăm sinh hoạt thường kỳ"),
    ("Đông Đầm", "Chi bộ bản Đông Đầm sinh hoạt chuyên đề"),
])
def test_first_result_as_you_type(page, query: str, first: str):
    page.open_search("guides/sinh-hoat-thuong-ky/")
    assert results(page, query)[0] == first


def test_accentless_query_finds_both_spellings_and_marks_folded_matches(page):
    page.open_search("")
    assert set(results(page, "dong dam")[:2]) == {"Chi bộ bản Đồng Đăm sinh hoạt thường kỳ", "Chi bộ bản Đông Đầm sinh hoạt chuyên đề"}
    first = page.page.locator("#sotay-search-list [role=option]").first
    assert first.locator("h1 mark").all_inner_texts() in (["Đồng", "Đăm"], ["Đông", "Đầm"])


def test_snippet_marks_the_words_and_superseded_documents_are_labelled(page):
    page.open_search("")
    results(page, "03-HD/TU")
    first = page.page.locator("#sotay-search-list [role=option]").first
    assert first.locator(".sotay-status").inner_text() == "Hết hiệu lực"
    page.page.wait_for_selector("#sotay-search-list .md-search-result__teaser mark")
    results(page, "thoi su")
    teaser = page.page.locator("#sotay-search-list .md-search-result__teaser").first
    teaser.locator("mark").first.wait_for()
    assert {"thời", "sự"} <= set(teaser.locator("mark").all_inner_texts())


def test_arrows_choose_enter_opens_escape_closes(page):
    page.open_search("")
    titles = results(page, "sinh hoat")
    box = page.page.locator("input[name=q]")
    options = page.page.locator("#sotay-search-list [role=option]")
    box.press("ArrowDown")
    box.press("ArrowDown")
    box.press("ArrowUp")
    assert options.nth(0).get_attribute("aria-selected") == "true"
    assert options.nth(1).get_attribute("aria-selected") == "false"
    assert box.get_attribute("aria-activedescendant") == options.nth(0).get_attribute("id")
    box.press("ArrowUp")
    assert options.nth(len(titles) - 1).get_attribute("aria-selected") == "true", "up from the first wraps to the last"
    box.press("Escape")
    assert not page.page.evaluate("document.getElementById('__search').checked")
    assert box.get_attribute("aria-activedescendant") is None
    page.open_search("")
    results(page, "sinh hoat chi bo thuong ky")
    href = options.nth(0).locator("a").get_attribute("href")
    page.page.locator("input[name=q]").press("ArrowDown")
    with page.page.expect_navigation():
        page.page.locator("input[name=q]").press("Enter")
    assert page.page.url == href and page.page.url.endswith("/guides/sinh-hoat-thuong-ky/")


def test_enter_without_a_chosen_result_opens_the_results_page(page):
    page.open_search("")
    results(page, "biên bản")
    with page.page.expect_navigation():
        page.page.locator("input[name=q]").press("Enter")
    assert re.search(r"/tim-kiem/\?q=bi%C3%AAn\+b%E1%BA%A3n$", page.page.url), page.page.url


def test_nothing_is_searched_until_the_ime_composition_ends(desktop):
    desktop.open_search("")
    box = desktop.page.locator("input[name=q]")
    box.evaluate("""input => {
        input.dispatchEvent(new CompositionEvent("compositionstart", {data: ""}));
        input.value = "Đồng Đ";
        input.dispatchEvent(new InputEvent("input", {data: "Đ", isComposing: true, inputType: "insertCompositionText"}));
    }""")
    desktop.page.wait_for_timeout(300)
    assert desktop.page.locator(TITLES).count() == 0 and not any(p.startswith("t/") for p in desktop.fetched)
    box.evaluate("""input => {
        input.value = "Đồng Đăm";
        input.dispatchEvent(new InputEvent("input", {data: "Đăm", isComposing: true, inputType: "insertCompositionText"}));
        input.dispatchEvent(new CompositionEvent("compositionend", {data: "Đăm"}));
    }""")
    wait_for_box(desktop.page, "Đồng Đăm")
    assert desktop.page.locator(TITLES).first.inner_text() == "Chi bộ bản Đồng Đăm sinh hoạt thường kỳ"


def test_titles_from_the_index_are_text_not_markup(desktop):
    desktop.open_search("")
    results(desktop, "<img src=x onerror=alert(1)>")
    assert desktop.page.locator("#sotay-search-list img, .md-search-result__meta img").count() == 0


@pytest.mark.parametrize("query", ["bien bna", "bieen bna"])  # swapped letters; Telex keys (ee: ê) as well
def test_a_typo_gets_a_spelling_from_the_index_with_diacritics_on_a_line_of_its_own(page, query):
    page.open_search("")
    results(page, query)
    meta = page.page.locator(".md-search-result__meta")
    meta.locator(".sotay-suggest a").wait_for()
    assert meta.inner_text().startswith("Không có kết quả nào chứa đủ các từ đã gõ; đây là các kết quả chứa một phần.")
    assert meta.inner_text().endswith("\nCó phải bạn muốn tìm biên bản?")


def test_nothing_found_offers_a_spelling_the_kinds_and_the_pages_used_most(page, screenshot):
    page.open_search("")
    assert results(page, "xyzzy quux") == []
    meta = page.page.locator(".md-search-result__meta")
    assert meta.inner_text().startswith("Không tìm thấy kết quả nào cho «xyzzy quux».")
    headings = meta.locator(".sotay-shortcuts__heading").all_inner_texts()
    assert headings == ["Xem theo loại tài liệu", "Trang hay dùng"]
    kinds = meta.locator(".sotay-shortcuts section").first.locator("a")
    assert kinds.all_inner_texts() == ["Hướng dẫn và văn bản", "Sinh hoạt mẫu", "Danh mục kiểm tra", "Tiêu chí chấm điểm"]
    pages = meta.locator(".sotay-shortcuts section").nth(1).locator("a").all_inner_texts()
    assert pages[0] == "Chuẩn bị sinh hoạt" and "Mẫu biên bản sinh hoạt chi bộ thường kỳ" in pages
    screenshot(page.page, "search-box-nothing-found")
    with page.page.expect_navigation():
        kinds.nth(1).click()
    assert page.page.url.endswith("/model-meetings/")


def test_the_box_gives_the_count_of_the_results_page(page):
    """Every posting of a small index is in the shard heads: the box knows the exact count, the one the page gives."""
    page.open_search("")
    results(page, "sinh hoat")
    link = page.page.locator(".md-search-result__meta a").first
    count = re.fullmatch(r"Xem tất cả (\d+) kết quả", link.inner_text())
    assert count, link.inner_text()
    with page.page.expect_navigation():
        link.click()
    wait_for_results_page(page.page, "sinh hoat")
    assert page.page.locator(".sotay-results__count").inner_text() == f"Tìm thấy {count[1]} kết quả cho «sinh hoat»."


def test_with_more_results_than_the_box_read_it_says_it_shows_the_first_ones(corpus_page):
    corpus_page.open_search("")
    results(corpus_page, "sinh hoat")
    meta = corpus_page.page.locator(".md-search-result__meta")
    assert meta.inner_text().startswith("Đây là 6 kết quả đầu tiên.")
    assert meta.locator("a").first.inner_text() == "Xem tất cả kết quả"
    assert "+" not in meta.inner_text()
