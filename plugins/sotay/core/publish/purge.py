"""The theme's stylesheet without the rules that no page of a built site can use (`sotay publish`).

Material's main stylesheet holds the rules of every feature the theme has, most of which a site never shows. A
rule is removed only when none of its selectors could ever match: a selector names classes, ids and attributes, and it can
match only where every one of them occurs in the site's markup or in its scripts (which add classes and states as
a reader uses a page: the search box, the drawer, tooltips). Everything else stays, in its order:

- selectors of elements alone (`body`, `hr`), and what is inside `:not()`, `:is()`, `:where()`, `:has()` (taken as
  possible: the purge never has to reason about negation or alternatives);
- attribute selectors whose attribute may occur and, for `[name=value]`, whose value occurs as an attribute's value
  (or a word of one) in the markup or as a word of the scripts; other operators (`^=`, `*=`, …) by the name alone;
- a rule whose selector list has one possible selector (kept whole: a browser drops a list with one selector it
  does not know, and pruning the list could make such a rule apply);
- at-rules other than grouping ones (`@font-face`, `@keyframes`, `@property`, `@page`, `@import`), and grouping
  ones (`@media`, `@supports`, `@container`, `@layer`) with whatever of their rules stay.

Words of the scripts count as classes, ids, attribute names and values; a word the script ends with `-`, `--` or
`__` right before it adds a variable part (`md-tag--${…}`, `"md-source__fact--" + …`) counts as a prefix of any name.

Then custom properties (`--md-admonition-icon--bug: url(…)`) that nothing reads are removed from the rules that
stay: a custom property does nothing unless a `var()` in a stylesheet, the markup or a script names it; the
stylesheets that are not purged (ours) count as readers.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import tinycss2
from tinycss2 import ast

THEME_STYLES = "assets/stylesheets"  # the theme's own stylesheets; ours (assets/sotay/) are each a page's or small
GROUPING = frozenset({"media", "supports", "container", "layer", "document", "-moz-document"})
_TAG = re.compile(r"<[a-zA-Z][^\s/>]*([^>]*)>")  # a start tag; its attributes
_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_PREFIX = re.compile(r"([A-Za-z_][\w-]*(?:-|_))(?:\$\{|[\"'`]\s*\+)")
_CUSTOM = re.compile(r"--[A-Za-z_][\w-]*")
_SCRIPT = re.compile(r"""<script\b[^>]*\ssrc=["']?([^"'\s>]+)""")
_HASHED = re.compile(r"\.[0-9a-f]{8}(?=\.min\.css$)")


@dataclass
class Used:
    """The names a site's markup and scripts can give its elements."""

    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)  # attribute values, whole and word by word
    prefixes: set[str] = field(default_factory=set)  # a name starting with one of these may occur
    properties: set[str] = field(default_factory=set)  # custom property names read outside the purged stylesheets

    def add_html(self, html: str) -> None:
        self.add_reader(html)
        for attributes in _TAG.findall(html):
            for name, *values in _ATTRIBUTE.findall(attributes):
                name = name.lower()
                self.attributes.add(name)
                value = next((v for v in values if v), "")
                self.values.add(value)
                self.values.update(value.split())
                if name == "class":
                    self.classes.update(value.split())
                elif name == "id":
                    self.ids.add(value)

    def add_script(self, script: str) -> None:
        words = set(_WORD.findall(script))
        self.classes |= words
        self.ids |= words
        self.attributes |= {word.lower() for word in words}
        self.values |= words
        self.prefixes.update(_PREFIX.findall(script))
        self.properties.update(_CUSTOM.findall(script))

    def add_reader(self, text: str) -> None:
        """A stylesheet kept whole, or markup: the custom properties it names are read."""
        self.properties.update(_CUSTOM.findall(text))

    def has(self, kind: set[str], name: str) -> bool:
        return name in kind or any(name.startswith(prefix) for prefix in self.prefixes)


@dataclass(frozen=True)
class PurgedFile:
    before: str  # path under the site
    after: str
    bytes_before: int
    bytes_after: int


def purge_site(site: Path) -> list[PurgedFile]:
    """Purge the theme's stylesheets of the built site in `site` in place. A stylesheet whose name carries a content
    hash (served to be kept a year) gets a new hash for its new content, and the pages and the service worker that
    name it are changed to the new name: a browser that kept the old file never mixes it with new pages."""
    sheets = sorted((site / THEME_STYLES).glob("*.css"))
    used = site_usage(site, sheets)
    done = []
    for sheet in sheets:
        css = sheet.read_text(encoding="utf-8")
        purged = purge(css, used)
        digest = hashlib.sha256(purged.encode("utf-8")).hexdigest()[:8]
        target = sheet.with_name(_HASHED.sub("." + digest, sheet.name))
        for stale in (sheet, sheet.with_name(sheet.name + ".map")):  # the source map maps the unpurged file
            stale.unlink(missing_ok=True)
        target.write_text(purged, encoding="utf-8")
        done.append(PurgedFile(sheet.relative_to(site).as_posix(), target.relative_to(site).as_posix(),
                               len(css.encode("utf-8")), len(purged.encode("utf-8"))))
    renamed = {Path(file.before).name: Path(file.after).name for file in done if file.before != file.after}
    if renamed:
        for text_file in [*site.rglob("*.html"), *site.glob("*.js")]:  # the pages; the service worker's list
            text = text_file.read_text(encoding="utf-8")
            changed = text
            for old, new in renamed.items():
                changed = changed.replace(old, new)
            if changed != text:
                text_file.write_text(changed, encoding="utf-8")
    return done


def site_usage(site: Path, purged: list[Path]) -> Used:
    """What the pages of `site` use: their markup, the scripts they load and the scripts beside those (a script may
    add the files beside it, as the search box does), and the stylesheets not in `purged` as readers."""
    used = Used()
    folders: set[Path] = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        used.add_html(html)
        folders.update((page.parent / urlsplit(src).path).resolve().parent for src in _SCRIPT.findall(html)
                       if not (urlsplit(src).scheme or urlsplit(src).netloc))
    for folder in sorted(folders):
        for script in sorted(folder.glob("*.js")):
            used.add_script(script.read_text(encoding="utf-8"))
    for sheet in site.rglob("*.css"):
        if sheet not in purged:
            used.add_reader(sheet.read_text(encoding="utf-8"))
    return used


def purge(css: str, used: Used) -> str:
    """`css` without the style rules whose every selector names something `used` lacks, and without the custom
    properties nothing reads (comments dropped)."""
    text = "".join(rule.serialize() for rule in _kept(_parsed(css), used))
    while True:  # a property read only by a removed one goes in the next round
        read = used.properties | set(_CUSTOM.findall(_without_custom_declarations(text)))
        fewer = _read_properties_only(_parsed(text), read)
        if fewer == text:
            return text
        text = fewer


def _parsed(css: str) -> list[ast.Node]:
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def _kept(rules: Iterable[ast.Node], used: Used) -> list[ast.Node]:
    kept: list[ast.Node] = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            if any(_possible(selector, used) for selector in _selectors(rule.prelude)):
                kept.append(rule)
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword in GROUPING and rule.content is not None:
            inner = _kept(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used)
            if inner:
                kept.append(ast.AtRule(rule.source_line, rule.source_column, rule.at_keyword, rule.lower_at_keyword,
                                       rule.prelude, inner))
        elif not isinstance(rule, ast.ParseError):  # what a browser cannot parse, it ignores
            kept.append(rule)
    return kept


def _selectors(prelude: list[ast.Node]) -> Iterable[list[ast.Node]]:
    """The selectors of a selector list, each as its tokens."""
    selector: list[ast.Node] = []
    for token in prelude:
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            yield selector
            selector = []
        else:
            selector.append(token)
    yield selector


def _possible(selector: list[ast.Node], used: Used) -> bool:
    """Whether every class, id and attribute `selector` names (outside functional pseudo-classes) may occur."""
    for before, token in zip([None, *selector], selector):
        if isinstance(token, ast.IdentToken) and isinstance(before, ast.LiteralToken) and before.value == ".":
            if not used.has(used.classes, token.value):
                return False
        elif isinstance(token, ast.HashToken) and token.is_identifier:
            if not used.has(used.ids, token.value):
                return False
        elif isinstance(token, ast.SquareBracketsBlock) and not _possible_attribute(token.content, used):
            return False
    return True


def _possible_attribute(content: list[ast.Node], used: Used) -> bool:
    parts = [token for token in content if not isinstance(token, ast.WhitespaceToken)]
    if not parts or not isinstance(parts[0], ast.IdentToken):
        return True  # a namespace or something unexpected: possible
    if not used.has(used.attributes, parts[0].value.lower()):
        return False
    if len(parts) >= 3 and isinstance(parts[1], ast.LiteralToken) and parts[1].value == "=":
        value = parts[2]
        return not isinstance(value, (ast.IdentToken, ast.StringToken)) or value.value in used.values
    return True


def _without_custom_declarations(css: str) -> str:
    """`css` with every custom property's name at its declaration blanked: what is left names only what is read."""
    return re.sub(r"(--[A-Za-z_][\w-]*)\s*:", ":", css)


def _read_properties_only(rules: list[ast.Node], read: set[str]) -> str:
    """The rules serialized with the declarations of custom properties not in `read` left out (and a rule left
    with no declaration left out)."""
    out = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            declarations = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            kept = [d for d in declarations if not (isinstance(d, ast.Declaration) and d.name.startswith("--")
                                                     and d.name not in read)]
            if kept:
                out.append(tinycss2.serialize(rule.prelude) + "{" + ";".join(d.serialize() for d in kept) + "}")
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword in GROUPING and rule.content is not None:
            inner = _read_properties_only(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), read)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        else:
            out.append(rule.serialize())
    return "".join(out)


__all__ = ["THEME_STYLES", "PurgedFile", "Used", "purge", "purge_site", "site_usage"]
