"""A page's cold load from a site folder, as test_weight measures it, with every file it cost: the figures of
docs/dev/performance.md, "Page weight".

    .venv/bin/python scripts/page_weight.py publish/web [--page guides/quy-trinh-sinh-hoat-thuong-ky/]

The folder is served as tests/browser/offline/offline_server.py serves it (our nginx configuration's headers; the
`.gz` twins when the server compresses), once with gzip and once without, to headless Chromium at phone width; the
service worker's first downloads are counted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT / "tests" / "browser" / "offline"))

from offline_server import SiteServer  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}
GUIDE = "guides/quy-trinh-sinh-hoat-thuong-ky/"


def measure(browser, site: Path, page_path: str, compress: bool) -> list[tuple[str, int]]:
    """(path, bytes on the wire) of every response of one cold load, the worker's included."""
    server = SiteServer(site)
    url = server.start()
    server.compress = compress
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    try:
        page = context.new_page()
        page.goto(url + page_path)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null")
        page.wait_for_load_state("networkidle")
        return [(entry.path, entry.wire_bytes) for entry in server.log]
    finally:
        context.close()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site or the web folder of `sotay publish`")
    parser.add_argument("--page", default=GUIDE, help=f"the page's path in the site (default {GUIDE})")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for compress in (True, False):
            responses = measure(browser, args.site, args.page, compress)
            print(f"{'gzip' if compress else 'uncompressed'}: {sum(size for _, size in responses) / 1024:.1f} KB")
            for path, size in sorted(responses, key=lambda response: -response[1]):
                print(f"  {size / 1024:7.1f} KB  {path}")
        browser.close()


if __name__ == "__main__":
    main()
