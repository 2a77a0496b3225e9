"""`sotay import` as a committee office runs it: a folder in, files out, nothing overwritten by surprise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sotay.cli.main import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "van-ban-cu"
    folder.mkdir()
    for name in ("cong-van-750.txt", "bai-bao.txt", "huong-dan-12.tcvn3.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "ghi-chu.doc").write_bytes(b"\xd0\xcf\x11\xe0 not text")  # folders import .txt files only
    return folder


def test_a_folder_is_imported_and_the_base_passes_check(tmp_path: Path, inbox: Path):
    out = tmp_path / "base" / "content" / "guides"  # the default of --out under --root
    result = run("import", str(inbox), "--root", str(tmp_path / "base"))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["cv-750-duk.md", "hd-12-btctu.md",
                                                    "nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-cao-kinh-nghiem.md"]
    assert "hd-12-btctu.md (van-ban, bảng mã TCVN3 (ABC))" in result.stdout
    assert "    cần xem lại: xác minh hiệu lực (verified)" in result.stdout
    check = run("check", "--root", str(tmp_path / "base"))
    assert check.exit_code == 0 and "0 lỗi" in check.stderr


def test_running_twice_changes_nothing(tmp_path: Path, inbox: Path):
    out = tmp_path / "guides"
    run("import", str(inbox), "--out", str(out))
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    again = run("import", str(inbox), "--out", str(out))
    assert again.exit_code == 0 and again.stdout.count("đã có, không đổi") == 3
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_edited_file_is_not_overwritten_without_force(tmp_path: Path):
    out = tmp_path / "guides"
    source = FIXTURES / "cong-van-750.txt"
    run("import", str(source), "--out", str(out))
    target = out / "cv-750-duk.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nGhi chú của người biên tập.\n", encoding="utf-8")
    edited = target.read_bytes()
    refused = run("import", str(source), "--out", str(out))
    assert refused.exit_code == 1 and "không ghi đè (dùng --force để ghi đè)" in refused.stderr
    assert target.read_bytes() == edited
    forced = run("import", str(source), "--out", str(out), "--force")
    assert forced.exit_code == 0 and "Ghi chú của người biên tập" not in target.read_text(encoding="utf-8")


def test_dry_run_writes_nothing(tmp_path: Path, inbox: Path):
    out = tmp_path / "guides"
    result = run("import", str(inbox), "--out", str(out), "--dry-run")
    assert result.exit_code == 0 and result.stdout.count("sẽ ghi (chạy thử, chưa ghi)") == 3
    assert not out.exists()


def test_unreadable_file_is_refused_by_name_and_others_still_imported(tmp_path: Path):
    bad = tmp_path / "hong.txt"
    bad.write_bytes((FIXTURES / "huong-dan-12.tcvn3.txt").read_bytes() + b"\xba")
    out = tmp_path / "guides"
    result = run("import", str(bad), str(FIXTURES / "bai-bao.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert f"✗ {bad}: tệp có vẻ dùng bảng mã TCVN3 (ABC) nhưng có byte 0xba" in result.stderr
    assert [p.name for p in out.iterdir()] == ["nang-cao-chat-luong-sinh-hoat-chi-bo-o-vung-cao-kinh-nghiem.md"]


def test_two_inputs_naming_one_file_get_numbered_in_argument_order(tmp_path: Path):
    out = tmp_path / "guides"
    twin = tmp_path / "ban-sao.txt"
    shutil.copy(FIXTURES / "huong-dan-12.vni.txt", twin)
    result = run("import", str(FIXTURES / "huong-dan-12-source.txt"), str(twin), "--out", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["hd-12-btctu-2.md", "hd-12-btctu.md"]
