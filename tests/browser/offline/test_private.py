"""Served with the shipped nginx headers (CSP included), no page asks another host for anything,
and nothing on any page breaks the Content-Security-Policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from .browsing import DESKTOP, PAGE_TYPES, PHONE


def visit_blocking_other_hosts(new_page, base: str, viewport: dict, paths, init_script: str | None = None):
    """Visit `paths` with every request to another host recorded and refused; returns (outside URLs, errors)."""
    page, watch = new_page(viewport, service_workers="block")  # routes see every request only without a worker
    outside: list[str] = []

    def route(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.context.route("**/*", route)
    if init_script:
        page.add_init_script(init_script)
    for path in paths:
        response = page.goto(base + path)
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    return outside, watch.errors


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_page_type_loads_only_from_its_own_site_under_the_csp(new_page, serve, hosted_site: Path, viewport):
    server, base = serve(hosted_site)
    outside, errors = visit_blocking_other_hosts(new_page, base, viewport, PAGE_TYPES.values())
    assert outside == []
    assert errors == []


def test_browsers_without_resize_observer_fetch_no_polyfill(new_page, serve, hosted_site: Path):
    """mkdocs-material loads a polyfill from unpkg.com when ResizeObserver is missing (phones before 2020)."""
    server, base = serve(hosted_site)
    outside, errors = visit_blocking_other_hosts(
        new_page, base, PHONE, [PAGE_TYPES["guide, article"], PAGE_TYPES["home"]], "delete window.ResizeObserver")
    assert outside == []
    assert errors == []


def test_the_service_worker_asks_no_other_host_either(new_page, serve, hosted_site: Path):
    server, base = serve(hosted_site)
    page, watch = new_page(PHONE)
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    for path in list(PAGE_TYPES.values())[:4]:
        page.goto(base + path)
        page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    assert any(url.endswith("/sw.js") for url in requests)
    assert [url for url in requests if not url.startswith(base)] == []
    assert watch.errors == []
