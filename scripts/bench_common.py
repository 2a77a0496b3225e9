"""What the benchmarks share: the synthetic corpus and the same Markdown built as a plain mkdocs-material site.

scripts/bench_search.py and scripts/bench_build.py import it (they run as scripts, so scripts/ is on the path).
"""

from __future__ import annotations

import shutil
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

# The peer: mkdocs-material as a knowledge base would configure it, with our Markdown extensions and no plugin of ours.
PLAIN_YML = """site_name: Sổ tay thử nghiệm
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  language: vi
  font: false
  features: [navigation.prune]
plugins: {plugins}
markdown_extensions: [admonition, attr_list, md_in_html, tables, pymdownx.tasklist]
"""


def plain_project(root: Path, folder: Path, search: bool) -> Path:
    """The corpus's content/ as the pages of a plain mkdocs-material project in `folder`; returns its mkdocs.yml."""
    shutil.copytree(root / "content", folder / "docs")
    (folder / "docs" / "index.md").write_text("# Sổ tay thử nghiệm\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(PLAIN_YML.format(plugins="[search]" if search else "[]"), encoding="utf-8")
    return config


def size_of(path: Path) -> int:
    """Bytes of a file, or of every file under a folder (apparent size, not disk blocks)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size
