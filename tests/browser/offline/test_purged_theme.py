"""The theme stylesheet that `sotay publish` purges draws every page as the whole one does: each page type, the
header search open with results, the drawer open on a phone and the print preview, at phone and desktop width, from
the built site and from the published folder, must give every element and every drawn pseudo-element the same
computed style, and the sheets the same rules that style no element (@page, @font-face, @keyframes).

Equal computed styles over the same HTML draw the same pixels, and unlike two screenshots they do not depend on
how a busy machine antialiases text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..answers import wait_for_box
from .browsing import PAGE_TYPES
from .offline_server import SiteServer

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
QUERY = "sinh hoat chi bo"
# Resolves once the page has not changed for a while (scripts that fill it, like results and compare tables, are
# done), its fonts are in and its transitions have ended.
SETTLED = """() => new Promise((resolve) => {
    let timer = setTimeout(done, 300);
    const watch = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
    watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() {
        watch.disconnect();
        const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
        Promise.all([document.fonts.ready, ...ending.map((a) => a.finished.catch(() => undefined))]).then(() => resolve());
    }
})"""
# Every element's computed style and that of each pseudo-element it draws, as "tag.class property:value;…"
# strings (custom properties left out: one no rule reads draws nothing, and one a rule reads shows in the property
# it sets); then the rules that apply to no element. `only` (indexes) asks for those elements alone, in full.
STYLES = r"""(only) => {
    const styled = (element, pseudo) => {
        const style = getComputedStyle(element, pseudo);
        let text = "";
        for (let i = 0; i < style.length; i++) {
            if (!style[i].startsWith("--")) text += style[i] + ":" + style.getPropertyValue(style[i]) + ";";
        }
        return text;
    };
    const hash = (text) => {
        let a = 0x811c9dc5, b = 0x01000193;
        for (let i = 0; i < text.length; i++) {
            a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
            b = Math.imul(b + text.charCodeAt(i), 0x85ebca6b) >>> 0;
        }
        return a.toString(36) + b.toString(36);
    };
    const all = [...document.querySelectorAll("*")];
    const elements = [];
    all.forEach((element, index) => {
        if (only && !only.includes(index)) return;
        let text = styled(element, null);
        for (const pseudo of ["::before", "::after", "::marker"]) {
            const drawn = getComputedStyle(element, pseudo).content;
            if (drawn && drawn !== "none" && drawn !== "normal") text += pseudo + "{" + styled(element, pseudo) + "}";
        }
        const name = element.tagName.toLowerCase() + (element.className && element.className.baseVal === undefined
            ? "." + element.className.trim().split(/\s+/).join(".") : "");
        elements.push(name + " " + (only ? text : hash(text)));
    });
    const unattached = [];
    for (const sheet of document.styleSheets) {
        const walk = (rules) => {
            for (const rule of rules) {
                if (rule instanceof CSSPageRule || rule instanceof CSSFontFaceRule || rule instanceof CSSKeyframesRule) {
                    unattached.push(rule.cssText);
                } else if (rule.cssRules && !(rule instanceof CSSStyleRule)) walk(rule.cssRules);
            }
        };
        walk(sheet.cssRules);
    }
    return { elements, unattached: unattached.sort() };
}"""


def header_search(page) -> None:
    """Open the header box as a reader would (on a phone, its button), type, wait for results and their snippets."""
    if page.viewport_size["width"] < 960:
        page.locator("label.md-header__button[for=__search]").click()
    page.locator("[data-sotay-search] input[name=q]").type(QUERY, delay=5)
    wait_for_box(page, QUERY)


def drawer(page) -> None:
    page.locator("label.md-header__button[for=__drawer]").click()


def on_paper(page) -> None:
    page.emulate_media(media="print")


@dataclass(frozen=True)
class View:
    name: str
    path: str
    viewport: dict
    act: Callable | None = None


def views() -> list[View]:
    found = [View(f"{name}, {size}", path, viewport)
             for name, path in PAGE_TYPES.items() for size, viewport in (("phone", PHONE), ("desktop", DESKTOP))]
    found += [View(f"header search open, {size}", PAGE_TYPES["guide, article"], viewport, header_search)
              for size, viewport in (("phone", PHONE), ("desktop", DESKTOP))]
    found.append(View("drawer open, phone", PAGE_TYPES["guide, article"], PHONE, drawer))
    found += [View(f"print preview of the {name}", PAGE_TYPES[name], DESKTOP, on_paper)
              for name in ("guide, article", "model meeting", "checklist", "self-assessment calculator",
                           "preparation pack", "minutes form", "trainer pack", "home")]
    return found


@pytest.fixture(scope="module")
def both(hosted_site: Path, published_site: Path):
    """(built site's URL, published folder's URL), served as our nginx configuration serves them."""
    servers = [SiteServer(hosted_site), SiteServer(published_site)]
    urls = tuple(server.start() for server in servers)
    yield urls
    for server in servers:
        server.stop()


def settled_pages(new_page, urls: tuple[str, ...], view: View) -> list:
    """The view opened from each site: the pages load and settle side by side."""
    opened = [new_page(view.viewport, service_workers="block") for _ in urls]
    for (page, _), url in zip(opened, urls):
        page.goto(url + view.path, wait_until="commit")
    for page, _ in opened:
        page.wait_for_load_state("networkidle")
        if view.act:
            view.act(page)
        page.evaluate(f"() => {{ window.sotaySettled = ({SETTLED})(); }}")  # not awaited: the pages settle together
    for page, watch in opened:
        page.evaluate("() => window.sotaySettled")
        assert watch.errors == []
    return [page for page, _ in opened]


def test_the_published_folder_loads_the_purged_stylesheets(hosted_site: Path, published_site: Path):
    def sheets(site: Path) -> list[str]:
        return re.findall(r'href="[^"]*assets/stylesheets/([^"]+)"', (site / "index.html").read_text(encoding="utf-8"))

    built, published = sheets(hosted_site), sheets(published_site)
    assert len(built) == len(published) == 2 and not set(built) & set(published)
    for before, after in zip(built, published):
        assert (published_site / "assets/stylesheets" / after).stat().st_size < 0.7 * (hosted_site / "assets/stylesheets" / before).stat().st_size


@pytest.mark.parametrize("view", views(), ids=lambda view: view.name)
def test_a_published_page_looks_exactly_as_built(new_page, both, view: View):
    pages = settled_pages(new_page, both, view)
    built, published = (page.evaluate(STYLES, None) for page in pages)
    assert published["unattached"] == built["unattached"]
    assert len(published["elements"]) == len(built["elements"]), "the same page should have the same elements"
    differing = [index for index, (a, b) in enumerate(zip(built["elements"], published["elements"])) if a != b]
    if differing:
        before, after = (page.evaluate(STYLES, differing[:3])["elements"] for page in pages)
        lines = [f"{view.name}: {len(differing)} elements styled otherwise once published; the first:"]
        for was, now in zip(before, after):
            name, _, was_style = was.partition(" ")
            was_set, now_set = set(was_style.split(";")), set(now.partition(" ")[2].split(";"))
            lines.append(f"  {name}: built {'; '.join(sorted(was_set - now_set)[:8])}; "
                         f"published {'; '.join(sorted(now_set - was_set)[:8])}")
        pytest.fail("\n".join(lines))
