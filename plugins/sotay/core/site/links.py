"""Links to documents, and loads from other hosts, in the pages a base makes: checked with the content.

A document body or a hand-written page (docs/) may link to a document ("../guides/ct-50-tw.md") that a later
edit renames or deletes. The generator would find the dead link only while building, in its own words; here it
is an error of `sotay check` and of the build alike, naming the page, the line, the link and the closest
documents the base does have. Only links into the folders of content kinds are checked: those are the pages the
content makes. A hand-written page's load from another host (an image, a frame) is an error as in a content file
(validate/document.py).
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..diagnostics import Diagnostic, error
from ..model import KINDS, Document
from ..validate.document import external_load_errors

DOCS_DIR = "docs"
# An inline Markdown link to a .md file: [text](target.md), [text](target.md#anchor "title"), [text](<target.md>).
_LINK = re.compile(r"\]\(\s*<?([^)\s<>#?]+\.md)(?:#[^)\s>]*)?>?(?:\s+\"[^\"]*\")?\s*\)")


def link_problems(root: Path, documents: Iterable[Document]) -> list[Diagnostic]:
    """Every link to a page of a content kind that the base does not make (in document bodies and hand-written
    pages), and every load from another host on a hand-written page."""
    documents = list(documents)
    pages = {doc.url_path for doc in documents}
    found = []
    for doc in documents:
        if not getattr(doc, "source_guide", None):  # a checklist drawn from a guide repeats the guide's own lines
            found += _broken(doc.path, doc.url_path, doc.body, doc.body_line, pages)
    docs = root / DOCS_DIR
    for path in sorted(docs.rglob("*.md")) if docs.is_dir() else ():
        if path.is_file():
            shown, text = _hand_written(docs, path)
            found += _broken(shown, path.relative_to(docs).as_posix(), text, 1, pages)
            found += external_load_errors(shown, text, 1)
    return found


def dead_links_of_page(root: Path, documents: Iterable[Document], page: str) -> list[Diagnostic]:
    """The links of one hand-written page (`page`, a path under docs/) to content pages the base does not make."""
    path = root / DOCS_DIR / page
    if not path.is_file():
        return []
    shown, text = _hand_written(root / DOCS_DIR, path)
    return list(_broken(shown, page, text, 1, {doc.url_path for doc in documents}))


def _hand_written(docs: Path, path: Path) -> tuple[str, str]:
    """A hand-written page's path as reports show it, and its text."""
    return f"{DOCS_DIR}/{path.relative_to(docs).as_posix()}", path.read_text(encoding="utf-8", errors="replace")


def _broken(shown: str, page: str, markdown: str, first_line: int, pages: set[str]) -> Iterator[Diagnostic]:
    """The links of `markdown` (the source of the site page `page`) to content pages the base does not make."""
    for match in _LINK.finditer(markdown):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), match[1]))
        kind = target.split("/")[0]
        if kind in KINDS and target not in pages and target != f"{kind}/index.md":
            close = difflib.get_close_matches(target, sorted(p for p in pages if p.startswith(kind + "/")), n=3, cutoff=0.5)
            hint = ("có thể là: " + ", ".join(close)) if close else f"xem danh sách các tài liệu trong {kind}/index.md"
            yield error(shown, first_line + markdown.count("\n", 0, match.start()), None,
                        f"liên kết tới `{match[1]}` nhưng sổ tay không có tài liệu {target}", hint)


__all__ = ["DOCS_DIR", "dead_links_of_page", "link_problems"]
