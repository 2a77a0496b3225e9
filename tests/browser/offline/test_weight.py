"""Page weight on a weak connection: bytes on the wire of a guide page's cold load, fonts, scripts and the service
worker's first downloads included, from the web folder `sotay publish` prepares (theme stylesheets purged, gzip
twins beside the text files), sent by a server that sends the twins (nginx `gzip_static`) and by one that sends
every file as it is on disk. The figures, step by step: docs/dev/performance.md, "Page weight"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..answers import wait_for_box
from .browsing import PAGE_TYPES, PHONE

COLD_BUDGET = 300 * 1024
REPEAT_BUDGET = 30 * 1024
SETTLED = "() => navigator.serviceWorker.controller !== null"


def spent(server) -> tuple[int, str]:
    detail = ", ".join(f"{entry.path} {entry.wire_bytes}" for entry in server.log)
    return server.wire_bytes(), detail


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "uncompressed"])
def test_a_guide_page_costs_at_most_300_kb_cold_and_30_kb_again(new_page, serve, published_site: Path, compress: bool):
    server, url = serve(published_site)
    server.compress = compress
    page, watch = new_page(PHONE)
    guide = url + PAGE_TYPES["guide, article"]
    page.goto(guide)
    page.wait_for_function(SETTLED)
    page.wait_for_load_state("networkidle")
    cold, detail = spent(server)
    assert cold <= COLD_BUDGET, detail
    assert any(entry.path.endswith(".css") for entry in server.log), "the measurement saw the page's assets"
    assert page.locator("h1").first.is_visible() and page.locator(".md-footer").count() == 1

    server.log.clear()
    page.goto(guide)
    page.wait_for_load_state("networkidle")
    repeat, detail = spent(server)
    assert repeat <= REPEAT_BUDGET, detail
    assert [entry.path for entry in server.log if "/assets/" in entry.path] == [], "assets come from the device"
    assert watch.errors == []


def search(page, query: str, typed: bool = True) -> int:
    """Open the header box on a phone, type `query` (or paste it whole: one lookup, not one per pause in typing),
    wait for its answer: the number of results shown."""
    page.locator("label.md-header__button[for=__search]").click()
    box = page.locator("[data-sotay-search] input[name=q]")
    if typed:
        box.type(query, delay=10)
    else:
        box.fill(query)
    wait_for_box(page, query)
    return page.locator("#sotay-search-list [role=option]").count()


def test_the_first_search_adds_its_scripts_and_the_worker_keeps_them(new_page, serve, published_site: Path):
    """A guide page loads the header box alone; typing in it adds the scripts that search, the answer comes, and
    the same search answers again offline."""
    server, url = serve(published_site)
    page, watch = new_page(PHONE)
    page.goto(url + PAGE_TYPES["guide, article"])
    page.wait_for_function(SETTLED)
    page.wait_for_load_state("networkidle")
    assert not [entry.path for entry in server.log if entry.path.endswith("/search/rank.js")]
    assert search(page, "ghi bien ban") > 0
    assert [entry.path for entry in server.log if entry.path.endswith("/search/rank.js")] == ["/assets/sotay/search/rank.js"]

    server.offline = True
    page.reload()
    assert search(page, "ghi bien ban", typed=False) > 0  # pasted: a pause in typing may look up a word never fetched
    assert watch.errors == []

    page.locator("[data-sotay-search] input[name=q]").fill("đảng phí")  # a word whose part of the index never came
    page.wait_for_function("() => document.querySelector('.md-search-result__meta').textContent.startsWith('Chưa tải được')")
    assert not [error for error in watch.errors if error.startswith("uncaught")], "the box says it, nothing is thrown"
