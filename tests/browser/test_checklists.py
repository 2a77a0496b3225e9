"""Checklists in a browser: ticks kept per checklist across reloads and edits, reset, and the printed sheet."""

from __future__ import annotations

import pytest

CHECKLIST = "content/checklists/truoc.md"


@pytest.fixture(scope="module")
def site(served_site):
    return served_site()


def ticked(page) -> list[str]:
    return page.eval_on_selector_all("input[data-item]:checked", "boxes => boxes.map(b => b.labels[0].textContent)")


def progress(page, checklist: str = "checklists/truoc") -> str:
    return page.locator(f'[data-sotay-checklist="{checklist}"] .sotay-checklist__count').inner_text()


def test_ticks_survive_a_reload(page, site):
    page.goto(site.page_url("checklists/truoc/"))
    assert progress(page) == "0/3" and page.get_by_role("button", name="Làm lại").is_visible()
    page.get_by_label("Gửi tài liệu").check()
    assert progress(page) == "1/3"
    page.reload()
    assert ticked(page) == ["Gửi tài liệu"] and progress(page) == "1/3"


def test_a_parent_follows_its_sub_items(phone, site):
    phone.goto(site.page_url("checklists/truoc/"))
    phone.get_by_label("Họp chi ủy").check()
    assert ticked(phone) == ["Họp chi ủy", "Thống nhất nội dung"] and progress(phone) == "2/3"
    phone.get_by_label("Thống nhất nội dung").uncheck()
    assert ticked(phone) == [] and progress(phone) == "0/3"
    phone.get_by_label("Thống nhất nội dung").check()
    assert ticked(phone) == ["Họp chi ủy", "Thống nhất nội dung"], "the last sub-item ticks its parent"


def test_reset_clears_only_after_confirming(phone, site):
    phone.goto(site.page_url("checklists/truoc/"))
    phone.get_by_label("Gửi tài liệu").check()
    phone.once("dialog", lambda dialog: dialog.dismiss())
    phone.get_by_role("button", name="Làm lại").click()
    assert ticked(phone) == ["Gửi tài liệu"]
    phone.once("dialog", lambda dialog: dialog.accept())
    phone.get_by_role("button", name="Làm lại").click()
    assert ticked(phone) == [] and progress(phone) == "0/3"
    phone.reload()
    assert ticked(phone) == []


def test_checklist_page_and_pack_share_their_ticks(phone, site):
    phone.goto(site.page_url("checklists/truoc/"))
    phone.get_by_label("Gửi tài liệu").check()
    phone.goto(site.page_url("chuan-bi/thuong-ky-khu-dan-cu/"))
    assert ticked(phone) == ["Gửi tài liệu"] and progress(phone) == "1/3" and progress(phone, "checklists/hd-05-tu") == "0/2"
    phone.get_by_label("Điểm danh").check()
    phone.goto(site.page_url("checklists/hd-05-tu/"))
    assert ticked(phone) == ["Điểm danh"]


def test_other_ticks_survive_an_edit_to_one_item_and_an_insertion(phone, served_site):
    site = served_site(private=True)
    phone.goto(site.page_url("checklists/truoc/"))
    for label in ("Họp chi ủy", "Gửi tài liệu"):
        phone.get_by_label(label).check()
    assert progress(phone) == "3/3"
    site.edit(CHECKLIST, "- [ ] Gửi tài liệu", "- [ ] Báo cấp ủy viên cấp trên\n- [ ] Gửi tài liệu cho đảng viên")
    site.rebuild()
    phone.reload()
    assert ticked(phone) == ["Họp chi ủy", "Thống nhất nội dung"] and progress(phone) == "2/4"


@pytest.mark.parametrize("path, name", [("checklists/truoc/", "checklist"), ("chuan-bi/thuong-ky-khu-dan-cu/", "pack")])
def test_printed_sheet_has_empty_boxes_and_a_signature_line_without_site_chrome(page, site, screenshot, path, name):
    page.goto(site.page_url(path))
    page.get_by_label("Gửi tài liệu").check()
    page.emulate_media(media="print")
    screenshot(page, f"print-{name}", full_page=True)
    for chrome in (".md-header", ".md-sidebar--primary", ".md-search", ".md-footer", ".sotay-checklist__bar"):
        assert page.locator(chrome).first.is_hidden(), chrome
    assert page.get_by_text("Ngày …… tháng …… năm ……").first.is_visible()
    assert page.get_by_text("Người kiểm tra").first.is_visible()
    box = page.get_by_label("Gửi tài liệu")
    assert box.is_visible() and box.evaluate("b => getComputedStyle(b).appearance") == "none", "ticks are not printed"
    assert page.locator("h1").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "one column, nothing sticks out"
    page.emulate_media(media="screen")
    assert page.locator(".sotay-signature").first.is_hidden() and page.locator(".md-header").is_visible()


@pytest.mark.parametrize("path, name", [
    ("", "home"), ("chuan-bi/", "pack-index"), ("chuan-bi/thuong-ky-khu-dan-cu/", "pack"), ("checklists/truoc/", "checklist"),
    ("checklists/hd-05-tu/", "checklist-from-guide"), ("rubrics/khung/", "rubric"), ("rubrics/khung/tu-cham-diem/", "self-assessment"),
])
def test_pages_fit_a_phone_screen(phone, site, screenshot, path, name):
    phone.goto(site.page_url(path))
    screenshot(phone, name, full_page=True)
    overflowing = phone.evaluate("""() => [...document.querySelectorAll('.md-content *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(e => e.tagName + '.' + e.className)""")
    assert overflowing == []
