"""What the benchmarks share: the synthetic corpus and the same Markdown built as a plain mkdocs-material site.

scripts/bench_search.py and scripts/bench_build.py import it (they run as scripts, so scripts/ is on the path).

The peer is set up as a competent user of mkdocs-material would set up a knowledge base of this size: the
pages in folders (sections) of at most `SECTION_LIMIT`, by kind and then by year or theme, the theme's
`navigation.prune` (its advice for large sites: each page carries only the open section of the sidebar),
its search plugin on, and the Markdown extensions of our own mkdocs.yml. The flat layout (every document of
a kind in one folder, as our content/ keeps them) stays available as a labelled second line.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]
SECTION_LIMIT = 200

PLAIN_YML = """site_name: Sổ tay thử nghiệm
docs_dir: docs
use_directory_urls: true
theme:
  name: material
  language: vi
  font: false
  features: [navigation.prune, navigation.top]
plugins: {plugins}
"""
PAGEFIND_MAIN = """{% extends "base.html" %}
{% block content %}<div data-pagefind-body>{{ super() }}</div>{% endblock %}
"""


def plain_project(root: Path, folder: Path, search: bool, sectioned: bool = True, pagefind: bool = False) -> Path:
    """The corpus's content/ as the pages of a plain mkdocs-material project in `folder`; returns its mkdocs.yml.
    `sectioned`: in folders of at most SECTION_LIMIT pages (by kind, then year or theme); else as content/ keeps them.
    `pagefind`: the page content marked `data-pagefind-body` (a theme override), as Pagefind advises for a site
    whose pages carry navigation: only the content is indexed."""
    docs = folder / "docs"
    if sectioned:
        for source, target in sectioned_paths(root / "content").items():
            target = docs / target
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    else:
        shutil.copytree(root / "content", docs)
    (docs / "index.md").write_text("# Sổ tay thử nghiệm\n", encoding="utf-8")
    text = PLAIN_YML.format(plugins="[search]" if search else "[]") + _our_markdown_extensions()
    if pagefind:
        (folder / "overrides").mkdir()
        (folder / "overrides" / "main.html").write_text(PAGEFIND_MAIN, encoding="utf-8")
        text = text.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    config = folder / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def plain_url(source: str, sectioned: dict[str, str]) -> str:
    """The URL path of a content file's page in the sectioned plain project ("guides/2019/x.md" -> "guides/2019/x/")."""
    return sectioned[source].removesuffix(".md") + "/"


def sectioned_paths(content: Path) -> dict[Path, str]:
    """Each content file -> its path in the sectioned project: kind/group/…/name.md, no folder above SECTION_LIMIT."""
    groups: dict[tuple[str, ...], list[Path]] = defaultdict(list)
    for path in sorted(content.rglob("*.md")):
        kind = path.relative_to(content).parts[0]
        groups[(kind,)].append(path)
    placed: dict[Path, str] = {}
    for (kind,), paths in groups.items():
        keys = {path: _section_keys(kind, _front_matter(path)) for path in paths}
        for section, members in _split((kind,), paths, keys, 0).items():
            for path in members:
                placed[path] = "/".join((*section, path.name))
    return placed


def _split(section: tuple[str, ...], paths: list[Path], keys: dict[Path, list[str]], depth: int) -> dict[tuple[str, ...], list[Path]]:
    """`paths` under `section`, split by their next key while a folder would hold more than SECTION_LIMIT, then in parts."""
    if len(paths) <= SECTION_LIMIT:
        return {section: paths}
    if all(depth < len(keys[path]) for path in paths):
        by_key: dict[str, list[Path]] = defaultdict(list)
        for path in paths:
            by_key[keys[path][depth]].append(path)
        if len(by_key) > 1:
            found: dict[tuple[str, ...], list[Path]] = {}
            for key, members in sorted(by_key.items()):
                found |= _split((*section, key), members, keys, depth + 1)
            return found
    return {(*section, f"phan-{n // SECTION_LIMIT + 1}"): paths[n:n + SECTION_LIMIT] for n in range(0, len(paths), SECTION_LIMIT)}


def _section_keys(kind: str, meta: dict) -> list[str]:
    """How a person would file a document of this kind: guides by year of issue (undated ones by theme), meetings
    by year then cell type, checklists by phase then meeting type."""
    if kind == "guides":
        return [str(meta.get("issued", ""))[:4] or _slug((meta.get("tags") or ["khac"])[0])]
    if kind == "model-meetings":
        return [str(meta.get("date", ""))[:4] or "khac", meta.get("cell_type", "khac")]
    if kind == "checklists":
        return [meta.get("phase", "khac"), "-".join(meta.get("meeting_types") or ["khac"])]
    return []


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}


def _slug(text: str) -> str:
    import unicodedata
    bare = "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-") or "khac"


def _our_markdown_extensions() -> str:
    """The `markdown_extensions` section of our mkdocs.yml, as written there: the same Markdown either way."""
    text = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    section = re.search(r"^markdown_extensions:\n(?:[ \-].*\n|\n)*", text, re.M)
    return section[0] if section else ""


def size_of(path: Path) -> int:
    """Bytes of a file, or of every file under a folder (apparent size, not disk blocks)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size
