"""Find every place a built site would load something from another host.

Navigation is not loading: `<a href>`, `<form action>` and `rel="canonical"` links may point anywhere.
Loads are: `src`/`srcset`/`poster`/`data` attributes, `<link>` whose rel fetches (stylesheet, icon,
preload, manifest…), `<base href>`, SVG `<image>`/`<use>` references, CSS `url()` and `@import`
(in files, <style> and style attributes), and, in JavaScript, absolute URLs in string literals — a
static reading cannot tell which of those run, so each one is reported for a person to judge.
"""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass

__all__ = ["ExternalLoad", "body_loads", "external_loads", "is_external"]

LOADING_RELS = frozenset({
    "stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon", "manifest",
    "preload", "prefetch", "modulepreload", "preconnect", "dns-prefetch", "prerender",
})
_SRC_ATTRIBUTES = ("src", "poster", "data", "background")
_SVG_REFERENCES = {"image", "use", "feimage", "script"}
_ABSOLUTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.\-]*:)?//", re.I)
_NOT_A_HOST = re.compile(r"^\s*(?:data|blob|about|javascript|mailto|tel|file):", re.I)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.I)
_CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# In a string literal: http(s)://HOST (HOST may be a ${template}) or //HOST.TLD (protocol-relative).
_JS_URL = re.compile(r"""(["'`])((?:https?://(?:\$\{[^}]*\}|[\w.\-])+|//[\w\-]+\.[\w.\-]+)(?:[/:?#][^"'`\s]*)?)""", re.I)
# XML namespace names are identifiers, never fetched.
_NAMESPACES = ("http://www.w3.org/",)
# In Markdown: an image, inline (![alt](url "title")) or by reference ([id]: url, when an image uses it).
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_MD_REFERENCE = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_MD_IMAGE_REFERENCE = re.compile(r"!\[([^\]]*)\]\[([^\]]*)\]")
# A diagram the theme draws with a script it fetches from a CDN.
_MERMAID = re.compile(r"^\s*(`{3,}|~{3,})\s*mermaid\b|class=\"[^\"]*\bmermaid\b", re.M | re.I)


@dataclass(frozen=True)
class ExternalLoad:
    path: str
    line: int
    how: str
    url: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.how}: {self.url}"


def is_external(url: str) -> bool:
    """True for an absolute or protocol-relative URL (http://x, https://x, //x); data: and relative URLs are local."""
    return bool(_ABSOLUTE.match(url)) and not _NOT_A_HOST.match(url)


def external_loads(path: str, text: str) -> list[ExternalLoad]:
    """Every external load in one built file, chosen by its extension (.html, .css, .js; others have none)."""
    if path.endswith(".html"):
        return _html_loads(path, text)
    if path.endswith(".css"):
        return _css_loads(path, text, 1)
    if path.endswith((".js", ".mjs")):
        return _js_loads(path, text, 1)
    return []


def body_loads(path: str, markdown: str, first_line: int) -> list[ExternalLoad]:
    """Every external load a Markdown source would make once rendered (its raw HTML, its images, a mermaid
    diagram); lines count from `first_line`, the line of the file where the Markdown begins."""
    def at(offset: int) -> int:
        return first_line + markdown.count("\n", 0, offset)

    found = [ExternalLoad(path, load.line + first_line - 1, load.how, load.url) for load in _html_loads(path, markdown)]
    found += [ExternalLoad(path, at(m.start()), "ảnh", m[1]) for m in _MD_IMAGE.finditer(markdown) if is_external(m[1])]
    references = {m[1].lower(): m for m in _MD_REFERENCE.finditer(markdown)}
    for image in _MD_IMAGE_REFERENCE.finditer(markdown):
        reference = references.get((image[2] or image[1]).lower())
        if reference and is_external(reference[2]):
            found.append(ExternalLoad(path, at(reference.start()), "ảnh", reference[2]))
    found += [ExternalLoad(path, at(m.start()), "sơ đồ mermaid (giao diện tải thư viện vẽ)", "https://unpkg.com/mermaid")
              for m in _MERMAID.finditer(markdown)]
    return sorted(found, key=lambda load: load.line)


def _css_loads(path: str, css: str, first_line: int) -> list[ExternalLoad]:
    css = _CSS_COMMENT.sub(lambda m: "\n" * m[0].count("\n"), css)
    found = []
    for how, pattern in (("css url()", _CSS_URL), ("css @import", _CSS_IMPORT)):
        for match in pattern.finditer(css):
            url = next(group for group in match.groups() if group is not None)
            if is_external(url):
                found.append(ExternalLoad(path, first_line + css.count("\n", 0, match.start()), how, url))
    return found


def _js_loads(path: str, js: str, first_line: int) -> list[ExternalLoad]:
    return [ExternalLoad(path, first_line + js.count("\n", 0, m.start()), "js url", m[2])
            for m in _JS_URL.finditer(js) if not m[2].startswith(_NAMESPACES)]


class _Scanner(html.parser.HTMLParser):
    def __init__(self, path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.found: list[ExternalLoad] = []
        self._inside: tuple[str, int] | None = None  # ("script" | "style", line) while reading its text

    def _add(self, how: str, url: str | None) -> None:
        if url and is_external(url):
            self.found.append(ExternalLoad(self.path, self.getpos()[0], how, url.strip()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        for name in _SRC_ATTRIBUTES:
            self._add(f"<{tag} {name}>", attributes.get(name))
        for candidate in attributes.get("srcset", "").split(","):
            self._add(f"<{tag} srcset>", candidate.strip().split(" ")[0])
        if tag == "link" and LOADING_RELS & set(attributes.get("rel", "").lower().split()):
            self._add(f"<link rel={attributes['rel']}>", attributes.get("href"))
        if tag == "base" or tag in _SVG_REFERENCES:
            self._add(f"<{tag} href>", attributes.get("href") or attributes.get("xlink:href"))
        if "style" in attributes:
            self.found += _css_loads(self.path, attributes["style"], self.getpos()[0])
        if tag == "style" or (tag == "script" and "src" not in attributes and _is_js(attributes.get("type", ""))):
            self._inside = (tag, self.getpos()[0])

    def handle_endtag(self, tag: str) -> None:
        if self._inside and tag == self._inside[0]:
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside:
            tag, line = self._inside
            self.found += (_css_loads if tag == "style" else _js_loads)(self.path, data, line)


def _is_js(script_type: str) -> bool:
    return script_type.lower() in ("", "module", "text/javascript", "application/javascript")


def _html_loads(path: str, text: str) -> list[ExternalLoad]:
    scanner = _Scanner(path)
    scanner.feed(text)
    scanner.close()
    return scanner.found
