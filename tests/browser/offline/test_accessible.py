"""Accessible on a phone and a desktop: axe-core finds nothing serious, the page structure is sound, the
keyboard reaches and shows every control, and printed text stays readable."""

from __future__ import annotations

import pytest

from ..answers import wait_for_scripts
from .browsing import DESKTOP, PAGE_TYPES, PHONE

AXE_RUN = """() => axe.run(document, {resultTypes: ["violations"]}).then(result => result.violations
  .filter(v => v.impact === "serious" || v.impact === "critical")
  .map(v => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0].target.join(" ")}`))"""

STRUCTURE = """() => {
  const levels = [...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")]
    .filter(h => h.getClientRects().length).map(h => Number(h.tagName[1]));
  const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1).length;
  return {lang: document.documentElement.lang, main: document.querySelectorAll("main").length,
          banner: document.querySelectorAll("body > header, header.md-header").length,
          nav: document.querySelectorAll("nav").length, h1: levels.filter(l => l === 1).length,
          first: levels[0], skips};
}"""

# Tab through the page; for each element reached: is it inside the content, and does it show a focus mark?
TAB_STEP = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const marked = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  el.dataset.reached = "1";
  return {tag: el.tagName, text: (el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40), marked};
}"""
UNREACHED = """() => [...document.querySelectorAll(".md-content a[href], .md-content button, .md-content input:not([disabled]), .md-content select, .md-content textarea, .md-content [tabindex='0']")]
  .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden" && !el.dataset.reached)
  .map(el => el.outerHTML.slice(0, 80))"""

SMALL_PRINT = """() => {
  const small = new Set();
  const walker = document.createTreeWalker(document.querySelector(".md-content"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!walker.currentNode.textContent.trim() || !el.getClientRects().length) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 10 * 96 / 72 - 0.05) small.add(`${el.tagName}.${el.className} ${(size * 72 / 96).toFixed(1)}pt`);
  }
  return [...small];
}"""


@pytest.fixture
def site(hosted_url: str) -> str:
    return hosted_url


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_no_serious_or_critical_violation(new_page, site: str, axe_source: str, viewport):
    page, watch = new_page(viewport, bypass_csp=True, service_workers="block")  # axe is injected, not part of the site
    found = {}
    for name, path in PAGE_TYPES.items():
        page.goto(site + path)
        wait_for_scripts(page)  # what scripts add (search results, trainer controls) is checked too
        page.evaluate(axe_source)
        found[name] = page.evaluate(AXE_RUN)
    assert {name: violations for name, violations in found.items() if violations} == {}
    assert watch.errors == []


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_language_landmarks_and_heading_order(reader, site: str, name):
    page, watch = reader(DESKTOP)
    page.goto(site + PAGE_TYPES[name])
    structure = page.evaluate(STRUCTURE)
    assert structure["lang"] == "vi"
    assert (structure["main"], structure["banner"] >= 1, structure["nav"] >= 1) == (1, True, True)
    assert (structure["h1"], structure["first"], structure["skips"]) == (1, 1, 0), structure
    assert watch.errors == []


@pytest.mark.parametrize("name", ["guide, article", "checklist", "model meeting", "rubric", "offline notice", "preparation pack",
                                  "search results", "trainer explorer"])
def test_keyboard_reaches_every_control_and_shows_where_it_is(reader, site: str, name):
    page, watch = reader(DESKTOP)
    page.goto(site + PAGE_TYPES[name])
    wait_for_scripts(page)  # the results page adds its links once the index files are in
    controls = page.evaluate("() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length")
    unmarked = []
    for _ in range(controls + 20):
        page.keyboard.press("Tab")
        step = page.evaluate(TAB_STEP)
        if step and not step["marked"]:
            unmarked.append(step)
    assert unmarked == []
    assert page.evaluate(UNREACHED) == []
    assert watch.errors == []


def test_checkboxes_and_fields_work_from_the_keyboard(new_page, site: str):
    """Every enabled checkbox in a checklist toggles with Space; every text or number field takes typing."""
    page, watch = new_page(DESKTOP)
    for name in ("checklist", "rubric", "guide, article"):
        page.goto(site + PAGE_TYPES[name])
        for box in page.locator(".md-content input[type=checkbox]:not([disabled])").all():
            before = box.is_checked()
            box.focus()
            page.keyboard.press("Space")
            assert box.is_checked() is not before
        for field in page.locator(".md-content input[type=number]:not([disabled]), .md-content input[type=text]:not([disabled])").all():
            field.focus()
            page.keyboard.type("5")
            assert "5" in field.input_value()
    assert watch.errors == []


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_printed_text_is_at_least_10pt(reader, site: str, name):
    page, watch = reader(DESKTOP)
    page.goto(site + PAGE_TYPES[name])
    wait_for_scripts(page)  # what scripts add (search results, the compare table) is printed too
    page.emulate_media(media="print")
    assert page.evaluate(SMALL_PRINT) == []
    assert watch.errors == []
