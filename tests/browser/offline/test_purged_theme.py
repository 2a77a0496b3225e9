"""The theme stylesheet that `sotay publish` purges draws every page as the whole one does: each page type, the
header search open with results, the drawer open on a phone and the print preview, shot at phone and desktop width
from the built site and from the published folder, must give the same pixels."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from ..conftest import SHOTS
from .browsing import PAGE_TYPES
from .offline_server import SiteServer

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
QUERY = "sinh hoat chi bo"
# The same page shot twice on a busy machine may differ in one grey level of antialiased text: a page that differs
# is shot again, and fails only if it never matches.
ATTEMPTS = 6
# Resolves once the page has not changed for a while: scripts that fill it (results, compare tables) are done.
SETTLED = """() => new Promise((resolve) => {
    let timer = setTimeout(done, 300);
    const watch = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
    watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    function done() { watch.disconnect(); document.fonts.ready.then(resolve); }
})"""


def header_search(page) -> None:
    """Open the header box as a reader would (on a phone, its button), type, wait for results and their snippets."""
    if page.viewport_size["width"] < 960:
        page.locator("label.md-header__button[for=__search]").click()
    page.locator("[data-sotay-search] input[name=q]").type(QUERY, delay=5)
    page.wait_for_function("q => document.querySelector('.md-search-result__meta')?.dataset.query === q", arg=QUERY)


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


def shot(new_page, url: str, view: View) -> bytes:
    page, watch = new_page(view.viewport, service_workers="block")
    page.goto(url + view.path)
    page.wait_for_load_state("networkidle")
    if view.act:
        view.act(page)
    page.evaluate(SETTLED)
    image = page.screenshot(full_page=True, animations="disabled")
    assert watch.errors == []
    return image


def test_the_published_folder_loads_the_purged_stylesheets(hosted_site: Path, published_site: Path):
    def sheets(site: Path) -> list[str]:
        return re.findall(r'href="[^"]*assets/stylesheets/([^"]+)"', (site / "index.html").read_text(encoding="utf-8"))

    built, published = sheets(hosted_site), sheets(published_site)
    assert len(built) == len(published) == 2 and not set(built) & set(published)
    for before, after in zip(built, published):
        assert (published_site / "assets/stylesheets" / after).stat().st_size < 0.7 * (hosted_site / "assets/stylesheets" / before).stat().st_size


@pytest.mark.parametrize("view", views(), ids=lambda view: view.name)
def test_a_published_page_looks_exactly_as_built(new_page, both, view: View):
    for _ in range(ATTEMPTS):
        built, published = (shot(new_page, url, view) for url in both)
        if built == published:
            return
    name = re.sub(r"\W+", "-", view.name)
    SHOTS.mkdir(parents=True, exist_ok=True)
    before, after = (Image.open(io.BytesIO(data)).convert("RGB") for data in (built, published))
    before.save(SHOTS / f"purge-{name}-built.png")
    after.save(SHOTS / f"purge-{name}-published.png")
    box = ImageChops.difference(before, after).getbbox() if before.size == after.size else None
    pytest.fail(f"{view.name}: the published page differs from the built one (sizes {before.size}, {after.size}; "
                f"differing box {box}); both shots in {SHOTS}")
