"""`sotay publish`: the web folder with the theme stylesheets purged and a gzip twin beside each text file, the nginx
configuration, the portable zip (beside the folder and in it), and CI templates that are valid YAML."""

from __future__ import annotations

import gzip
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import MKDOCS_YML, TINY_BASE, write_base
from sotay.cli.main import cli


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[Path, str]:
    config = MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-offline\n")
    root = write_base(tmp_path_factory.mktemp("publish") / "base", TINY_BASE | {"mkdocs.yml": config})
    result = CliRunner().invoke(cli, ["publish", "--root", str(root)])
    assert result.exit_code == 0, result.output
    return root / "publish", result.output


def test_every_text_file_has_a_gzip_twin_with_the_same_bytes_and_time(published):
    web = published[0] / "web"
    pages = list(web.rglob("*.html"))
    assert len(pages) > 20
    for page in pages + [web / "assets/sotay/sotay.css", web / "assets/sotay/checklist.js"]:
        twin = page.with_name(page.name + ".gz")
        assert gzip.decompress(twin.read_bytes()) == page.read_bytes(), page
        assert twin.stat().st_mtime_ns == page.stat().st_mtime_ns
    assert not list(web.rglob("*.gz.gz")) and not (web / "assets/sotay/icon-192.png.gz").exists()


def test_the_host_files_come_with_it(published):
    out, output = published
    assert "gzip_static on;" in (out / "nginx.conf").read_text(encoding="utf-8")
    gitlab = yaml.safe_load((out / "ci/.gitlab-ci.yml").read_text(encoding="utf-8"))
    assert "sotay publish --out publish" in gitlab["pages"]["script"] and gitlab["pages"]["artifacts"]["paths"] == ["public"]
    github = yaml.safe_load((out / "ci/.github/workflows/pages.yml").read_text(encoding="utf-8"))
    assert github["jobs"]["deploy"]["needs"] == "build"
    for zipped in (out / "so-tay-thu.zip", out / "web/so-tay-thu.zip"):
        assert "so-tay-thu/index.html" in zipfile.ZipFile(zipped).namelist()
    assert "tệp chữ có bản .gz nén sẵn" in output and "so-tay-thu.zip: bản mở từ USB" in output


def test_the_theme_stylesheets_are_purged_under_new_names_that_pages_and_the_worker_use(published):
    out, output = published
    web = out / "web"
    linked = re.findall(r'href="assets/stylesheets/([^"]+)"', (web / "index.html").read_text(encoding="utf-8"))
    assert [name.split(".")[0] for name in linked] == ["main"]  # the tiny base has no palette
    worker = (web / "sw.js").read_text(encoding="utf-8")
    for name in linked:
        sheet = web / "assets/stylesheets" / name
        assert f'"assets/stylesheets/{name}"' in worker
        assert gzip.decompress(sheet.with_name(name + ".gz").read_bytes()) == sheet.read_bytes()
    assert not list((web / "assets/stylesheets").glob("*.map"))
    assert f"web/assets/stylesheets/{linked[0]}: tệp kiểu trình bày của giao diện, đã lược bỏ phần không trang nào dùng" in output
