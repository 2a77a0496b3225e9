"""Which of our page-specific stylesheets and scripts a page loads, from the markup its content carries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUILD_DATE
from generated_pages import made_pages
from sotay.core.knowledge_base import KnowledgeBase
from sotay.core.meetings.checklist import parse_items
from sotay.core.meetings.checklist_markup import tickable_body
from sotay.core.model import Checklist
from sotay.core.site.page_assets import PAGE_ASSETS, PageAssets, markup_tokens, page_assets

ROOT = Path(__file__).resolve().parents[3]
ASSETS = ROOT / "plugins" / "sotay" / "core" / "assets"


@pytest.mark.parametrize(("html", "expected"), [
    ("<h1>Quy trình</h1><p class=\"sotay-summary\">…</p>", PageAssets()),
    ('<div class="sotay-checklist" data-sotay-checklist="k">', PageAssets(("preparation.css",), ("checklist.js",))),
    ('<form class="sotay-calc" data-sotay-rubric="khung"><button data-sotay-print hidden>',
     PageAssets(("preparation.css",), ("rubric-score.js", "rubric-calculator.js", "print-button.js"))),
    ('<div class="sotay-minutes">', PageAssets(("preparation.css",), ())),
    ('<div class="sotay-chart"><svg class="sotay-chart-svg">', PageAssets(("trainer.css",), ())),
    ('<div class="sotay-compare" data-sotay-compare="x">', PageAssets(("trainer.css",), ())),
    ('<p class="md-button sotay-pack-controls"><button data-sotay-print>', PageAssets(("trainer.css",), ("print-button.js",))),
])
def test_a_page_loads_what_its_markup_asks_for(html: str, expected: PageAssets):
    assert page_assets(html) == expected


def test_a_checklist_made_by_the_core_asks_for_its_script_and_styles():
    body = "- [ ] Họp chi ủy\n  - [ ] Thống nhất nội dung\n"
    made = Checklist(path="checklists/truoc.md", slug="truoc", body=body, title="Trước", phase="truoc", items=parse_items(body))
    assert page_assets(tickable_body(made)) == PageAssets(("preparation.css",), ("checklist.js",))


STYLESHEETS = [asset for asset in PAGE_ASSETS if asset.path.endswith(".css")]
# Classes preparation.css styles only inside a checklist's page (`.sotay-doc--checklists .sotay-sources`): every
# document page has them, and a checklist page loads the stylesheet for its checklist.
INSIDE_ANOTHER = {"sotay-sources", "sotay-changes", "sotay-doc--checklists"}


def styled(asset) -> set[str]:
    """The classes the stylesheet (with what it imports) names in its selectors."""
    css = (ASSETS / asset.path).read_text(encoding="utf-8")
    css += "".join((ASSETS / name).read_text(encoding="utf-8") for name in re.findall(r'@import url\("([^"]+)"\)', css))
    return set(re.findall(r"\.(sotay-[\w-]+)", re.sub(r"/\*.*?\*/", "", css, flags=re.S)))


@pytest.mark.parametrize("asset", STYLESHEETS, ids=lambda a: a.path)
def test_every_marker_of_a_stylesheet_is_a_class_it_styles_or_the_block_of_one(asset):
    """`sotay-calc` for `.sotay-calc__sheet`, `sotay-compare` for `.sotay-compare-table`: a renamed class fails here."""
    assert {marker for marker in asset.markers if not any(name.startswith(marker) for name in styled(asset))} == set()


def test_every_page_the_core_makes_with_markup_a_stylesheet_styles_loads_it():
    pages = made_pages(KnowledgeBase.load(ROOT), BUILD_DATE)
    missing = {(path, asset.path): sorted((styled(asset) - INSIDE_ANOTHER) & markup_tokens(text))
               for path, text in pages.items() for asset in STYLESHEETS
               if (styled(asset) - INSIDE_ANOTHER) & markup_tokens(text) and asset.path not in page_assets(text).styles}
    assert missing == {}
    assert sum("preparation.css" in page_assets(text).styles for text in pages.values()) > 10
