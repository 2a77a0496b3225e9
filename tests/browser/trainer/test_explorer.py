"""The explorer as a trainer uses it: sort by a header, filter with counts, pick meetings to compare or print."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .conftest import visit

EXPLORER = "tap-huan/sinh-hoat-mau/"

READY = "form.sotay-filters:not([hidden])"


def visible_slugs(page) -> list[str]:
    return page.eval_on_selector_all("tbody tr:not([hidden]) th[data-slug]", "cells => cells.map(c => c.dataset.slug)")


def open_filters(page) -> None:
    if not page.eval_on_selector(".sotay-filter-box", "box => box.open"):
        page.click(".sotay-filter-box > summary")


def test_header_click_sorts_rows_and_sets_aria_sort(view, site_url):
    visit(view, site_url + EXPLORER, READY)
    assert visible_slugs(view)[0] == "f-truong-2026", "newest first before any click"
    total = view.locator("thead th", has_text="Tổng điểm")
    total.locator("button").click()
    assert total.get_attribute("aria-sort") == "ascending"
    assert view.locator("thead th[aria-sort]").count() == 1, "only the sorted column carries aria-sort"
    assert visible_slugs(view) == ["e-truong-2026", "c-co-quan-2025", "b-thon-2025", "a-thon-2024", "f-truong-2026", "d-co-quan-2025"]
    total.locator("button").click()
    assert total.get_attribute("aria-sort") == "descending"
    assert visible_slugs(view) == ["f-truong-2026", "a-thon-2024", "b-thon-2025", "c-co-quan-2025", "e-truong-2026", "d-co-quan-2025"]
    view.locator("thead th").first.locator("button").click()  # names, in Vietnamese order, case aside
    assert visible_slugs(view) == ["d-co-quan-2025", "a-thon-2024", "b-thon-2025", "e-truong-2026", "f-truong-2026", "c-co-quan-2025"]


def test_filter_hides_rows_updates_counts_and_the_url(view, site_url):
    visit(view, site_url + EXPLORER, READY)
    open_filters(view)
    view.select_option("#loc-meeting_type", "chuyen-de")
    assert visible_slugs(view) == ["e-truong-2026", "c-co-quan-2025"]
    assert view.text_content(".sotay-filter-status") == "2/6 buổi khớp bộ lọc."
    options = view.eval_on_selector_all("#loc-cell_type option", "os => os.map(o => [o.textContent, o.disabled])")
    assert options == [["Tất cả (2)", False], ["Chi bộ khu dân cư (thôn, bản, tổ dân phố) (0)", True],
                       ["Chi bộ cơ quan (1)", False], ["Chi bộ đơn vị sự nghiệp (1)", False]]
    assert parse_qs(urlsplit(view.url).query) == {"meeting_type": ["chuyen-de"]}
    assert view.text_content(".sotay-filter-box > summary") == "Bộ lọc (1 đang chọn)"
    view.click(".sotay-filter-actions button[type=reset]")
    assert len(visible_slugs(view)) == 6 and urlsplit(view.url).query == ""


def test_a_filtered_url_opens_filtered(view, site_url):
    visit(view, site_url + EXPLORER + "?theme=phat-bieu&cell_type=su-nghiep", READY)
    assert visible_slugs(view) == ["e-truong-2026"]
    assert view.eval_on_selector(".sotay-filter-box", "box => box.open"), "filters set by the URL are shown"
    assert view.input_value("#loc-theme") == "phat-bieu"


def test_picked_rows_go_to_compare_and_visible_rows_to_the_pack(view, site_url):
    visit(view, site_url + EXPLORER + "?cell_type=khu-dan-cu", READY)
    pack = view.locator('[data-sotay-action="pack"]')
    assert pack.text_content() == "In 2 buổi đang hiện"
    assert pack.get_attribute("href").endswith("bo-tai-lieu/?m=b-thon-2025,a-thon-2024")
    view.check('th[data-slug="a-thon-2024"] input')
    view.check('th[data-slug="b-thon-2025"] input')
    compare = view.locator('[data-sotay-action="compare"]')
    assert compare.text_content() == "So sánh các buổi đã chọn (2)"
    compare.click()
    view.wait_for_selector(".sotay-compare-table")
    assert parse_qs(urlsplit(view.url).query) == {"m": ["b-thon-2025,a-thon-2024"]}


def test_rows_from_the_data_files_link_their_meetings(view, site_url):
    visit(view, site_url + EXPLORER, READY)
    assert len(visible_slugs(view)) == 6 and not view.is_visible("[data-sotay-rows-note]")
    view.click('th[data-slug="a-thon-2024"] a')  # written in a data file, not in the page
    assert view.url.endswith("/model-meetings/a-thon-2024/")


def test_when_the_data_files_cannot_be_read_the_table_keeps_its_rows_and_says_so(view, site_url):
    view.route("**/tap-huan/sinh-hoat-mau-du-lieu/*.json", lambda route: route.abort())
    visit(view, site_url + EXPLORER, READY)
    note = view.locator("[data-sotay-rows-note]")
    assert note.get_attribute("role") == "alert" and "bảng chỉ có 2 buổi mới nhất" in note.inner_text()
    assert visible_slugs(view) == ["f-truong-2026", "e-truong-2026"]
    assert view.text_content(".sotay-filter-status") == "2/2 buổi khớp bộ lọc."
    view.errors.clear()  # the aborted requests are logged as console errors: that is what this test provokes


def test_without_javascript_the_newest_rows_and_a_link_to_every_meeting(static_view, site_url):
    static_view.goto(site_url + EXPLORER)
    assert visible_slugs(static_view) == ["f-truong-2026", "e-truong-2026"]
    assert not static_view.is_visible(".sotay-filters"), "filters that cannot work are not shown"
    note = static_view.locator("[data-sotay-rows-note]")
    assert "cần JavaScript để thêm 4 buổi còn lại" in note.inner_text()
    note.locator("a").click()
    assert static_view.url.endswith("/model-meetings/")
    static_view.go_back()
    static_view.click('th[data-slug="f-truong-2026"] a')
    assert static_view.url.endswith("/model-meetings/f-truong-2026/")


def test_the_page_never_scrolls_sideways_only_the_table_does(view, site_url):
    visit(view, site_url + EXPLORER, READY)
    width = view.viewport_size["width"]
    assert view.evaluate("document.documentElement.scrollWidth") <= width
    scroller = view.locator(".sotay-table-scroll")
    if view.size == "phone":
        assert scroller.evaluate("s => s.scrollWidth > s.clientWidth"), "the table scrolls inside its own box"
        first = view.locator('tbody th[data-slug="a-thon-2024"]')
        before = first.bounding_box()["x"]
        scroller.evaluate("s => { s.scrollLeft = 400; }")
        assert abs(first.bounding_box()["x"] - before) < 1, "the meeting column stays in view"


def test_a_pick_box_is_a_target_of_its_own_apart_from_the_meeting_link(view, site_url, screenshot):
    """A slightly wrong tap on a 13 px box beside the link opened the meeting: the box is 24 px and set apart."""
    visit(view, site_url + EXPLORER, READY)
    header = view.locator('tbody th[data-slug="a-thon-2024"]')
    box, link = header.locator("input.sotay-pick").bounding_box(), header.locator("a").bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert link["x"] - (box["x"] + box["width"]) >= 8
    screenshot(view, "explorer", full_page=True)
