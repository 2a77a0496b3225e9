"""Links to anchors checked as MkDocs checks them, though some pages are rendered elsewhere or not at all.

MkDocs checks every link to an anchor once all pages are rendered (`Page.validate_anchor_links`), against the
anchors of the page it points to (`Page.present_anchor_ids`), and skips a link whose target it did not render.
sotay-accel renders some pages in forked processes and reuses others from the page store; so that no link goes
unchecked:
- a page that links to an anchor of another page is never reused (it is rendered, so MkDocs checks its links),
  nor one with a link to a missing anchor of its own; a reused page gets back the anchors stored with its output;
- a forked process hands the anchors and the links of the pages it rendered to the build's own process (and
  leaves them unchecked itself), which puts them on its own pages before MkDocs checks them.
"""

from __future__ import annotations

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

Anchors = tuple[str, frozenset[str], dict[str, dict[str, str]]]
"""(page source path, its anchors, its links to anchors: {target source path: {anchor: link as written}})."""


def taken(page: Page) -> Anchors:
    """The page's anchors and links to anchors, which it no longer holds (so that this process does not check them)."""
    links = {target.src_uri: dict(found) for target, found in (page.links_to_anchors or {}).items()}
    page.links_to_anchors = None
    return page.file.src_uri, frozenset(page.present_anchor_ids or ()), links


def given_back(found: list[Anchors], files: Files) -> None:
    """Put anchors and links taken in another process on this process's pages, for MkDocs to check."""
    for source, anchors, links in found:
        page = files.get_file_from_path(source).page
        page.present_anchor_ids = set(anchors)
        page.links_to_anchors = {files.get_file_from_path(target): found for target, found in links.items()} or None


def reusable(page: Page) -> bool:
    """Whether a rendered page's output may be reused: its links to anchors are to anchors of its own (headings'
    permalinks), each present; a page's own anchors change only with its source, which its fingerprint covers."""
    own = page.present_anchor_ids or set()
    return all(target.src_uri == page.file.src_uri and set(links) <= own
               for target, links in (page.links_to_anchors or {}).items())


def restore(page: Page, anchors: frozenset[str]) -> None:
    """A reused page's anchors, which links from rendered pages are checked against."""
    page.present_anchor_ids = set(anchors)
