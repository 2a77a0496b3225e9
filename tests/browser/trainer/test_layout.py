"""Every trainer page fits a 360 px phone without sideways scrolling, and chart text stays readable."""

from __future__ import annotations

import pytest

from ..answers import wait_for_scripts

PAGES = ["tap-huan/", "tap-huan/sinh-hoat-mau/", "tap-huan/bieu-do/", "tap-huan/so-sanh/?m=a-thon-2024,b-thon-2025",
         "tap-huan/bo-tai-lieu/", "tap-huan/bai-hoc/", "tap-huan/bai-hoc/chu-de/bien-ban/",
         "tap-huan/bai-hoc/loai-sinh-hoat/thuong-ky/"]


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_the_viewport(view, site_url, path):
    view.goto(site_url + path)
    wait_for_scripts(view)
    assert view.evaluate("document.documentElement.scrollWidth") <= view.viewport_size["width"]


def test_chart_text_is_at_least_11_px_on_a_phone_and_not_huge_on_a_desktop(view, site_url):
    view.goto(site_url + "tap-huan/bieu-do/")
    sizes = view.eval_on_selector_all("svg.sotay-chart-svg text",
                                      "texts => texts.map(t => t.getBoundingClientRect().height)")
    assert len(sizes) > 20
    assert min(sizes) >= 11 and max(sizes) <= 30, (view.size, min(sizes), max(sizes))
