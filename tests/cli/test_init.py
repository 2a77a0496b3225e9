"""`sotay init`: a new base, empty or with the bundled examples, that checks clean and builds in strict mode."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import REPO
from sotay.adapters.mkdocs.site_build import build_site
from sotay.cli.main import cli

NAME = 'Sổ tay chi bộ Đảng bộ xã "Nà Mòn" & {{ ten }}'


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_an_empty_base_has_its_configuration_folders_and_pages_and_builds(tmp_path: Path):
    base = tmp_path / "so-tay"
    result = run("init", str(base), "--name", NAME, "--organization", "Đảng ủy xã Nà Mòn")
    assert result.exit_code == 0, result.output
    config = yaml.load((base / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert config["site_name"] == NAME
    assert config["plugins"][0] == {"sotay-content": {"organization": "Đảng ủy xã Nà Mòn", "contact": ""}}
    assert sorted(p.name for p in (base / "content").iterdir()) == ["checklists", "guides", "model-meetings", "rubrics", "sotay.yml"]
    about = (base / "docs/gioi-thieu.md").read_text(encoding="utf-8")
    assert "do Đảng ủy xã Nà Mòn biên soạn" in about and "Material for MkDocs" in about
    assert "sotay check" in (base / "README.md").read_text(encoding="utf-8")
    assert run("check", "--root", str(base), "--strict").exit_code == 0
    build_site(base, base / "site")
    home = (base / "site/index.html").read_text(encoding="utf-8")
    assert "Sổ tay chưa có tài liệu nào." in home and "Đảng ủy xã Nà Mòn" in home


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize(("target", "command"), [
    (["import", "FILE=van-ban-thang-11/", "ARGS=--dry-run"], "sotay import van-ban-thang-11/ --dry-run"),
    (["review", "FILE=content/guides/cv-915-du.md"], "sotay review content/guides/cv-915-du.md"),
    (["new", "KIND=guide", "TITLE=Hướng dẫn mới"], 'sotay new "guide" --title "Hướng dẫn mới"'),
    (["new", "KIND=sinh-hoat-mau", "TITLE=Chi bộ thôn Nà Mòn"], 'sotay new "sinh-hoat-mau" --title "Chi bộ thôn Nà Mòn"'),
    (["refs"], "sotay refs"), (["check", "ARGS=--strict"], "sotay check --strict"),
])
def test_the_office_commands_are_make_targets(tmp_path: Path, target: list[str], command: str):
    base = tmp_path / "so-tay"
    assert run("init", str(base), "--name", "Sổ tay").exit_code == 0
    outside_make = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}  # `make test` runs us
    made = subprocess.run(["make", "-n", *target], cwd=base, capture_output=True, text=True, check=True, env=outside_make)
    assert made.stdout.splitlines()[-1].strip() == command
    assert (base / "docs/nhap-van-ban.md").is_file()


def test_with_examples_the_base_holds_the_bundled_content_and_checks_clean(tmp_path: Path):
    base = tmp_path / "mau"
    assert run("init", str(base), "--name", "Sổ tay mẫu", "--with-examples").exit_code == 0
    bundled = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "content").rglob("*.md"))
    assert sorted(p.relative_to(base).as_posix() for p in (base / "content").rglob("*.md")) == bundled
    result = run("check", "--root", str(base))
    assert result.exit_code == 0 and "error" not in result.output, result.output


@pytest.mark.parametrize(("name", "message"), [("", "cần một tên từ 1 đến 120 ký tự"), ("   ", "cần một tên"),
                                             ("x" * 121, "cần một tên"), ("Sổ tay <b>", "không được chứa dấu < hay >")])
def test_a_name_is_required_and_holds_no_markup(tmp_path: Path, name: str, message: str):
    result = run("init", str(tmp_path / "b"), "--name", name)
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "b").exists()


def test_a_folder_with_files_is_left_alone(tmp_path: Path):
    (tmp_path / "ghi-chu.txt").write_text("của văn phòng", encoding="utf-8")
    result = run("init", str(tmp_path), "--name", "Sổ tay")
    assert result.exit_code == 2 and "đã có tệp" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ghi-chu.txt"]
