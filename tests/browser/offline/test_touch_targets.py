"""Every control of every page type is big enough to tap on a phone (360 px): WCAG 2.2 target size (minimum), 2.5.8.

A target passes when it is at least 24×24 CSS px, or when a 24 px circle centred on it touches no other target and no
other small target's circle (the spacing rule), or when it is a link inside running text (the inline exception). A
field and its labels are one target: tapping the label works the field.
"""

from __future__ import annotations

import pytest

from ..answers import wait_for_box, wait_for_scripts
from .browsing import PAGE_TYPES, PHONE

SMALL_TARGETS = """(scope) => {
  const MIN = 24;
  const CONTROLS = "a[href], button, input:not([type=hidden]), select, textarea, summary, label, [role=button], [tabindex]:not([tabindex='-1'])";
  // Laid out and visible, not cut off by a box that hides what overflows it (a drawer or a panel put off screen), and on
  // the page or in a box that scrolls sideways.
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!(box.width > 0 && box.height > 0 && box.right > 0 && style.visibility !== "hidden" && style.pointerEvents !== "none")) return false;
    let scrolls = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const overflow = getComputedStyle(up);
      const outer = up.getBoundingClientRect();
      const cut = (axis) => /hidden|clip/.test(overflow[axis]);
      if ((cut("overflowX") && (box.right <= outer.left || box.left >= outer.right))
          || (cut("overflowY") && (box.bottom <= outer.top || box.top >= outer.bottom))) return false;
      scrolls ||= /auto|scroll/.test(overflow.overflowX);
    }
    return box.left < innerWidth || scrolls;
  };
  const controlOf = (el) => (el.tagName === "LABEL" ? el.control ?? el : el);
  const groups = new Map();  // control -> the rectangles tapping which works it
  for (const el of document.querySelector(scope).querySelectorAll(CONTROLS)) {
    if (el.tagName === "LABEL" && !el.control && !el.matches("[for]")) continue;  // a plain caption, not a target
    if (!shown(el)) continue;
    const control = controlOf(el);
    if (!groups.has(control)) groups.set(control, []);
    groups.get(control).push(el.getBoundingClientRect());
  }
  const targets = [...groups].map(([control, rects]) => {
    const left = Math.min(...rects.map((r) => r.left)), top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right)), bottom = Math.max(...rects.map((r) => r.bottom));
    return { control, left, top, right, bottom, width: right - left, height: bottom - top,
             x: (left + right) / 2, y: (top + bottom) / 2 };
  });
  const inline = (el) => {
    if (getComputedStyle(el).display !== "inline" || el.tagName !== "A") return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    return block !== null && block.textContent.replace(el.textContent, "").trim().length > 0;
  };
  const small = targets.filter((t) => (t.width < MIN - 0.5 || t.height < MIN - 0.5) && !inline(t.control));
  const near = (t, box) => Math.hypot(Math.max(box.left - t.x, 0, t.x - box.right), Math.max(box.top - t.y, 0, t.y - box.bottom)) < MIN / 2;
  const related = (a, b) => a.control === b.control || a.control.contains(b.control) || b.control.contains(a.control);
  return small.filter((t) => targets.some((other) => !related(t, other)
      && (near(t, other) || (small.includes(other) && Math.hypot(t.x - other.x, t.y - other.y) < MIN))))
    .map((t) => `${t.control.tagName.toLowerCase()}.${t.control.className} "${(t.control.textContent || t.control.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${Math.round(t.width)}×${Math.round(t.height)}`);
}"""


@pytest.fixture
def site(hosted_url: str) -> str:
    return hosted_url


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_control_is_big_enough_to_tap_on_a_phone(reader, site: str, name: str):
    page, watch = reader(PHONE)
    page.goto(site + PAGE_TYPES[name])
    wait_for_scripts(page)  # what scripts add (checkboxes, sort buttons, results) is checked too
    assert page.evaluate(SMALL_TARGETS, "body") == []
    assert watch.errors == []


@pytest.mark.parametrize("query", ["xyzzy quux", "sinh hoat"])
def test_the_header_search_box_is_easy_to_tap_with_and_without_results(new_page, site: str, query: str):
    page, watch = new_page(PHONE)
    page.goto(site)
    page.click("label.md-header__button[for=__search]")
    page.type("input[name=q]", query, delay=10)
    wait_for_box(page, query)
    assert page.evaluate(SMALL_TARGETS, ".md-search") == [], "the open box covers the page: its own controls are what a tap reaches"
    assert watch.errors == []
