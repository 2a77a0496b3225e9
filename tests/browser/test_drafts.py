"""What a reader sees of an imported document nobody has reviewed: the notice above its text, at phone and desktop
width, and the committee's list of drafts leading to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from gen_import_corpus import letter_pdf
from import_corpus_documents import LETTERS
from sotay.core.importer import import_bytes

# A received PDF whose signer's name is cut off, as a bad copy leaves it: the draft lists "người ký" to review.
LETTER = next(letter for letter in LETTERS if letter.slug == "cv-915-du")


@pytest.fixture(scope="module")
def draft_files() -> dict[str, str]:
    imported = import_bytes(letter_pdf(replace(LETTER, signer="")), "cv-915-du.pdf", today=date(2025, 5, 20))
    assert "người ký" in imported.missing
    return {f"content/guides/{imported.slug}.md": imported.text}


def test_the_notice_stands_above_the_text_and_says_what_to_check(page, served_site, draft_files):
    site = served_site(draft_files)
    page.goto(site.page_url("guides/cv-915-du/"))
    notice = page.locator(".sotay-draft")
    assert notice.is_visible()
    assert notice.locator(".admonition-title").inner_text() == "Bản nhập tự động — chưa duyệt"
    assert "cv-915-du.pdf" in notice.inner_text() and "20/05/2025" in notice.inner_text()
    assert notice.locator("li").all_inner_texts() == ["người ký"]
    text = page.locator(".md-content p", has_text=LETTER.body[0][:30]).first
    assert notice.bounding_box()["y"] + notice.bounding_box()["height"] <= text.bounding_box()["y"]
    assert notice.bounding_box()["width"] <= page.viewport_size["width"]


def test_the_committee_list_leads_to_the_draft(page, served_site, draft_files):
    site = served_site(draft_files)
    page.goto(site.page_url("cap-uy/van-ban-cho-duyet/"))
    assert page.get_by_text("Có 1 trang chờ duyệt.").is_visible()
    entry = page.locator(".md-content li", has_text="nhập từ cv-915-du.pdf")
    assert "Còn xem lại: người ký." in entry.inner_text()
    entry.locator("a").click()
    page.wait_for_url("**/guides/cv-915-du/")
    assert page.locator(".sotay-draft").is_visible()
