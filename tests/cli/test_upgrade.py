"""A base made before the content contract had a version: `sotay check` names what to change, `sotay upgrade`
changes it (originals kept), and the base builds again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from sotay.adapters.mkdocs.site_build import build_site
from sotay.cli.main import cli
from sotay.core.upgrade.version import CONTRACT

OLD_BASE = REPO / "tests/fixtures/upgrade/v1"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def old_base(tmp_path: Path) -> Path:
    return Path(shutil.copytree(OLD_BASE, tmp_path / "so-tay-cu"))


def test_check_names_each_change_in_its_file(old_base: Path):
    result = run("check", "--root", str(old_base))
    assert result.exit_code == 1
    assert "content/sotay.yml: cảnh báo: sổ tay theo quy ước nội dung cũ (không ghi phiên bản)" in result.output
    assert "docs/index.md:26: lỗi: liên kết tới `guides/quy-trinh-sinh-hoat-thuong-ky.md`" in result.output
    assert "docs/index.md:26: cảnh báo: trang chủ viết tay có 3 liên kết" in result.output
    assert "mkdocs.yml:30: cảnh báo: bảng căn lề" in result.output


def test_the_old_base_does_not_build_and_after_upgrade_it_does(old_base: Path, tmp_path: Path, caplog):
    with pytest.raises(Exception):
        build_site(old_base, tmp_path / "site")
    assert "docs/index.md:26: lỗi" in caplog.text and "`sotay upgrade` sửa những việc sửa được" in caplog.text
    result = run("upgrade", "--root", str(old_base))
    assert result.exit_code == 0, result.output
    assert f"phiên bản {CONTRACT}" in result.output
    assert run("check", "--root", str(old_base), "--strict").exit_code == 0
    build_site(old_base, old_base / "site")
    home = (old_base / "site/index.html").read_text(encoding="utf-8")
    assert "1 hướng dẫn và văn bản" in home and "quy-trinh-sinh-hoat" not in home
    table = (old_base / "site/guides/lich-sinh-hoat-chi-bo/index.html").read_text(encoding="utf-8")
    assert 'align="right"' in table and "text-align" not in table


def test_upgrade_keeps_the_originals_and_changes_only_what_it_names(old_base: Path):
    before = (old_base / "mkdocs.yml").read_text(encoding="utf-8")
    home = (old_base / "docs/index.md").read_bytes()
    run("upgrade", "--root", str(old_base))
    backup, = (old_base / "sao-luu-nang-cap").iterdir()
    assert (backup / "docs/index.md").read_bytes() == home and not (old_base / "docs/index.md").exists()
    assert (backup / "mkdocs.yml").read_text(encoding="utf-8") == before
    after = (old_base / "mkdocs.yml").read_text(encoding="utf-8")
    assert after == before.replace("  - tables\n", "  - tables:\n      use_align_attribute: true\n")
    assert (old_base / "content/sotay.yml").read_text(encoding="utf-8").endswith(f"contract: {CONTRACT}\n")


def test_a_dry_run_changes_nothing_and_a_second_upgrade_has_nothing_to_do(old_base: Path):
    files = {p: p.read_bytes() for p in old_base.rglob("*") if p.is_file()}
    dry = run("upgrade", "--root", str(old_base), "--dry-run")
    assert dry.exit_code == 0 and "Sẽ sửa:" in dry.output
    assert {p: p.read_bytes() for p in old_base.rglob("*") if p.is_file()} == files
    run("upgrade", "--root", str(old_base))
    again = run("upgrade", "--root", str(old_base))
    assert again.exit_code == 0 and "không có gì cần sửa" in again.output
    assert len(list((old_base / "sao-luu-nang-cap").iterdir())) == 1


def test_an_own_home_page_whose_links_hold_is_kept(old_base: Path):
    (old_base / "docs/index.md").write_text("# Trang chủ\n\n[Lịch](guides/lich-sinh-hoat-chi-bo.md)\n", encoding="utf-8")
    run("upgrade", "--root", str(old_base))
    assert (old_base / "docs/index.md").exists()
