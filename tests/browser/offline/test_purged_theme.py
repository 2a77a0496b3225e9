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

from ..answers import wait_for_box, wait_for_scripts
from .browsing import PAGE_TYPES
from .conftest import PageWatch
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
# Every element's computed style and that of each pseudo-element it draws (custom properties left out: one no rule
# reads draws nothing, and one a rule reads shows in the property it sets), then the rules that apply to no element.
# Each distinct style is sent once, as its values in the order of `names`; an element names its tag, classes and
# style. Started in every page before any is read, so the pages compute side by side.
STYLES = r"""() => { window.sotayStyles = new Promise((resolve) => setTimeout(() => {
    const names = [...getComputedStyle(document.documentElement)].filter((name) => !name.startsWith("--"));
    const styled = (element, pseudo) => {
        const style = getComputedStyle(element, pseudo);
        return names.map((name) => style.getPropertyValue(name)).join("\n");
    };
    const styles = new Map();
    const elements = [];
    for (const element of document.querySelectorAll("*")) {
        let text = styled(element, null);
        for (const pseudo of ["::before", "::after", "::marker"]) {
            const drawn = getComputedStyle(element, pseudo).content;
            if (drawn && drawn !== "none" && drawn !== "normal") text += "\n" + pseudo + "\n" + styled(element, pseudo);
        }
        if (!styles.has(text)) styles.set(text, styles.size);
        const name = element.tagName.toLowerCase() + (element.className && element.className.baseVal === undefined
            ? "." + element.className.trim().split(/\s+/).join(".") : "");
        elements.push([name, styles.get(text)]);
    }
    const unattached = [];
    const walk = (rules) => {
        for (const rule of rules) {
            if (rule instanceof CSSPageRule || rule instanceof CSSFontFaceRule || rule instanceof CSSKeyframesRule) {
                unattached.push(rule.cssText);
            } else if (rule.cssRules && !(rule instanceof CSSStyleRule)) walk(rule.cssRules);
        }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    resolve({ names, styles: [...styles.keys()], elements, unattached: unattached.sort() });
})); }"""


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
def pair(chromium, hosted_site: Path, published_site: Path):
    """A page of the built site and one of the published folder, served as our nginx configuration serves them,
    kept for every view: (URL, page, its watch) each."""
    servers = [SiteServer(hosted_site), SiteServer(published_site)]
    contexts = [chromium.new_context(viewport=PHONE, locale="vi-VN", service_workers="block") for _ in servers]
    sides = []
    for server, context in zip(servers, contexts):
        page = context.new_page()
        sides.append((server.start(), page, PageWatch(page)))
    yield sides
    for server, context in zip(servers, contexts):
        context.close()
        server.stop()


def settled_styles(sides: list[tuple], view: View) -> list[dict]:
    """The view opened in each (URL, page, watch) (the pages load and settle side by side), then each page's STYLES."""
    for url, page, watch in sides:
        watch.errors.clear()
        page.emulate_media(media="null")
        page.set_viewport_size(view.viewport)
        page.goto(url + view.path, wait_until="commit")
    for _, page, _ in sides:
        wait_for_scripts(page)
        if view.act:
            view.act(page)
        page.evaluate(f"() => {{ window.sotaySettled = ({SETTLED})(); }}")  # not awaited: the pages settle together
    for _, page, watch in sides:
        page.evaluate("() => window.sotaySettled")
        assert watch.errors == []
    for _, page, _ in sides:
        page.evaluate(STYLES)
    return [page.evaluate("() => window.sotayStyles") for _, page, _ in sides]


def described(style: str, names: list[str]) -> set[str]:
    """One STYLES entry as "property:value" (and "::before property:value") items."""
    values, items, pseudo = style.split("\n"), set(), ""
    while values:
        items |= {f"{pseudo}{name}:{value}" for name, value in zip(names, values)}
        values = values[len(names):]
        if values:
            pseudo, values = values[0] + " ", values[1:]
    return items


def test_the_published_folder_loads_the_purged_stylesheets(hosted_site: Path, published_site: Path):
    def sheets(site: Path) -> list[str]:
        return re.findall(r'href="[^"]*assets/stylesheets/([^"]+)"', (site / "index.html").read_text(encoding="utf-8"))

    built, published = sheets(hosted_site), sheets(published_site)
    assert len(built) == len(published) == 2 and not set(built) & set(published)
    for before, after in zip(built, published):
        assert (published_site / "assets/stylesheets" / after).stat().st_size < 0.7 * (hosted_site / "assets/stylesheets" / before).stat().st_size


@pytest.mark.parametrize("view", views(), ids=lambda view: view.name)
def test_a_published_page_looks_exactly_as_built(pair, new_page, view: View):
    found = unlike(view, *settled_styles(pair, view))
    if found:  # a purge gives the same sheets every time: what fresh pages do not show again came from the loading
        fresh = [(url, *new_page(view.viewport, service_workers="block")) for url, _, _ in pair]
        found = unlike(view, *settled_styles(fresh, view))
    if found:
        pytest.fail("\n".join(found))


def unlike(view: View, built: dict, published: dict) -> list[str]:
    """How the published page's styles differ from the built one's, for a failure message; empty when they do not."""
    if (published["unattached"], published["names"]) != (built["unattached"], built["names"]):
        return [f"{view.name}: the pages differ in their unattached elements or in the properties read"]
    if [name for name, _ in published["elements"]] != [name for name, _ in built["elements"]]:
        return [f"{view.name}: the same page should have the same elements"]
    differing = [(name, built["styles"][was], published["styles"][now])
                 for (name, was), (_, now) in zip(built["elements"], published["elements"])
                 if built["styles"][was] != published["styles"][now]]
    if not differing:
        return []
    lines = [f"{view.name}: {len(differing)} elements styled otherwise once published; the first:"]
    for name, was, now in differing[:3]:
        was_set, now_set = described(was, built["names"]), described(now, built["names"])
        lines.append(f"  {name}: built {'; '.join(sorted(was_set - now_set)[:8])}; "
                     f"published {'; '.join(sorted(now_set - was_set)[:8])}")
    return lines
