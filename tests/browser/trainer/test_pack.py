"""The pack page: pick meetings, the cover, contents and print follow; print shows only the pack."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from .conftest import visit

PACK = "tap-huan/bo-tai-lieu/"

READY = ".sotay-pack-controls:not([hidden])"


def shown_sections(page) -> list[str]:
    return page.eval_on_selector_all(".sotay-pack-meeting:not([hidden])", "sections => sections.map(s => s.dataset.slug)")


def test_selection_from_the_url_shapes_the_document(view, site_url):
    visit(view, site_url + PACK + "?m=c-co-quan-2025,a-thon-2024", READY)
    assert shown_sections(view) == ["c-co-quan-2025", "a-thon-2024"]
    assert view.text_content("[data-sotay-pack-count]") == "2"
    assert view.eval_on_selector_all(".sotay-pack-contents li:not([hidden]) a", "links => links.map(a => a.hash)") == [
        "#buoi-c-co-quan-2025", "#buoi-a-thon-2024"]


def test_filter_checks_the_matching_meetings_and_the_url_follows(view, site_url):
    visit(view, site_url + PACK, READY)
    assert len(shown_sections(view)) == 6
    if not view.eval_on_selector(".sotay-filter-box", "box => box.open"):
        view.click(".sotay-filter-box > summary")
    view.select_option("#loc-cell_type", "su-nghiep")
    assert shown_sections(view) == ["f-truong-2026", "e-truong-2026"]
    assert parse_qs(urlsplit(view.url).query) == {"m": ["f-truong-2026,e-truong-2026"]}
    view.uncheck('input[name="m"][value="e-truong-2026"]')
    assert shown_sections(view) == ["f-truong-2026"] and view.text_content("[data-sotay-pack-count]") == "1"
    view.click('[data-sotay-select="none"]')
    assert shown_sections(view) == [] and view.is_disabled("[data-sotay-print]")


def test_print_button_prints_only_the_pack(view, site_url):
    visit(view, site_url + PACK + "?m=b-thon-2025", READY)
    view.evaluate("window.print = () => { window.printed = true; }")
    view.click("[data-sotay-print]")
    assert view.evaluate("window.printed") is True
    view.emulate_media(media="print")
    assert not view.is_visible(".sotay-pack-controls")
    assert view.locator(".sotay-pack-meeting:visible").count() == 1
    assert view.locator(".sotay-pack-questions:visible").count() == 1
    assert view.eval_on_selector("#buoi-b-thon-2025", "s => getComputedStyle(s).breakBefore") == "page"


def test_without_javascript_everything_prints_and_the_page_says_so(static_view, site_url):
    static_view.goto(site_url + PACK)
    assert static_view.locator(".sotay-pack-meeting:visible").count() == 6
    assert static_view.is_visible("text=Trang này in tất cả các buổi")
    assert not static_view.is_visible(".sotay-pack-controls")


def test_a_chosen_meeting_the_page_does_not_hold_is_reported(view, site_url):
    visit(view, site_url + PACK + "?m=a-thon-2024,buoi-cu-hon", READY)
    assert shown_sections(view) == ["a-thon-2024"]
    assert view.is_visible("[data-sotay-pack-missing]")
    assert view.text_content("[data-sotay-pack-missing]").startswith("1 buổi đã chọn không có trong trang này")
    visit(view, site_url + PACK + "?m=a-thon-2024", READY)
    assert not view.is_visible("[data-sotay-pack-missing]")
