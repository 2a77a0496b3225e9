"""Whose handbook it is: a base names its organisation, contact line, logo and colours in mkdocs.yml, and its
pages say so (header, footer, print header, the portable zip's name); a colour too pale to read, or a logo from
another host, stops the build with a message naming the option. A base with none of our content builds too."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import MKDOCS_YML, REPO, TINY_BASE, write_base
from sotay.adapters.mkdocs.site_build import build_site

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cf00000301010018dd8db00000000049454e44ae426082")
IDENTITY = """\
  - sotay-content:
      organization: Ban Tổ chức Huyện ủy Thử
      contact: "Văn phòng Huyện ủy, điện thoại 0200 3800 000"
      logo: assets/logo.png
      primary: "#1b5e20"
      accent: "#0d47a1"
"""


def branded(root: Path, options: str = IDENTITY, site_name: str = "Sổ tay Đảng bộ huyện Thử") -> Path:
    config = (MKDOCS_YML.replace("site_name: Sổ tay thử", f"site_name: {site_name}").replace("  - sotay-content\n", options)
              .replace("  - sotay-search\n", "  - sotay-search\n  - sotay-offline\n"))
    return write_base(root, TINY_BASE | {"mkdocs.yml": config, "docs/assets/logo.png": PNG})


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = branded(tmp_path_factory.mktemp("branded") / "base")
    build_site(root, root / "site")
    return root / "site"


def test_the_footer_says_whose_handbook_it_is_and_how_current_its_content_is(site: Path):
    page = (site / "guides/hd-05-tu/index.html").read_text(encoding="utf-8")
    footer = re.search(r'<div class="md-copyright sotay-footer">.*?</div>\s*</div>', page, re.S).group(0)
    assert "Ban Tổ chức Huyện ủy Thử" in footer and "Liên hệ: Văn phòng Huyện ủy, điện thoại 0200 3800 000" in footer
    assert "Nội dung cập nhật đến 01/05/2024" in footer, "the newest date the content carries, not the clock"
    assert 'href="../../gioi-thieu/"' in footer
    assert "Material for MkDocs" not in page and "Made with" not in page


def test_print_header_logo_and_colours_are_the_bases(site: Path):
    page = (site / "guides/hd-05-tu/index.html").read_text(encoding="utf-8")
    assert '<p class="sotay-print-header">Sổ tay Đảng bộ huyện Thử · Ban Tổ chức Huyện ủy Thử</p>' in page
    assert re.search(r'<img src="\.\./\.\./assets/logo\.png" alt="logo">', page)
    assert 'href="../../assets/sotay/identity.css"' in page
    css = (site / "assets/sotay/identity.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color: #1b5e20;" in css and "--md-accent-fg-color: #0d47a1;" in css
    manifest = (site / "manifest.webmanifest").read_text(encoding="utf-8")
    assert '"name": "Sổ tay Đảng bộ huyện Thử"' in manifest


def test_the_portable_zip_is_named_after_the_site(tmp_path: Path):
    root = branded(tmp_path / "base")
    build_site(root, root / "site-offline", portable=True)
    archive = zipfile.ZipFile(root / "site-offline/so-tay-dang-bo-huyen-thu.zip")
    assert "so-tay-dang-bo-huyen-thu/index.html" in archive.namelist()


@pytest.mark.parametrize(("option", "message"), [
    ("  - sotay-content\n", r"mkdocs.yml, site_name: tên sổ tay không được chứa dấu < hay >"),
    ('      primary: "#ffeb3b"\n', r"sotay-content › màu `primary` #ffeb3b: chữ trắng trên nền màu này có độ tương phản 1\.\d:1"),
    ('      accent: "vàng"\n', r"màu `accent` phải viết dạng #rrggbb \(ví dụ #a31515\), gặp `vàng`"),
    ("      logo: https://example.org/logo.png\n", r"logo phải là tệp trong thư mục docs/, không tải từ nơi khác"),
    ("      logo: assets/khong-co.png\n", r"không thấy tệp `docs/assets/khong-co.png`"),
])
def test_an_unusable_identity_stops_the_build_naming_the_option(tmp_path: Path, caplog, option: str, message: str):
    options = option if option == "  - sotay-content\n" else "  - sotay-content:\n" + option
    root = branded(tmp_path / "base", options, "Sổ tay <i>" if option == options else "Sổ tay")
    (root / "site").mkdir()
    (root / "site/index.html").write_text("bản cũ", encoding="utf-8")
    with pytest.raises(Exception):
        build_site(root, root / "site")
    assert re.search(message, caplog.text), caplog.text
    assert (root / "site/index.html").read_text(encoding="utf-8") == "bản cũ"


def test_a_base_with_only_its_own_content_builds_with_our_hand_written_pages(tmp_path: Path):
    """A province's base: its own guide, none of ours, and the bundled hand-written pages, in strict mode."""
    root = tmp_path / "base"
    shutil.copytree(REPO / "docs", root / "docs")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    write_base(root, {"content/guides/hd-09-tu.md": TINY_BASE["content/guides/hd-05-tu.md"].replace("05-HD/TU", "09-HD/TU")})
    build_site(root, root / "site")
    home = (root / "site/index.html").read_text(encoding="utf-8")
    assert 'href="guides/hd-09-tu/"' in home and "1 hướng dẫn và văn bản" in home
    assert "Material for MkDocs" in (root / "site/gioi-thieu/index.html").read_text(encoding="utf-8")
