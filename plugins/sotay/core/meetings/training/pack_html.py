"""`sotay pack` output: the pack's Markdown rendered into one standalone HTML file.

Rendered with the `markdown` package and the subset of the site's extensions that write-ups use; the CSS
is inlined and links to other site pages become plain text, so the file makes no request and has no
dead link when opened from a USB stick or attached to an e-mail.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ...offline.csp import standalone_policy
from .facts import MeetingFacts
from .markup import text
from .pack import PackSpec, pack_markdown

EXTENSIONS = ("admonition", "attr_list", "md_in_html", "tables", "def_list",
              "pymdownx.details", "pymdownx.superfences", "pymdownx.tasklist")
"""A subset of mkdocs.yml's markdown_extensions (a test keeps it so)."""
ASSETS = Path(__file__).parents[2] / "assets"
CSS_FILES = (Path(__file__).with_name("standalone.css"), ASSETS / "sotay.css", ASSETS / "pack.css")
_KEPT_LINKS = ("#", "http://", "https://", "mailto:")


class _Standalone(Treeprocessor):
    """Links to other site pages become plain text; images become their description."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            if element.tag == "a" and not element.get("href", "").startswith(_KEPT_LINKS):
                element.tag = "span"
                element.attrib.pop("href", None)
            elif element.tag == "img":
                element.tag = "em"
                element.text = element.get("alt", "")
                element.attrib.clear()


class _StandaloneExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API name)
        md.treeprocessors.register(_Standalone(md), "sotay-standalone", 1)


def standalone_pack(facts: list[MeetingFacts], spec: PackSpec) -> str:
    body = markdown.markdown(pack_markdown(facts, spec, "pack.html"), extensions=[*EXTENSIONS, _StandaloneExtension()])
    style = "\n" + "\n".join(path.read_text(encoding="utf-8") for path in CSS_FILES)
    return ("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{standalone_policy(style)}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link rel=\"icon\" href=\"data:,\">\n"  # or the browser asks the server for /favicon.ico
            f"<title>{text(spec.title)}</title>\n<style>{style}</style>\n</head>\n"
            f"<body>\n<main class=\"sotay-pack\">\n{body}\n</main>\n</body>\n</html>\n")
