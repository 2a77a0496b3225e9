"""Screenshots of built pages at phone (360×740) and desktop (1280×900) width, to look at after UI changes.

Usage: python scripts/screenshots.py [--site site] [--out /tmp/shots] [--full] [--search QUERY] PAGE...
(PAGE like guides/hd-42-btctw/; with --search, QUERY is typed into the header search box of each page first)
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SIZES = {"phone": (360, 740), "desktop": (1280, 900)}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def search(page, query: str) -> None:
    """Type `query` into the header box (on a phone, open it first) and wait for what it shows."""
    if page.viewport_size["width"] < 960:
        page.click("label.md-header__button[for=__search]")
    page.type("input[name=q]", query, delay=10)
    page.wait_for_function("q => document.querySelector('.md-search-result__meta')?.dataset.query === q", arg=query)
    page.wait_for_load_state("networkidle")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    parser.add_argument("--full", action="store_true", help="whole page, not only the first screen")
    parser.add_argument("--search", help="type this into the header search box before the shot")
    parser.add_argument("pages", nargs="+")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    server, base = serve(options.site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for path in options.pages:
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                if options.search:
                    search(page, options.search)
                stem = path.strip("/").replace("/", "_").replace("?", "_") or "home"
                target = options.out / f"{stem}{'-search' if options.search else ''}-{name}.png"
                page.screenshot(path=str(target), full_page=options.full)
                print(target)
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
