"""A picture saved by the editor (its media folder) shows on the document's page, by a relative address that
works on any host path and from file://."""

from __future__ import annotations

import base64
from pathlib import Path

from conftest import write_base
from sotay.adapters.mkdocs.site_build import build_site
from sotay.core.editor import cms_config

PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_a_picture_from_the_media_folder_shows_on_the_page(tiny_base: Path, tmp_path: Path):
    config = cms_config(tiny_base)
    (tiny_base / config["media_folder"]).mkdir(parents=True)
    (tiny_base / config["media_folder"] / "so-do.png").write_bytes(PIXEL)
    page = tiny_base / "content/guides/hd-05-tu.md"
    # What Decap inserts for an uploaded picture: the public folder, then the file name.
    page.write_text(page.read_text(encoding="utf-8") + f"\n![Sơ đồ]({config['public_folder']}/so-do.png)\n", encoding="utf-8")
    site = tmp_path / "site"
    build_site(tiny_base, site)
    html = (site / "guides/hd-05-tu/index.html").read_text(encoding="utf-8")
    assert 'src="../../assets/images/so-do.png"' in html
    assert (site / "assets/images/so-do.png").read_bytes() == PIXEL
