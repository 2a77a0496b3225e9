"""What a person sees in the editor at phone (360×740) and desktop (1280×800) size: Vietnamese throughout, nothing
wider than the screen, the document picker's suggestions; screenshots for a person to look at."""

from __future__ import annotations

from .conftest import log_in, shot

ENGLISH = ["New ", "Publish", "Sort by", "Collections", "Changes saved", "Loading", "optional", "Set to now", "UTC"]


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]


def test_no_phrase_of_the_interface_is_left_in_english(editor, desktop_editor_page):
    page = desktop_editor_page.page
    log_in(page, editor.url, "#/collections/guides")
    page.get_by_text("Hướng dẫn cũ về sinh hoạt chi bộ").wait_for()
    assert page.evaluate("window.SotayEditor.untranslated") == []


def test_collection_list(editor, editor_page):
    page = editor_page.page
    log_in(page, editor.url, "#/collections/guides")
    page.get_by_text("Hướng dẫn cũ về sinh hoạt chi bộ").wait_for()
    text = page.inner_text("body")
    assert "Loại tài liệu" in text and "Soạn mới" in text
    assert [word for word in ENGLISH if word in text] == []
    assert fits(page)
    shot(page, "collection-list")


def test_guide_form_and_the_document_picker(editor, editor_page):
    page = editor_page.page
    log_in(page, editor.url, "#/collections/guides/new")
    page.locator("input[id^='title-field-']").wait_for()
    assert fits(page)
    text = page.inner_text("body")
    assert "TIÊU ĐỀ" in text.upper() and [word for word in ENGLISH if word in text] == []
    shot(page, "guide-form")

    picker = page.locator("input[id^='supersedes-field-']")
    picker.scroll_into_view_if_needed()
    picker.fill("03")
    options = page.get_by_role("option")
    assert options.first.inner_text().startswith("03-HD/TU")
    assert "chưa có trong sổ tay" in options.last.inner_text()  # free text for a document the base lacks
    assert fits(page)
    shot(page, "picker-open")
    options.last.get_by_role("button").click()  # "03" as typed: kept, marked as not in the base
    chip = page.locator(".sotay-doc-picker__chip")
    assert chip.count() == 1 and "không có trong sổ tay" in chip.inner_text()
    chip.get_by_role("button", name="Bỏ 03").click()
    assert chip.count() == 0
