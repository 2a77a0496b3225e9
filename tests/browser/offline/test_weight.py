"""Page weight on a weak connection: bytes on the wire, fonts and the service worker's first downloads included,
from a server that compresses (gzip, as our nginx configuration does) and from one that does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sotay.core.publish import precompress

from .browsing import PAGE_TYPES, PHONE

COLD_BUDGET = 300 * 1024
# Without compression the theme's own stylesheet and script come close to the 300 KB target alone: it is not met
# there (docs/dev/performance.md, "Page weight"); this bound only keeps the page from growing.
UNCOMPRESSED_COLD_BUDGET = 420 * 1024
REPEAT_BUDGET = 30 * 1024
SETTLED = "() => navigator.serviceWorker.controller !== null"


def spent(server) -> tuple[int, str]:
    detail = ", ".join(f"{entry.path} {entry.wire_bytes}" for entry in server.log)
    return server.wire_bytes(), detail


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "uncompressed"])
def test_a_guide_page_costs_at_most_300_kb_cold_and_30_kb_again(new_page, serve, hosted_site: Path, compress: bool):
    server, url = serve(hosted_site)
    server.compress = compress
    page, watch = new_page(PHONE)
    guide = url + PAGE_TYPES["guide, article"]
    page.goto(guide)
    page.wait_for_function(SETTLED)
    page.wait_for_load_state("networkidle")
    cold, detail = spent(server)
    assert cold <= (COLD_BUDGET if compress else UNCOMPRESSED_COLD_BUDGET), detail
    assert any(entry.path.endswith(".css") for entry in server.log), "the measurement saw the page's assets"

    server.log.clear()
    page.goto(guide)
    page.wait_for_load_state("networkidle")
    repeat, detail = spent(server)
    assert repeat <= REPEAT_BUDGET, detail
    assert [entry.path for entry in server.log if "/assets/" in entry.path] == [], "assets come from the device"
    assert watch.errors == []


def test_pages_sent_from_their_gzip_twins_work_and_weigh_no_more(new_page, serve, hosted_site: Path, tmp_path: Path):
    """`sotay publish` writes FILE.gz beside each text file; a server with gzip_static sends those as they are."""
    site = tmp_path / "site"
    shutil.copytree(hosted_site, site)
    assert precompress(site).files > 100
    server, url = serve(site)
    page, watch = new_page(PHONE)
    page.goto(url + PAGE_TYPES["guide, article"])
    page.wait_for_function(SETTLED)
    page.wait_for_load_state("networkidle")
    cold, detail = spent(server)
    assert cold <= COLD_BUDGET, detail
    assert page.locator("h1").first.is_visible() and page.locator(".md-footer").count() == 1
    assert watch.errors == []
