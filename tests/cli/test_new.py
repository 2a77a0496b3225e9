"""`sotay new`: a file named from the Vietnamese title, front matter that passes `sotay check`, no overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sotay.cli.main import cli
from sotay.core.scaffold import short_slug

TITLE = "Sinh hoạt chuyên đề: Đảng viên \"gương mẫu\" ở khu dân cư"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("title, slug", [
    ("Sinh hoạt chuyên đề về đạo đức", "sinh-hoat-chuyen-de-ve-dao-duc"),
    ("ĐẢNG BỘ XÃ Đông Sơn", "dang-bo-xa-dong-son"),
    ("Kế hoạch 114-KH/ĐUK năm 2022", "ke-hoach-114-kh-duk-nam-2022"),
    ("Chi bộ Phòng Tổng hợp – Hành chính sinh hoạt thường kỳ tháng 4/2026, ghi Tốt nhưng chưa đủ điều kiện",
     "chi-bo-phong-tong-hop-hanh-chinh-sinh-hoat-thuong-ky-thang-4"),
])
def test_slug_folds_diacritics_and_stays_short(title, slug):
    assert short_slug(title) == slug and len(slug) <= 60


@pytest.mark.parametrize("kind, folder", [
    ("guide", "guides"), ("model-meeting", "model-meetings"), ("checklist", "checklists"),
    ("tai-lieu", "guides"), ("Sinh hoạt mẫu", "model-meetings"), ("danh-muc-kiem-tra", "checklists"),
])
def test_new_file_passes_check(tmp_path: Path, kind: str, folder: str):
    result = run("new", kind, "--title", TITLE, "--root", str(tmp_path))
    assert result.exit_code == 0, result.output
    path = tmp_path / "content" / folder / "sinh-hoat-chuyen-de-dang-vien-guong-mau-o-khu-dan-cu.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Sinh hoạt chuyên đề: Đảng viên \\"gương mẫu\\" ở khu dân cư"\n')
    assert "# TODO" in text and "changes:\n  - {date: 2025-06-01, note: \"Soạn lần đầu.\"}" in text
    check = run("check", "--root", str(tmp_path), "--format", "json")
    assert check.exit_code == 0, check.output
    assert '"severity": "error"' not in check.stdout


def test_refuses_to_overwrite(tmp_path: Path):
    assert run("new", "guide", "--title", "Quy trình", "--root", str(tmp_path)).exit_code == 0
    target = tmp_path / "content/guides/quy-trinh.md"
    target.write_text("nội dung của người soạn", encoding="utf-8")
    result = run("new", "guide", "--title", "Quy trình", "--root", str(tmp_path))
    assert result.exit_code == 1 and "không ghi đè" in result.stderr
    assert target.read_text(encoding="utf-8") == "nội dung của người soạn"


def test_a_title_without_letters_is_a_usage_error(tmp_path: Path):
    result = run("new", "guide", "--title", "– … –", "--root", str(tmp_path))
    assert result.exit_code == 2 and "không cho ra tên tệp" in result.stderr


@pytest.mark.parametrize("kind, message", [
    ("van-ban", "«van-ban» là một hình thức (form) của tài liệu, không phải loại nội dung: dùng loại tai-lieu (guide)"),
    ("rubric", "không có loại «rubric»; dùng tai-lieu (guide), sinh-hoat-mau (model-meeting), danh-muc-kiem-tra (checklist)"),
    ("sinh-hoat-mao", "Có phải ý bạn là sinh-hoat-mau?"),
])
def test_an_unknown_kind_names_the_kinds_to_use(tmp_path: Path, kind: str, message: str):
    result = run("new", kind, "--title", "Quy trình", "--root", str(tmp_path))
    assert result.exit_code == 2 and message in result.stderr and "Cách dùng: cli new" in result.stderr, result.output
    assert not (tmp_path / "content").exists()
