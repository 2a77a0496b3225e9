"""The generator as an installable package: the wheel `make dist` builds, installed on its own, starts a base with
`sotay init`, adds documents with `sotay new` and `sotay import` and builds it in strict mode, with none of this
repository around."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gen_import_corpus import letter_docx
from import_corpus_documents import LETTERS

REPO = Path(__file__).resolve().parents[2]
OUTSIDE_THE_WHEEL = {".git", ".venv", "node_modules", "site", "site-offline", ".cache", "build", "dist", "tests"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel's files installed into a folder of their own; the dependencies are this environment's."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: building in place would leave build/ behind, whose stale files a later wheel takes
    shutil.copytree(REPO, source, ignore=lambda folder, names: [name for name in names if _outside(Path(folder), name)])
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(work / "dist"),
                    str(source)], check=True, cwd=work)
    [wheel] = (work / "dist").glob("sotay-*.whl")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(work / "lib"),
                    str(wheel)], check=True)
    return work / "lib"


def _outside(folder: Path, name: str) -> bool:
    return (folder == REPO and name in OUTSIDE_THE_WHEEL) or name == "__pycache__" or name.endswith(".egg-info")


def sotay(installed: Path, cwd: Path, *args: str) -> str:
    env = os.environ | {"PYTHONPATH": str(installed)}
    done = subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", *args], cwd=cwd, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_installed_wheel_starts_a_base_that_builds(installed: Path, tmp_path: Path):
    where = subprocess.run([sys.executable, "-c", "import sotay; print(sotay.__file__)"], capture_output=True, text=True,
                           env=os.environ | {"PYTHONPATH": str(installed)}, check=True).stdout
    assert where.startswith(str(installed)), "the wheel's code runs, not the checkout's"
    sotay(installed, tmp_path, "init", "so-tay", "--name", "Sổ tay chi bộ Đảng bộ xã Thử", "--organization", "Đảng ủy xã Thử")
    base = tmp_path / "so-tay"
    assert "new [TÙY CHỌN] LOẠI" in sotay(installed, base, "new", "--help")  # the usage line, in Vietnamese
    for kind, title in (("tai-lieu", "Hướng dẫn sinh hoạt chi bộ của Đảng ủy xã"), ("checklist", "Việc cần làm trước sinh hoạt"),
                        ("model-meeting", "Chi bộ thôn Một sinh hoạt thường kỳ tháng 5/2025")):
        sotay(installed, base, "new", kind, "--title", title)
    received = tmp_path / "cv-915-du.docx"  # the importer's libraries (python-docx here) resolve for the wheel
    received.write_bytes(letter_docx(LETTERS[0]))
    assert "1 ghi mới" in sotay(installed, base, "import", str(received))
    assert "Đã dựng 4 tài liệu vào site." in sotay(installed, base, "build")
    assert "Bản nhập tự động — chưa duyệt" in (base / "site/guides/cv-915-du/index.html").read_text(encoding="utf-8")
    assert (base / "site/guides/huong-dan-sinh-hoat-chi-bo-cua-dang-uy-xa/index.html").is_file()
    assert (base / "site/checklists/viec-can-lam-truoc-sinh-hoat/index.html").is_file()
    assert "Đảng ủy xã Thử" in (base / "site/index.html").read_text(encoding="utf-8")
    assert (base / "site/trien-khai/index.html").is_file(), "the hand-written pages came with the wheel"


def test_the_wheel_carries_the_examples(installed: Path, tmp_path: Path):
    sotay(installed, tmp_path, "init", "mau", "--name", "Sổ tay mẫu", "--with-examples")
    bundled = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "content").rglob("*.md"))
    assert sorted(p.relative_to(tmp_path / "mau").as_posix() for p in (tmp_path / "mau/content").rglob("*.md")) == bundled
