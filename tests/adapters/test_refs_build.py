"""Integration: the `sotay-refs` plugin on a tiny base built with MkDocs; assertions on the produced files."""

from __future__ import annotations

import json
import logging
import re
import xml.etree.ElementTree as ET
from datetime import datetime, time, timezone
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import BUILD_DATE, TINY_BASE, write_base
from sotay.adapters.mkdocs.engine import engine_logger
from sotay.adapters.mkdocs.site_build import build_site

CITING = """\
---
title: Kinh nghiệm chuẩn bị
form: bai-viet
---
## Theo 07-KH/TU

Chi bộ làm theo Hướng dẫn số 03-HD/TU ngày 08/10/2018 và chưa có Hướng dẫn 09-HD/BTCTW.

Mã `05-HD/TU` không được nối.
"""
SELF_CITING = """\
---
title: Kế hoạch 07-KH/TU
form: van-ban
number: 07-KH/TU
issuer: Tỉnh ủy
issued: 2025-01-02
---
Kế hoạch 07-KH/TU thực hiện Hướng dẫn 05-HD/TU.
"""


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


FILES = TINY_BASE | {"content/guides/kinh-nghiem.md": CITING, "content/guides/kh-07-tu.md": SELF_CITING}


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return write_base(tmp_path / "base", FILES)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Built once for the read-only tests of this module."""
    root = write_base(tmp_path_factory.mktemp("base"), FILES)
    with pytest.MonkeyPatch.context() as patch:  # module scope: the autouse date fixture is not active yet
        patch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.combine(BUILD_DATE, time(), timezone.utc).timestamp())))
        build_site(root, root / "site")
    return root / "site"


def test_citations_link_to_the_document_with_title_and_status(site: Path):
    page = html(site, "guides/kinh-nghiem")
    assert ('<a class="sotay-ref" href="../hd-03-tu/" title="Hướng dẫn cũ về sinh hoạt chi bộ — Hết hiệu lực">'
            "Hướng dẫn số 03-HD/TU ngày 08/10/2018</a>") in page
    assert "chưa có Hướng dẫn 09-HD/BTCTW." in page, "a document the base lacks stays plain text"
    assert "<code>05-HD/TU</code>" in page
    assert re.search(r"<h2[^>]*>Theo 07-KH/TU</h2>", page), "headings are not linked"


def test_a_page_never_links_to_itself(site: Path):
    page = html(site, "guides/kh-07-tu")
    body = page[page.index('<div class="sotay-body">'):]
    assert "Kế hoạch 07-KH/TU thực hiện" in body and 'href="../kh-07-tu/"' not in body
    assert 'title="Hướng dẫn mới về sinh hoạt chi bộ — Còn hiệu lực">Hướng dẫn 05-HD/TU</a>' in body


def test_document_page_lists_the_pages_that_cite_it(site: Path):
    page = html(site, "guides/hd-03-tu")
    section = re.search(r'<section class="sotay-cited-by".*?</section>', page, re.S).group(0)
    assert "Được dẫn chiếu bởi" in section
    assert '<a href="../kinh-nghiem/">Kinh nghiệm chuẩn bị</a>' in section
    assert '<a href="../hd-05-tu/">Hướng dẫn mới về sinh hoạt chi bộ</a>' in section
    assert "Bị thay thế bởi" in page, "relations both ways are still shown"


def test_update_history_is_shown_newest_first(site: Path):
    section = re.search(r'<section class="sotay-changes".*?</section>', html(site, "guides/hd-05-tu"), re.S).group(0)
    assert "Lịch sử cập nhật" in section and "<li><time>01/05/2024</time>: Bổ sung phần biên bản.</li>" in section


def test_page_citing_an_ended_document_points_to_its_replacement(site: Path):
    note = re.search(r'<div class="admonition warning sotay-stale".*?</div>', html(site, "guides/kinh-nghiem"), re.S).group(0)
    assert "Trang này dẫn chiếu" in note and '<a href="../hd-03-tu/">03-HD/TU</a> đã hết hiệu lực' in note
    assert '<a href="../hd-05-tu/" title="Hướng dẫn mới về sinh hoạt chi bộ">Hướng dẫn 05-HD/TU</a>' in note
    assert "sotay-stale" not in html(site, "guides/hd-05-tu"), "the replacement itself cites the old one by design"


def test_build_logs_stale_citations_at_info_with_the_sotay_prefix(base: Path, tmp_path: Path, caplog):
    with caplog.at_level(logging.INFO, logger=engine_logger("plugins.sotay").name):
        build_site(base, tmp_path / "site")
    assert ("sotay: content/guides/kinh-nghiem.md:7: cảnh báo: trang này dẫn chiếu 03-HD/TU đã hết hiệu lực; "
            "văn bản thay thế: Hướng dẫn 05-HD/TU") in caplog.text
    assert not [r for r in caplog.records if r.name == "mkdocs.plugins.sotay" and r.levelno > logging.INFO]


def test_official_document_embeds_its_timeline_and_verification(site: Path):
    page = html(site, "guides/hd-05-tu")
    section = re.search(r'<section class="sotay-validity".*?</section>', page, re.S).group(0)
    assert "Hiệu lực xác minh ngày 15/01/2025, nguồn: Văn phòng Tỉnh ủy." in section
    assert '<form class="sotay-on-date" hidden>' in section
    periods = json.loads(re.search(r'<script type="application/json">(.*?)</script>', section, re.S).group(1))
    assert [(p["start"], p["in_force"]) for p in periods] == [(None, False), ("2024-04-05", True)]
    unverified = html(site, "guides/kh-07-tu")
    assert "Hiệu lực chưa được xác minh. <strong class=\"sotay-verify-due\">Cần xác minh lại</strong>" in unverified
    assert "sotay-validity" not in html(site, "guides/kinh-nghiem"), "an article has no legal force to check"


def test_guides_index_carries_the_timelines_its_filter_reads(site: Path):
    page = html(site, "guides")
    data = json.loads(re.search(r'<script type="application/json" id="sotay-timelines">(.*?)</script>', page, re.S).group(1))
    assert set(data) == {"hd-03-tu/", "hd-05-tu/", "kh-07-tu/"}
    for href in data:
        assert f'href="{href}"' in page, "keys are the links of the list"


def test_every_page_announces_the_feed(site: Path):
    for page, href in (("guides/hd-05-tu", "../../feed.xml"), ("tra-cuu", "../feed.xml")):
        assert f'<link rel="alternate" type="application/atom+xml" title="Sổ tay thử — Văn bản mới và cập nhật" href="{href}">' in html(site, page)
    assert '<link rel="alternate" type="application/atom+xml"' in (site / "index.html").read_text(encoding="utf-8")
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.find("{http://www.w3.org/2005/Atom}entry") is not None


def test_committee_pages_are_built_and_in_the_navigation(site: Path):
    missing = html(site, "cap-uy/van-ban-con-thieu")
    assert "<h1" in missing and "Văn bản được dẫn chiếu nhưng chưa có trong sổ tay" in missing
    assert "<strong>09-HD/BTCTW</strong> (Hướng dẫn), 1 lần" in missing
    assert "Kế hoạch 07-KH/TU" in html(site, "cap-uy/can-xac-minh-lai")
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html(site, "cap-uy"), re.S).group(0)
    assert "Dành cho cấp ủy" in nav


def test_sitemap_lists_every_page_when_site_url_is_set(base: Path, tmp_path: Path):
    config = (base / "mkdocs.yml").read_text(encoding="utf-8")
    (base / "mkdocs.yml").write_text("site_url: https://sotay.example.vn/\n" + config, encoding="utf-8")
    build_site(base, tmp_path / "site")
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {loc.text for loc in ET.parse(tmp_path / "site/sitemap.xml").getroot().iter(f"{ns}loc")}
    for page in ("", "guides/hd-05-tu/", "cap-uy/van-ban-con-thieu/", "moi-cap-nhat/"):
        assert f"https://sotay.example.vn/{page}" in locs
    feed = ET.parse(tmp_path / "site/feed.xml").getroot()
    assert feed.findtext("{http://www.w3.org/2005/Atom}id") == "https://sotay.example.vn/"


def test_without_site_url_the_sitemap_is_empty(site: Path):
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset" and len(root) == 0


def test_rebuild_with_the_same_plugin_instances_has_no_stale_state(base: Path, tmp_path: Path):
    config = load_config(config_file=str(base / "mkdocs.yml"), site_dir=str(tmp_path / "served"))
    build(config, serve_url=None)
    (base / "content/guides/kinh-nghiem.md").write_text(CITING.replace("03-HD/TU", "05-HD/TU"), encoding="utf-8")
    config.plugins.on_startup(command="serve", dirty=False)
    build(config.plugins.run_event("config", config), serve_url=None)
    site = tmp_path / "served"
    cited_by = re.search(r'<section class="sotay-cited-by".*?</section>|$', html(site, "guides/hd-03-tu"), re.S).group(0)
    assert "kinh-nghiem" not in cited_by
    assert "kinh-nghiem" in re.search(r'<section class="sotay-cited-by".*?</section>', html(site, "guides/hd-05-tu"), re.S).group(0)
    assert "sotay-stale" not in html(site, "guides/kinh-nghiem")
    assert html(site, "guides/hd-05-tu").count('<script src="../../assets/sotay/status.js"') == 1
