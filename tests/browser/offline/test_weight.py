"""Page weight on a weak connection: bytes on the wire (gzip, as nginx sends them), fonts and the service
worker's first downloads included."""

from __future__ import annotations

from pathlib import Path

from .browsing import PAGE_TYPES, PHONE

COLD_BUDGET = 300 * 1024
REPEAT_BUDGET = 30 * 1024
SETTLED = "() => navigator.serviceWorker.controller !== null"


def spent(server) -> tuple[int, str]:
    detail = ", ".join(f"{entry.path} {entry.wire_bytes}" for entry in server.log)
    return server.wire_bytes(), detail


def test_a_guide_page_costs_at_most_300_kb_cold_and_30_kb_again(new_page, serve, hosted_site: Path):
    server, url = serve(hosted_site)
    page, watch = new_page(PHONE)
    guide = url + PAGE_TYPES["guide, article"]
    page.goto(guide)
    page.wait_for_function(SETTLED)
    page.wait_for_load_state("networkidle")
    cold, detail = spent(server)
    assert cold <= COLD_BUDGET, detail
    assert any(entry.path.endswith(".css") for entry in server.log), "the measurement saw the page's assets"

    server.log.clear()
    page.goto(guide)
    page.wait_for_load_state("networkidle")
    repeat, detail = spent(server)
    assert repeat <= REPEAT_BUDGET, detail
    assert [entry.path for entry in server.log if "/assets/" in entry.path] == [], "assets come from the device"
    assert watch.errors == []
