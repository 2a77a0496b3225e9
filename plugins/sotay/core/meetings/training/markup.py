"""Escaping and link helpers for the HTML that generated trainer pages carry inside their Markdown."""

from __future__ import annotations

import html
import posixpath
import re

_MD_SPECIALS = re.compile(r"([\\`*_\[\]])")
_INLINE_LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def text(value: object) -> str:
    """Escaped HTML text."""
    return html.escape(str(value), quote=False)


def attr(value: object) -> str:
    """Escaped HTML attribute value (quotes included)."""
    return html.escape(str(value), quote=True)


def md_span(value: str) -> str:
    """Plain text inside a `markdown="span"` element: HTML-escaped, and Markdown shows it as written."""
    return _MD_SPECIALS.sub(r"\\\1", text(value))


def plain_text(markdown: str) -> str:
    """Inline Markdown as the reader sees it: links as their text, no emphasis or code marks."""
    without_links = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"(\*\*|__|\*|`)", "", without_links).replace("\\", "")


def rebase_links(markdown: str, from_src: str, to_src: str) -> str:
    """Relative inline links written for the page `from_src`, rewritten to work from `to_src`."""
    def rebase(match: re.Match[str]) -> str:
        target = match[2]
        if _SCHEME.match(target) or target.startswith(("#", "/")):
            return match[0]
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(from_src), target))
        return match[1] + posixpath.relpath(resolved, posixpath.dirname(to_src) or ".") + match[3]
    return _INLINE_LINK.sub(rebase, markdown)
