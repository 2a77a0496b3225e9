"""`sotay cms-config`: the editor's configuration as YAML, on standard output or into a file."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from sotay.cli.main import cli
from sotay.core.editor import cms_config


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_prints_the_configuration_as_yaml(tiny_base: Path):
    result = run("cms-config", "--root", str(tiny_base))
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout) == cms_config(tiny_base)
    assert "label: Hướng dẫn và văn bản" in result.stdout  # Vietnamese as written, not \u escapes
    assert result.stdout.index("name: title") < result.stdout.index("name: summary")  # contract order, not sorted


def test_writes_the_file_whole_and_leaves_no_temporary_file(tiny_base: Path):
    out = tiny_base / "editor" / "config.yml"
    printed = run("cms-config", "--root", str(tiny_base)).stdout
    result = run("cms-config", "--root", str(tiny_base), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == printed
    assert result.stdout == "" and str(out) in result.stderr
    out.write_text("cũ", encoding="utf-8")
    assert run("cms-config", "--root", str(tiny_base), "--out", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == printed
    assert sorted(p.name for p in out.parent.iterdir()) == ["config.yml"]


def test_a_dash_is_the_screen_and_an_unwritable_place_is_named_in_vietnamese(tiny_base: Path):
    assert yaml.safe_load(run("cms-config", "--root", str(tiny_base), "--out", "-").stdout) == cms_config(tiny_base)
    blocked = tiny_base / "mkdocs.yml" / "config.yml"  # a folder that is a file
    result = run("cms-config", "--root", str(tiny_base), "--out", str(blocked))
    assert result.exit_code == 1
    assert result.stderr == f"Lỗi: không ghi được {blocked}: đã có một tệp trùng tên với thư mục cần tạo\n"


def test_addresses_of_the_backend_and_the_preview(tiny_base: Path):
    result = run("cms-config", "--root", str(tiny_base), "--backend-port", "9081", "--preview-url", "http://127.0.0.1:9000/")
    config = yaml.safe_load(result.stdout)
    assert config["local_backend"]["url"] == "http://127.0.0.1:9081/api/v1"
    assert config["site_url"] == "http://127.0.0.1:9000"


def test_a_folder_without_content_is_refused_in_vietnamese(tmp_path: Path):
    result = run("cms-config", "--root", str(tmp_path))
    assert result.exit_code == 1
    assert "không thấy thư mục" in result.stderr and result.stdout == ""
