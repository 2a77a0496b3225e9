"""ProperDocs and MkDocs 1.6 build the same site from our plugins, but for the generator line of each page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sotay.adapters.mkdocs.engine import ENGINES, engine_in_use

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def built_with(engine: str, root: Path, site: Path) -> dict[str, bytes]:
    """`sotay build` in a process of its own (the engine is chosen before MkDocs is imported), every file's bytes."""
    done = subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(root),
                           "--site-dir", str(site)], capture_output=True, text=True, env=os.environ | {"SOTAY_ENGINE": engine})
    assert done.returncode == 0, done.stderr
    return {path.relative_to(site).as_posix(): GENERATOR.sub(b"", path.read_bytes()) for path in site.rglob("*") if path.is_file()}


def test_both_engines_build_the_same_site(tiny_base: Path, tmp_path: Path):
    sites = {engine: built_with(engine, tiny_base, tmp_path / engine) for engine in ENGINES}
    assert sites["properdocs"] == sites["mkdocs"]
    assert b"ProperDocs" in (tmp_path / "properdocs/index.html").read_bytes()
    assert b"ProperDocs" not in (tmp_path / "mkdocs/index.html").read_bytes()


def test_the_tests_run_on_the_chosen_engine():
    assert engine_in_use() == (os.environ.get("SOTAY_ENGINE") or "properdocs")


def test_an_unknown_engine_is_refused(tiny_base: Path, tmp_path: Path):
    done = subprocess.run([sys.executable, "-c", "from sotay.cli.main import cli; cli()", "build", "--root", str(tiny_base)],
                          capture_output=True, text=True, env=os.environ | {"SOTAY_ENGINE": "hugo"})
    assert done.returncode != 0 and "SOTAY_ENGINE=hugo" in done.stderr
    with pytest.raises(ValueError):
        from sotay.adapters.mkdocs.engine import choose_engine
        choose_engine("hugo")
