"""sotay-accel: `sotay build` leaves the site folder alone when neither the project nor the folder changed since
the last build, and builds whenever either did."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import MKDOCS_YML
from sotay.adapters.mkdocs.accel.unchanged import BuiltSite, LastBuild, accelerated
from sotay.cli.main import cli

ACCEL_YML = MKDOCS_YML.replace("  - sotay-search\n", "  - sotay-search\n  - sotay-accel\n")
BUILT = "Đã dựng"
UNCHANGED = "Không có gì thay đổi từ lần dựng trước"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a mkdocs.yml that turns sotay-accel on, some content and a built site."""
    root = tmp_path / "project"
    for path, text in {"mkdocs.yml": ACCEL_YML, "content/guides/a.md": "---\ntitle: A\n---\nA\n",
                       "docs/index.md": "# Trang chủ\n", "site/index.html": "<p>A</p>"}.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return root


def remembered(root: Path, portable: bool = False) -> BuiltSite:
    built = BuiltSite(root, root / "site", portable)
    built.remember(LastBuild("1 tài liệu, 0 lỗi, 1 cảnh báo.", 1))
    return built


def later(path: Path, text: str) -> None:
    """Write `text` to `path` with a modification time unlike the one before, however coarse the file system's."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_a_site_built_from_the_same_project_is_unchanged(project):
    remembered(project)
    assert BuiltSite(project, project / "site", False).unchanged() == LastBuild("1 tài liệu, 0 lỗi, 1 cảnh báo.", 1)


@pytest.mark.parametrize("change", [
    lambda root: later(root / "content/guides/a.md", "---\ntitle: A\n---\nB\n"),
    lambda root: later(root / "content/guides/b.md", "---\ntitle: B\n---\nB\n"),
    lambda root: (root / "content/guides/a.md").unlink(),
    lambda root: later(root / "docs/index.md", "# Trang chủ mới\n"),
    lambda root: later(root / "overrides/main.html", "{% extends 'base.html' %}"),
    lambda root: later(root / "mkdocs.yml", ACCEL_YML + "copyright: Chi bộ\n"),
    lambda root: later(root / "site/index.html", "<p>sửa tay</p>"),
    lambda root: later(root / "site/new.html", ""),
    lambda root: (root / "site/index.html").unlink(),
], ids=["content edited", "content added", "content removed", "page edited", "theme override added",
        "configuration", "site file edited", "site file added", "site file removed"])
def test_any_change_to_the_project_or_the_site_means_a_build(project, change):
    remembered(project)
    change(project)
    assert BuiltSite(project, project / "site", False).unchanged() is None


def test_what_the_build_does_not_read_changes_nothing(project):
    remembered(project)
    later(project / ".cache/sotay/pages/x", "")
    later(project / "node_modules/axe-core/axe.js", "")
    later(project / "plugins/__pycache__/x.pyc", "")
    assert BuiltSite(project, project / "site", False).unchanged() is not None


def test_the_portable_copy_the_build_date_and_the_engine_are_inputs(project, monkeypatch):
    remembered(project)
    assert BuiltSite(project, project / "site", portable=True).unchanged() is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(os.environ.get("SOURCE_DATE_EPOCH", "0")) + 86400 * 3))
    assert BuiltSite(project, project / "site", False).unchanged() is None
    monkeypatch.undo()
    monkeypatch.setenv("SOTAY_ENGINE", "mkdocs" if os.environ.get("SOTAY_ENGINE") != "mkdocs" else "properdocs")
    assert BuiltSite(project, project / "site", False).unchanged() is None


def test_an_environment_variable_mkdocs_yml_reads_is_an_input(project, monkeypatch):
    monkeypatch.setenv("SOTAY_SITE_URL", "https://a.example/")
    later(project / "mkdocs.yml", ACCEL_YML + "site_url: !ENV [SOTAY_SITE_URL, 'https://b.example/']\n")
    remembered(project)
    monkeypatch.setenv("SOTAY_SITE_URL", "https://c.example/")
    assert BuiltSite(project, project / "site", False).unchanged() is None


def test_each_site_folder_has_its_own_record_and_is_no_input_of_the_others(project):
    later(project / "site-offline/index.html", "<p>A</p>")
    BuiltSite(project, project / "site-offline", True).remember(LastBuild("", 1))
    remembered(project)
    later(project / "site-offline/index.html", "<p>B</p>")  # built again
    BuiltSite(project, project / "site-offline", True).remember(LastBuild("", 1))
    assert BuiltSite(project, project / "site", False).unchanged() is not None
    assert BuiltSite(project, project / "site-offline", True).unchanged() is not None


@pytest.mark.parametrize(("plugins", "on"), [
    ("  - sotay-accel\n", True),
    ("  - sotay-accel:\n      processes: 1\n", True),
    ("  - sotay-accel:\n      enabled: false\n", False),
    ("  - search\n", False),
])
def test_only_a_configuration_with_sotay_accel_on_skips_builds(tmp_path, plugins, on):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/object/apply:os.system "
                      "['touch " + str(tmp_path / "ran") + "']\n  - x: !ENV [HOME]\nplugins:\n" + plugins, encoding="utf-8")
    assert accelerated(config) is on
    assert not (tmp_path / "ran").exists()  # tags are read as nothing, never run


def test_sotay_build_says_when_there_is_nothing_to_build(tiny_base):
    (tiny_base / "mkdocs.yml").write_text(ACCEL_YML, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", "--root", str(tiny_base)])
    assert first.exit_code == 0 and BUILT in first.output, first.output
    page = tiny_base / "site/index.html"
    written = page.stat()
    again = runner.invoke(cli, ["build", "--root", str(tiny_base)])
    assert again.exit_code == 0 and UNCHANGED in again.output, again.output
    assert "cảnh báo" in first.output and again.output.count("cảnh báo") == first.output.count("cảnh báo")  # the report again
    assert (page.stat().st_ino, page.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    forced = runner.invoke(cli, ["build", "--root", str(tiny_base), "--force"])
    assert forced.exit_code == 0 and BUILT in forced.output, forced.output
    guide = tiny_base / "content/guides/hd-05-tu.md"
    later(guide, guide.read_text(encoding="utf-8") + "\nMột câu mới về Nậm Đăm.\n")
    edited = runner.invoke(cli, ["build", "--root", str(tiny_base)])
    assert edited.exit_code == 0 and BUILT in edited.output, edited.output
    assert "Nậm Đăm" in (tiny_base / "site/guides/hd-05-tu/index.html").read_text(encoding="utf-8")


def test_without_sotay_accel_every_build_runs(tiny_base):
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(cli, ["build", "--root", str(tiny_base)])
        assert result.exit_code == 0 and BUILT in result.output, result.output


def test_a_record_that_cannot_be_written_only_costs_a_build(project):
    later(project / ".cache/sotay/built", "")  # a file where the records' folder should be: nothing can be written
    BuiltSite(project, project / "site", False).remember(LastBuild("", 1))  # raises nothing
    assert BuiltSite(project, project / "site", False).unchanged() is None
