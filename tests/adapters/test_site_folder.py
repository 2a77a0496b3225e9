"""The site folder a build replaces (adapters/mkdocs/site_folder.py): always there, always whole; no litter."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from sotay.adapters.mkdocs import site_folder
from sotay.adapters.mkdocs.site_build import build_site


def test_the_exchange_swaps_two_folders_in_one_step(tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, name in ((first, "A"), (second, "B")):
        folder.mkdir()
        (folder / name).touch()
    assert site_folder.exchange(first, second), "Linux: renameat2 with RENAME_EXCHANGE"
    assert [p.name for p in first.iterdir()] == ["B"] and [p.name for p in second.iterdir()] == ["A"]


def test_while_builds_replace_it_the_site_is_always_there_and_whole(tiny_base: Path, tmp_path: Path):
    """A reader polls the site as fast as it can while builds replace it (each in a process of its own)."""
    site = tmp_path / "site"
    build_site(tiny_base, site)
    missing: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            if not (site / "index.html").is_file() or not (site / "guides/hd-05-tu/index.html").is_file():
                missing.append("site")

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(3):
            subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(tiny_base),
                            "--site-dir", str(site)], check=True, capture_output=True)
    finally:
        done.set()
        reader.join()
    assert missing == []


def test_without_an_exchange_the_old_site_goes_only_once_the_new_one_is_whole(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(site_folder, "exchange", lambda first, second: False)  # another system
    target, new = tmp_path / "site", tmp_path / ".site-new-1-x"
    for folder, name in ((target, "cu"), (new, "moi")):
        folder.mkdir()
        (folder / name).touch()
    site_folder.replace_site(new, target)
    assert [p.name for p in target.iterdir()] == ["moi"] and not new.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_folders_left_by_killed_builds_go_with_the_next_build(tiny_base: Path, tmp_path: Path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    left = [tmp_path / f".site-new-{dead}-abc", tmp_path / f".site-old-{dead}-def"]
    alive = tmp_path / f".site-new-{os.getpid()}-ghi"  # a build still running (this process)
    for folder in (*left, alive):
        folder.mkdir()
        (folder / "index.html").touch()
    build_site(tiny_base, tmp_path / "site")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["base", "site", alive.name])


def test_a_killed_build_leaves_the_previous_site(tiny_base: Path, tmp_path: Path):
    site = tmp_path / "site"
    build_site(tiny_base, site)
    before = (site / "guides/hd-05-tu/index.html").read_bytes()
    guide = tiny_base / "content/guides/hd-05-tu.md"
    guide.write_text(guide.read_text(encoding="utf-8").replace("Hướng dẫn mới về", "Hướng dẫn đổi về"), encoding="utf-8")
    build = subprocess.Popen([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(tiny_base),
                              "--site-dir", str(site)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not any(p.name.startswith(".site-new-") for p in tmp_path.iterdir()) and build.poll() is None:
        pass
    build.kill()
    build.wait()
    after = (site / "guides/hd-05-tu/index.html").read_bytes()
    assert after == before or "Hướng dẫn đổi về" in after.decode("utf-8"), "the old site whole, or the new one"
    assert (site / "index.html").is_file()
    build_site(tiny_base, site)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")], "the next build removed the litter"
