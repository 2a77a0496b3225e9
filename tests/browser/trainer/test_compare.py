"""The compare page: the selection lives in the URL, survives a reload, and is laid out side by side."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .conftest import visit

COMPARE = "tap-huan/so-sanh/"

READY = '[data-sotay-compare][aria-busy="false"]'  # the picker, and the table of the meetings chosen, are in place
DATA = "**/tap-huan/so-sanh-du-lieu/*.json"


def columns(page) -> list[str]:
    page.wait_for_selector(READY)
    return page.eval_on_selector_all(".sotay-compare-table thead th a", "links => links.map(a => a.textContent)")


def row(page, label: str) -> list[str]:
    page.wait_for_selector(READY)
    return page.eval_on_selector_all(f'.sotay-compare-table tr:has(th[scope=row]:text-is("{label}")) td',
                                     "cells => cells.map(c => c.className + '|' + c.textContent)")


SHARED_HOST = "http://so-tay.test/"  # an address others could open: the site served under a name, not 127.0.0.1


def test_url_selection_round_trip(view, site_url):
    view.context.route(f"{SHARED_HOST}**", lambda route: route.fulfill(
        response=route.fetch(url=route.request.url.replace(SHARED_HOST, site_url))))
    visit(view, SHARED_HOST + COMPARE + "?m=b-thon-2025,a-thon-2024", READY)  # the oldest, a-thon-2024, is not listed
    assert columns(view) == ["Chi bộ thôn B", "Chi bộ thôn A"]
    assert view.eval_on_selector_all(".sotay-compare-picker input", "boxes => boxes.map(b => b.value)")[0] == "a-thon-2024"
    assert row(view, "Theo khung") == ["sotay-compare-misfit|Khá (khác xếp loại chi bộ ghi)", "|Tốt"]
    assert row(view, "3. Biên bản") == ["sotay-compare-short|25/30 (chưa đạt tối đa)", "|30/30"]
    view.check('.sotay-compare-picker input[value="c-co-quan-2025"]')
    assert parse_qs(urlsplit(view.url).query) == {"m": ["b-thon-2025,a-thon-2024,c-co-quan-2025"]}
    shared = view.url
    visit(view, shared, READY)
    assert columns(view) == ["Chi bộ thôn B", "Chi bộ thôn A", "Chi bộ Văn phòng <Khối> & Ban"]
    assert view.eval_on_selector(".sotay-compare-share a", "a => a.href") == shared


def test_red_bold_scores_are_explained_and_a_phone_is_told_to_swipe(view, site_url, screenshot):
    visit(view, site_url + COMPARE + "?m=b-thon-2025,a-thon-2024", READY)
    assert view.locator(".sotay-compare-legend li").all_inner_texts() == [
        "Chữ đỏ đậm: điểm của tiêu chí chưa đạt mức tối đa.",
        "Chữ đỏ đậm: xếp loại theo khung chấm điểm, khi khung không cho phép xếp loại mà chi bộ đã ghi."]
    hint = view.locator(".sotay-compare-hint")
    wide = view.locator(".sotay-table-scroll").evaluate("s => s.scrollWidth > s.clientWidth")
    assert hint.is_visible() is wide and wide is (view.size == "phone")
    screenshot(view, "compare", full_page=True)


def test_from_this_computer_the_page_offers_no_link_to_share(view, site_url):
    """A file:// or 127.0.0.1 address opens nowhere else: the page says so instead of offering it."""
    visit(view, site_url + COMPARE + "?m=b-thon-2025,a-thon-2024", READY)
    assert view.locator(".sotay-compare-share a").count() == 0
    assert view.inner_text(".sotay-compare-share").startswith("Địa chỉ trang này chỉ mở được trên máy đang dùng")


def test_meeting_without_a_row_shows_a_dash_and_links_lead_to_meetings(view, site_url):
    visit(view, site_url + COMPARE + "?m=d-co-quan-2025,a-thon-2024", READY)
    assert row(view, "Tổng điểm") == ["sotay-compare-none|—", "|95/100"]
    assert row(view, "Hạn chế")[0] == "|Mưa to nên nhiều người đến muộn."
    view.click(".sotay-compare-table thead th a >> nth=1")
    assert view.url.endswith("/model-meetings/a-thon-2024/")


def test_two_to_four_meetings(view, site_url):
    visit(view, site_url + COMPARE + "?m=a-thon-2024", READY)
    assert view.text_content(".sotay-compare-message") == "Chọn ít nhất 2 buổi để so sánh."
    assert not view.is_visible(".sotay-compare-table")
    for slug in ("b-thon-2025", "c-co-quan-2025", "d-co-quan-2025"):
        view.check(f'.sotay-compare-picker input[value="{slug}"]')
    assert len(columns(view)) == 4
    assert view.text_content(".sotay-compare-message") == ""
    assert view.is_disabled('.sotay-compare-picker input[value="e-truong-2026"]'), "a fifth cannot be picked"
    view.uncheck('.sotay-compare-picker input[value="a-thon-2024"]')
    assert view.is_enabled('.sotay-compare-picker input[value="e-truong-2026"]')


def test_unknown_and_extra_slugs_are_reported(view, site_url):
    visit(view, site_url + COMPARE + "?m=khong-co,a-thon-2024,b-thon-2025,c-co-quan-2025,d-co-quan-2025,e-truong-2026", READY)
    message = view.text_content(".sotay-compare-message")
    assert "Không tìm thấy buổi: khong-co." in message and "đã bỏ: e-truong-2026." in message
    assert len(columns(view)) == 4
    assert parse_qs(urlsplit(view.url).query) == {"m": ["a-thon-2024,b-thon-2025,c-co-quan-2025,d-co-quan-2025"]}


def test_without_javascript_a_message_and_links(static_view, site_url):
    static_view.goto(site_url + COMPARE + "?m=a-thon-2024,b-thon-2025")
    assert static_view.is_visible("text=Trang so sánh cần JavaScript")
    assert static_view.locator("[data-sotay-fallback] a[data-slug]").count() == 5
    assert static_view.is_visible("text=Trang này liệt kê 5 buổi mới nhất trong 6 buổi")


def test_when_the_meetings_cannot_be_loaded_the_page_says_so_and_keeps_the_links(view, site_url):
    view.route(DATA, lambda route: route.abort())
    view.goto(site_url + COMPARE + "?m=a-thon-2024,b-thon-2025")
    view.wait_for_selector(".sotay-compare-message[role=alert]")
    assert "Chưa tải được dữ liệu các buổi" in view.inner_text(".sotay-compare-message")
    assert view.locator("[data-sotay-fallback] a[data-slug]").count() == 5
    assert view.is_visible("[data-sotay-fallback]") and not view.is_visible(".sotay-compare-table")
    view.unroute(DATA)  # the connection is back: choosing again reads the files again
    view.check('.sotay-compare-picker input[value="c-co-quan-2025"]')
    view.wait_for_selector(".sotay-compare-table")
    assert columns(view) == ["Chi bộ thôn A", "Chi bộ thôn B", "Chi bộ Văn phòng <Khối> & Ban"]
    assert view.get_attribute(".sotay-compare-message", "role") == "status" and not view.is_visible("[data-sotay-fallback]")
    view.errors.clear()  # the aborted request is logged as a console error: that is what this test provokes


def test_while_the_meetings_load_the_page_says_so(view, site_url):
    held = []
    view.route(DATA, lambda route: held.append(route))
    view.goto(site_url + COMPARE + "?m=a-thon-2024,b-thon-2025")
    view.wait_for_selector(".sotay-compare-message[role=status]")
    assert view.inner_text(".sotay-compare-message") == "Đang tải dữ liệu các buổi sinh hoạt…"
    for _ in range(200):  # the request is on its way by now; ten seconds at most
        if held:
            break
        view.wait_for_timeout(50)
    held[0].continue_()
    view.wait_for_selector(".sotay-compare-table")
    assert columns(view) == ["Chi bộ thôn A", "Chi bộ thôn B"]
    assert "Đang tải" not in view.inner_text("[data-sotay-compare]")
