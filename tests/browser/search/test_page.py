"""The results page /tim-kiem/?q=…: results, facets, suggestions, escaping, and life without JavaScript."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

from ..answers import wait_for_results_page


def open_results(page, query: str) -> None:
    page.page.goto(f"{page.base}tim-kiem/?q={quote(query)}")
    wait(page, query)


def wait(page, query: str) -> None:
    wait_for_results_page(page.page, query)


def titles(page) -> list[str]:
    return page.page.locator(".sotay-results__list .sotay-hit__title").all_inner_texts()


def test_shared_url_shows_every_result_with_a_count(page):
    open_results(page, "sinh hoat")
    assert len(titles(page)) == 20, "a page of results at a time"
    page.page.get_by_role("button", name="Xem thêm 4 kết quả").click()
    page.page.wait_for_function("() => document.querySelectorAll('.sotay-results__list li').length === 24")
    assert page.page.locator(".sotay-results__count").inner_text() == "Tìm thấy 24 kết quả cho «sinh hoat»."
    assert page.page.locator("#sotay-search-q").input_value() == "sinh hoat"


def test_superseded_document_ranks_below_its_replacement_and_is_marked(page):
    open_results(page, "nội dung sinh hoạt chi bộ")
    shown = titles(page)
    assert shown.index("Hướng dẫn về nội dung sinh hoạt chi bộ (thay thế)") < shown.index("Hướng dẫn về nội dung sinh hoạt chi bộ")
    old = page.page.locator(".sotay-hit--demoted")
    assert old.count() == 1 and old.locator(".sotay-status").inner_text() == "Hết hiệu lực"


def test_facets_count_and_filter_and_the_url_keeps_the_choice(page):
    open_results(page, "sinh hoat")
    summary = page.page.locator(".sotay-facets > summary")
    if not page.page.locator(".sotay-facets").evaluate("d => d.open"):
        summary.click()
    kind = page.page.locator("fieldset.sotay-facet", has_text="Loại tài liệu")
    meetings = kind.locator("label", has_text="Sinh hoạt mẫu")
    assert meetings.inner_text().strip() == "Sinh hoạt mẫu (2)"
    meetings.locator("input").check()
    page.page.wait_for_function("() => document.querySelectorAll('.sotay-results__list li').length === 2")
    assert set(titles(page)) == {"Chi bộ bản Đồng Đăm sinh hoạt thường kỳ", "Chi bộ bản Đông Đầm sinh hoạt chuyên đề"}
    assert parse_qs(urlsplit(page.page.url).query) == {"q": ["sinh hoat"], "kind": ["2"]}
    page.page.reload()
    wait(page, "sinh hoat")
    assert len(titles(page)) == 2, "a shared link keeps its filters"


def test_typing_on_the_results_page_updates_results_and_url(page):
    open_results(page, "sinh hoat")
    box = page.page.locator("#sotay-search-q")
    box.fill("")
    box.type("dong dam", delay=10)
    wait(page, "dong dam")
    assert set(titles(page)[:2]) == {"Chi bộ bản Đồng Đăm sinh hoạt thường kỳ", "Chi bộ bản Đông Đầm sinh hoạt chuyên đề"}
    assert parse_qs(urlsplit(page.page.url).query)["q"] == ["dong dam"]


def test_unknown_word_gets_a_did_you_mean_that_leads_to_results(page):
    open_results(page, "thong tni")
    link = page.page.locator(".sotay-suggest a")
    assert page.page.locator(".sotay-suggest").inner_text() == "Có phải bạn muốn tìm thông tin?"
    link.click()
    wait(page, "thông tin")
    assert "Sinh hoạt chi bộ thường kỳ" in titles(page)


def test_nothing_found_is_said_with_the_query(page):
    open_results(page, "xyzzyq")
    assert page.page.locator(".sotay-results__count").inner_text() == "Không tìm thấy kết quả nào cho «xyzzyq»."
    assert page.page.locator(".sotay-results__list").count() == 0
    count, field = (page.page.locator(s).bounding_box() for s in (".sotay-results__count", ".sotay-search-page__form input"))
    assert abs(count["x"] - field["x"]) < 2, "without filters the sentence starts under the field, not after an empty column"


def test_query_echo_and_results_are_escaped(page):
    open_results(page, '<img src=x onerror="document.title=1">')
    assert page.page.locator(".sotay-results img").count() == 0
    assert "<img src=x" in page.page.locator(".sotay-results__count").inner_text()


def test_without_javascript_the_header_form_reaches_a_page_that_explains(page_without_js):
    page = page_without_js.page
    page.goto(page_without_js.base + "guides/sinh-hoat-thuong-ky/")
    if page.viewport_size["width"] < 960:
        page.click("label.md-header__button[for=__search]")
    page.fill("input[name=q]", "sinh hoat")
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    assert "/tim-kiem/?q=sinh+hoat" in page.url
    assert page.locator("noscript").count() == 1
    assert page.locator(".admonition-title", has_text="Tìm kiếm cần JavaScript").is_visible()
    assert page.locator(".md-content").get_by_role("link", name="Hướng dẫn và văn bản").is_visible()
    assert not page.locator(".sotay-facets").is_visible(), "the filters need JavaScript too"
